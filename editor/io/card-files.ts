// Cards in and out as .json files. An import goes through the one load path,
// in the studio's worker (a 5 MB file never freezes the page), and touches the
// database only when the file is a card that can be opened.
import { sizeProblem } from '../../schema/load/parse';
import type { Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { TaskStage } from '../workers/schema-tasks';
import { inWorker } from '../workers/schema-worker';
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

/** Reads and checks a card file; `progress` hears 'read' only once the file is worth reading. */
export async function readCardFile(
  file: File,
  progress?: (stage: 'read' | TaskStage) => void,
): Promise<ImportOutcome> {
  // A 20 MB file is refused before a byte of it is read, and before a progress
  // bar is drawn: the refusal is then one render.
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  progress?.('read');
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The bytes move to the worker, not copied.
  const result = await inWorker('load', { bytes }, { progress, transfer: [bytes.buffer] });
  return result.ok ? { ok: true, card: result.card, problems: result.problems } : result;
}
