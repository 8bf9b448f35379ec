// Taking an update of the common flow into a regional card: read the newer
// base card (a file, a published card.json address, or the shared server's
// answer) through the one load path, say what changed in it since the
// version the region took, merge three-way, and take the result (with the
// user's choice per conflict) as one undoable step. The region's directory
// is never part of it.
import type { Change } from '../../schema/diff/types';
import {
  baseUpdateChanges,
  mergeBaseUpdate,
  resolveConflicts,
  type ConflictChoices,
  type MergeResult,
} from '../../schema/merge';
import { loadCard, loadCardValue } from '../../schema/load/load-card';
import type { LocalizedText, Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { Studio } from '../app/studio';
import { readCardFile } from '../io/card-files';
import { takeBaseUpdate } from '../state/commands/region-commands';

export type BaseUpdateReading =
  | {
      ok: false;
      /** The file's name or the address. */
      file: string;
      problems: Problem[];
      /** Why nothing could be read at all (an address that did not answer). */
      reason?: LocalizedText;
    }
  | {
      ok: true;
      file: string;
      newBase: Card;
      /** What changed in the base since the version the region took. */
      baseChanges: Change[];
      result: MergeResult;
    };

/** Where a newer base card comes from: a file, a published address, or the server's answer. */
export type BaseSource = { file: File } | { url: string } | { value: unknown; name: string };

const unreachable = (url: string): LocalizedText => ({
  nl: `Het adres ${url} gaf geen kaart terug. Klopt het adres, en staat de kaart er publiek (en mag deze studio ze lezen)?`,
  en: `The address ${url} gave no card. Is the address right, and is the card public there (and may this studio read it)?`,
});

/** A published address as the user pastes it: the viewer's page stands for its card.json. */
export function cardJsonUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.pathname.endsWith('/')) url.pathname += 'card.json';
    return url.href;
  } catch {
    return null;
  }
}

type Loaded = { ok: true; card: Card } | { ok: false; problems: Problem[]; reason?: LocalizedText };

async function load(source: BaseSource): Promise<Loaded> {
  if ('file' in source) return readCardFile(source.file);
  if ('value' in source) return loadCardValue(source.value);
  const url = cardJsonUrl(source.url);
  if (!url) return { ok: false, problems: [], reason: unreachable(source.url) };
  try {
    const response = await fetch(url, { cache: 'no-cache', credentials: 'omit' });
    if (!response.ok) throw new Error(String(response.status));
    return loadCard(new Uint8Array(await response.arrayBuffer()));
  } catch {
    return { ok: false, problems: [], reason: unreachable(url) };
  }
}

const sourceName = (source: BaseSource): string =>
  'file' in source ? source.file.name : 'url' in source ? source.url : source.name;

/** Reads a newer base card through the one load path and merges it with the regional card. */
export async function readBaseUpdate(
  source: BaseSource,
  regional: Card,
): Promise<BaseUpdateReading> {
  const loaded = await load(source);
  const file = sourceName(source);
  if (!loaded.ok) return { ...loaded, file };
  const newBase = loaded.card;
  return {
    ok: true,
    file,
    newBase,
    baseChanges: baseUpdateChanges(regional, newBase),
    result: await mergeBaseUpdate(regional, newBase),
  };
}

/** Takes the merged flow, roles and origin with the user's choices: one undo step. */
export function takeUpdate(studio: Studio, result: MergeResult, choices: ConflictChoices): boolean {
  const merged = resolveConflicts(result, choices);
  return studio.store.execute(takeBaseUpdate, {
    merged: { flow: merged.flow, roles: merged.roles, origin: merged.origin },
  }).applied;
}
