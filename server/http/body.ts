// Reading request bodies: JSON only, size-limited, depth-limited, never
// trusted. The whole API sits behind Hono's bodyLimit at BODY_LIMIT_CARD;
// routes that take no card ask for the smaller BODY_LIMIT_SMALL.
import type { Context } from 'hono';
import { MAX_BYTES, MAX_DEPTH, jsonTextDepth } from '../../schema/load/parse';
import { ApiError } from './errors';

/** A card may be MAX_BYTES (5 MB) as a file; its request wraps it in a little JSON. */
export const BODY_LIMIT_CARD = MAX_BYTES + 64 * 1024;
export const BODY_LIMIT_SMALL = 64 * 1024;

export type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as a JSON object; 415, 413 or 400 otherwise. */
export async function readJson(c: Context, limit = BODY_LIMIT_SMALL): Promise<JsonObject> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiError(415, 'unsupported-media-type');
  const bytes = await c.req.arrayBuffer();
  if (bytes.byteLength > limit) throw new ApiError(413, 'too-large', { limit });
  const text = new TextDecoder().decode(bytes);
  // The card inside is checked again by the load path; this guards JSON.parse itself.
  if (jsonTextDepth(text, MAX_DEPTH + 2) > MAX_DEPTH + 2) throw new ApiError(400, 'bad-json');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'bad-json');
  }
  if (!isObject(value)) throw new ApiError(400, 'bad-request', { detail: 'object expected' });
  return value;
}

/** A string field of at most `max` characters; 400 when it is missing or not a string. */
export function stringField(body: JsonObject, key: string, max = 500): string {
  const value = body[key];
  if (typeof value !== 'string' || value.length > max)
    throw new ApiError(400, 'bad-request', { field: key });
  return value;
}

export function optionalStringField(body: JsonObject, key: string, max = 500): string | undefined {
  return body[key] === undefined ? undefined : stringField(body, key, max);
}

export function integerField(body: JsonObject, key: string): number {
  const value = body[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new ApiError(400, 'bad-request', { field: key });
  return value;
}
