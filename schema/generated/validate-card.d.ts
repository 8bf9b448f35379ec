// Types for the generated validator (see schema/build/generate-validator.ts).
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface CardValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
export declare const validate: CardValidator;
export default validate;
