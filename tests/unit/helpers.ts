import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCard } from '../../schema/load/load-card';
import type { Card } from '../../schema/types';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const readRepoFile = (path: string): string => readFileSync(repoRoot + path, 'utf8');
export const SAMPLE_PATH = 'samples/kindreflex-zuid-oost-vlaanderen.json';
export const TEMPLATE_PATH = 'samples/kindreflex-regio-sjabloon.json';
export const sampleText = (): string => readRepoFile(SAMPLE_PATH);
export const minimalCard = (): Card =>
  JSON.parse(readRepoFile('tests/fixtures/minimal-card.json')) as Card;
/** A fixed "today" so stale-contact warnings do not change with the calendar. */
export const NOW = new Date('2026-11-28T12:00:00Z');

/** The sample card through the load path, as the studio opens it. */
export function sampleCard(): Card {
  const result = loadCard(sampleText());
  if (!result.ok) throw new Error('the sample card does not load');
  return result.card;
}
