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
/** A whole card. */
export declare const validate: CardValidator;
/** A card without the items of its entity lists, `origin` and `release` (schema/build/part-schemas.ts). */
export declare const validateShell: CardValidator;
export declare const validateNode: CardValidator;
export declare const validateEdge: CardValidator;
export declare const validatePartner: CardValidator;
export declare const validateSection: CardValidator;
export declare const validateRole: CardValidator;
export declare const validateRegion: CardValidator;
export declare const validateResource: CardValidator;
export declare const validateOrigin: CardValidator;
export declare const validateRelease: CardValidator;
