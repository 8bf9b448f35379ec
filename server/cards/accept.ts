// Every card the server receives, and every card it reads back from its own
// database or a backup, goes through the one load path (schema/load): size,
// depth, version, migrations, schema, integrity. What the load path refuses is
// refused here with the same problems `npm run validate` prints, and nothing
// of it is stored. Flow and directory problems (a dead end while someone is
// still drawing) do not block a save, as in the studio; they come back in the
// answer, and publishing (issue 13) refuses their errors.
import { contentHash } from '../../schema/hash';
import { loadCardValue } from '../../schema/load/load-card';
import type { Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';
import { ApiError } from '../http/errors';

export interface AcceptedCard {
  card: Card;
  hash: string;
  /** Problems the load path reports on a card it accepts (flow, directory). */
  problems: Problem[];
}

/** PostgreSQL's text and jsonb cannot hold U+0000, in a value or a key. */
function hasNullCharacter(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string' && v.includes('\0')) return true;
    if (typeof v === 'object' && v !== null)
      for (const [key, child] of Object.entries(v)) {
        if (key.includes('\0')) return true;
        stack.push(child);
      }
  }
  return false;
}

export async function acceptCard(value: unknown): Promise<AcceptedCard> {
  const result = loadCardValue(value);
  if (!result.ok) throw new ApiError(422, 'invalid-card', { problems: result.problems });
  if (hasNullCharacter(result.card)) throw new ApiError(422, 'unsupported-character');
  return { card: result.card, hash: await contentHash(result.card), problems: result.problems };
}

/** A card from the database: the same load path; a refusal here is damage, not the client's fault. */
export function loadStoredCard(value: unknown, where: string): Card {
  const result = loadCardValue(value);
  if (!result.ok) {
    const first = result.problems[0];
    throw new Error(`Kaart in de database is onleesbaar (${where}): ${first?.message.nl ?? ''}`);
  }
  return result.card;
}
