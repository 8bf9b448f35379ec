// Cards in and out as .json files. An import goes through the one load path
// and touches the database only when the file is a card that can be opened.
import { loadCard } from '../../schema/load/load-card';
import { sizeProblem } from '../../schema/load/parse';
import type { Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';
import { downloadText, fileSlug, today } from './download';

export type ImportOutcome =
  { ok: true; card: Card; problems: Problem[] } | { ok: false; problems: Problem[] };

function cardFileName(card: Card): string {
  return `${fileSlug([card.title, card.subtitle].filter(Boolean).join(' '))}-${today()}.json`;
}

function cardJson(card: Card): string {
  return JSON.stringify(card, null, 2) + '\n';
}

export function exportCardFile(card: Card): void {
  downloadText(cardFileName(card), cardJson(card), 'application/json');
}

export async function readCardFile(file: File): Promise<ImportOutcome> {
  // A 20 MB file is refused before a byte of it is read.
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const result = loadCard(new Uint8Array(await file.arrayBuffer()));
  return result.ok ? { ok: true, card: result.card, problems: result.problems } : result;
}
