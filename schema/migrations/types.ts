export type JsonObject = { [key: string]: unknown };

export interface Migration {
  from: number;
  to: number;
  /** What changed, in a sentence, for the changelog and the migration test. */
  description: string;
  /** Must not mutate its input; must keep fields it does not know. */
  migrate: (doc: JsonObject) => JsonObject;
}
