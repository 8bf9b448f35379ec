// Cards this process already took through the load path, by row, revision and
// content hash. A revision's content never changes (every save makes a new
// one), so a 409 answer or a read of a card just saved can use the card as it
// was accepted instead of fetching 18 kB again and validating it once more:
// with five editors on one card, most saves are answered with a conflict.
import type { Card } from '../../schema/types';

const MAX_CARDS = 200;
const loaded = new Map<string, Card>();

const key = (rowId: string, revision: number, hash: string) => `${rowId}@${revision}@${hash}`;

export function rememberLoaded(rowId: string, revision: number, hash: string, card: Card): void {
  const k = key(rowId, revision, hash);
  loaded.delete(k);
  loaded.set(k, card);
  if (loaded.size > MAX_CARDS) loaded.delete(loaded.keys().next().value!);
}

export function loadedCard(rowId: string, revision: number, hash: string): Card | undefined {
  return loaded.get(key(rowId, revision, hash));
}
