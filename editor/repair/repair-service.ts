// Repair mode: a stored card the load path refuses (written by an older
// version, or damaged) is not lost. The studio lists it, explains why it does
// not open, and offers an automatic repair (every fix listed first), the last
// version from its history that loads, and the raw JSON. Nothing in the
// database is thrown away: the refused content stays on the row after either.
import { loadCardValue } from '../../schema/load/load-card';
import { planRepair, type RepairPlan } from '../../schema/repair/repair-card';
import type { Card } from '../../schema/types';
import type { Studio } from '../app/studio';
import { downloadText, fileSlug, today } from '../io/download';
import type { StoredCard } from '../persistence/card-repository';
import type { VersionRow } from '../versions/version-rows';

export interface RepairView {
  row: StoredCard;
  plan: RepairPlan;
  /** The newest version in the history that loads, if any. */
  previous: { version: VersionRow; card: Card } | null;
}

export type RepairOutcome = { ok: true } | { ok: false; reason: 'conflict' | 'missing' };

/** The newest version that loads, and the newest title a version had. */
async function history(studio: Studio, rowId: string) {
  const versions = await studio.versions.history.list(rowId);
  let previous: RepairView['previous'] = null;
  for (const version of versions) {
    try {
      const loaded = loadCardValue(await studio.versions.history.cardOf(version));
      if (loaded.ok) {
        previous = { version, card: loaded.card };
        break;
      }
    } catch {
      // A snapshot that cannot be read is passed over; the next one may do.
    }
  }
  return previous;
}

/** What repair mode shows for a row; null when the row is gone. */
export async function prepareRepair(studio: Studio, rowId: string): Promise<RepairView | null> {
  const row = await studio.repo.getStored(rowId);
  if (!row) return null;
  const previous = await history(studio, rowId);
  const title = previous?.card.title.trim() || row.title.trim() || undefined;
  return { row, plan: planRepair(row.card, title ? { title } : {}), previous };
}

/**
 * Stores `card` in place of the refused content (a new revision, the old content
 * kept on the row), records it as a version, and opens it.
 */
async function replaceAndOpen(
  studio: Studio,
  view: RepairView,
  card: Card,
  version: { reason: 'repaired' | 'restored'; message: string; restoredFrom?: string },
): Promise<RepairOutcome> {
  const rowId = view.row.rowId;
  const saved = await studio.repo.replaceRefused(rowId, card, view.row.revision);
  if (!saved.ok) return { ok: false, reason: saved.reason === 'missing' ? 'missing' : 'conflict' };
  await studio.versions.history.record(rowId, card, {
    ...version,
    author: studio.versions.author.get(),
  });
  studio.repairRowId.set(null);
  const opened = await studio.session.open(rowId);
  return opened.ok ? { ok: true } : { ok: false, reason: 'missing' };
}

export function applyRepair(studio: Studio, view: RepairView): Promise<RepairOutcome> {
  const card = view.plan.card;
  if (!card) return Promise.resolve({ ok: false, reason: 'conflict' });
  const message = `Automatisch hersteld: ${view.plan.steps.length} wijziging(en).`;
  return replaceAndOpen(studio, view, card, { reason: 'repaired', message });
}

export function openPrevious(studio: Studio, view: RepairView): Promise<RepairOutcome> {
  const previous = view.previous;
  if (!previous) return Promise.resolve({ ok: false, reason: 'conflict' });
  return replaceAndOpen(studio, view, previous.card, {
    reason: 'restored',
    message: previous.version.message,
    restoredFrom: previous.version.id,
  });
}

/** The stored value exactly as it is, for a person or a tool to look at. */
export function exportRaw(row: StoredCard): void {
  let text: string;
  try {
    text = JSON.stringify(row.card, null, 2) ?? 'null';
  } catch {
    text = String(row.card);
  }
  downloadText(
    `${fileSlug(row.title || 'kaart')}-onleesbaar-${today()}.json`,
    text + '\n',
    'application/json',
  );
}
