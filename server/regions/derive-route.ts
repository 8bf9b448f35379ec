// "Aanpassen voor mijn regio": a regional version of any published card, made
// in the caller's own workspace. The base is a release (public, like the
// catalogue); the new card keeps its flow and roles, gets the region and an
// empty directory, and records in origin the base's stable address, version
// and hash. It goes through the load path like every card the server stores.
import type { Context } from 'hono';
import { uniqueIdFromName } from '../../schema/ids';
import { deriveRegionalCard } from '../../schema/merge/derive';
import type { AppEnv } from '../app-env';
import { acceptCard, loadStoredCard } from '../cards/accept';
import { storeNewCard } from '../cards/create';
import { optionalStringField, readJson, stringField, type JsonObject } from '../http/body';
import { ApiError } from '../http/errors';
import { ownOrigin } from '../http/origin';
import { releaseLink } from '../releases/links';
import { publishedRelease } from '../releases/store';
import { verifiedRelease } from '../releases/verify';

function objectField(body: JsonObject, key: string): JsonObject {
  const value = body[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ApiError(400, 'bad-request', { field: key });
  return value as JsonObject;
}

function municipalities(region: JsonObject): string[] {
  const value = region.municipalities ?? [];
  if (!Array.isArray(value) || value.length > 600 || value.some((m) => typeof m !== 'string'))
    throw new ApiError(400, 'bad-request', { field: 'region.municipalities' });
  return (value as string[]).map((m) => m.trim()).filter(Boolean);
}

async function takenIds(c: Context<AppEnv>): Promise<Set<string>> {
  const rows = await c.var.deps.db.query<{ card_id: string }>(
    'SELECT card_id FROM cards WHERE workspace_id = $1 AND deleted_at IS NULL',
    [c.var.workspace.id],
  );
  return new Set(rows.map((r) => r.card_id));
}

export async function deriveRoute(c: Context<AppEnv>) {
  const body = await readJson(c);
  const from = objectField(body, 'base');
  const region = objectField(body, 'region');
  const name = stringField(region, 'name', 300).trim();
  if (!name) throw new ApiError(400, 'bad-request', { field: 'region.name' });
  const description = optionalStringField(region, 'description', 5000);
  const title = optionalStringField(body, 'title', 300)?.trim();
  const { db } = c.var.deps;
  const release = await publishedRelease(
    db,
    stringField(from, 'workspace', 60),
    stringField(from, 'card', 80),
    optionalStringField(from, 'version', 50) ?? null,
  );
  if (!release) throw new ApiError(404, 'not-found', { field: 'base' });
  const base = loadStoredCard((await verifiedRelease(db, release)).value, release.id);
  const id =
    optionalStringField(body, 'id', 80) ??
    uniqueIdFromName(`kindreflex ${name}`, await takenIds(c), 'kindreflex');
  const link = releaseLink(release, ownOrigin(c));
  const derived = await deriveRegionalCard(base, {
    id,
    region: {
      name,
      municipalities: municipalities(region),
      ...(description?.trim() ? { description: description.trim() } : {}),
    },
    ...(title ? { title } : {}),
    baseUrl: link.url,
  });
  const accepted = await acceptCard(derived);
  const card = await storeNewCard(c, accepted, { base: link.url, baseVersion: release.version });
  return c.json({ ...card, problems: accepted.problems, base: link }, 201);
}
