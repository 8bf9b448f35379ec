import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  generateSchemaData,
  generateValidatorSource,
  GENERATED_PATH,
  SCHEMA_DATA_PATH,
} from '../../schema/build/generate-validator';
import { readRepoFile } from './helpers';

interface SchemaNode {
  title?: string;
  description?: string;
  $defs?: Record<string, SchemaNode>;
}
const schema = JSON.parse(readRepoFile('schema/kindreflex.schema.json')) as SchemaNode &
  Record<string, unknown>;

describe('kindreflex.schema.json', () => {
  it('is draft 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.$id).toBe('string');
  });

  it('gives every definition a title and a description, for people editing a card by hand', () => {
    const missing = Object.entries(schema.$defs ?? {})
      .filter(([, def]) => !def.title || !def.description)
      .map(([name]) => name);
    expect(missing).toEqual([]);
    expect(schema.title && schema.description).toBeTruthy();
  });

  it('the committed precompiled validator matches the schema (else run npm run gen:validator)', async () => {
    const fresh = await generateValidatorSource();
    expect(readFileSync(GENERATED_PATH, 'utf8') === fresh).toBe(true);
    expect(readFileSync(SCHEMA_DATA_PATH, 'utf8')).toBe(generateSchemaData());
  });
});
