// Releases: what publishing a card makes of it. Pure, for the studio and the
// command line alike. A release is the card with a `release` block: a version
// number, a date, notes, the content hash, and the changes since the release
// before it in Dutch sentences. It never changes once made; a newer one
// supersedes it.
import { diffCards } from './diff/diff-cards';
import { summarizeDiff } from './diff/summary';
import { contentHash } from './hash';
import { cardProblems } from './load/load-card';
import type { CheckOptions } from './checks/directory';
import type { Problem } from './problems';
import type { Card, Release } from './types';

/**
 * Version numbers are "YEAR.N": the N-th release in that year ("2026.1", "2026.2",
 * then "2027.1"). A reader sees at a glance how recent a card is, and numbers
 * stay short. Any other text the user types is accepted as long as it is new.
 */
const RELEASE_VERSION_PATTERN = /^(\d{4})\.(\d+)$/;

/** The version to suggest after `previous` (all earlier versions of this card). */
export function nextReleaseVersion(previous: readonly string[], now: Date = new Date()): string {
  const year = now.getUTCFullYear();
  let n = 0;
  for (const version of previous) {
    const match = RELEASE_VERSION_PATTERN.exec(version);
    if (match && Number(match[1]) === year) n = Math.max(n, Number(match[2]));
  }
  return `${year}.${n + 1}`;
}

/** Why a version number cannot be used, or null when it can. */
export function versionRefusal(
  version: string,
  previous: readonly string[],
): { nl: string; en: string } | null {
  const trimmed = version.trim();
  if (trimmed === '' || trimmed.length > 300)
    return {
      nl: 'Geef een versienummer (hoogstens 300 tekens).',
      en: 'Give a version number (300 characters at most).',
    };
  if (previous.includes(trimmed))
    return {
      nl: `Versie ${trimmed} is al gepubliceerd; een publicatie verandert nooit meer. Kies een nieuw nummer.`,
      en: `Version ${trimmed} was already published; a release never changes. Choose a new number.`,
    };
  return null;
}

export interface PublishCheck {
  errors: Problem[];
  warnings: Problem[];
}

/** The problems that stop publishing (errors) and those that must be accepted (warnings). */
export function publishCheck(card: Card, options: CheckOptions = {}): PublishCheck {
  const problems = cardProblems(card, options);
  return {
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity !== 'error'),
  };
}

/** The schema's limits on release.changes: 5000 sentences of 5000 characters. */
const MAX_CHANGES = 5000;
const MAX_SENTENCE = 5000;

/**
 * What changed since the previous release, in Dutch sentences for readers: one per
 * change of content, and layout changes counted in one sentence ("3 knopen verplaatst.").
 * Empty for a first release.
 */
export function releaseChanges(previous: Card | undefined, card: Card): string[] {
  if (!previous) return [];
  const changes = diffCards(previous, card);
  const layout = changes.filter((c) => c.layout);
  const sentences = changes.filter((c) => !c.layout).map((c) => c.message.nl);
  if (layout.length > 0) sentences.push(summarizeDiff(layout).nl);
  const clipped = sentences.map((s) =>
    s.length > MAX_SENTENCE ? s.slice(0, MAX_SENTENCE - 1) + '…' : s,
  );
  if (clipped.length <= MAX_CHANGES) return clipped;
  const rest = clipped.length - (MAX_CHANGES - 1);
  return [...clipped.slice(0, MAX_CHANGES - 1), `En ${rest} andere wijzigingen.`];
}

export interface ReleaseInput {
  version: string;
  notes?: string;
  now?: Date;
  /** The card as it was last released, for `release.changes`. */
  previous?: Card;
}

/** The card as released: a copy with its `release` block; the card itself is not changed. */
export async function createRelease(card: Card, input: ReleaseInput): Promise<Card> {
  const notes = input.notes?.trim();
  const release: Release = {
    version: input.version.trim(),
    publishedAt: (input.now ?? new Date()).toISOString(),
    ...(notes ? { notes } : {}),
    hash: await contentHash(card),
    changes: releaseChanges(input.previous, card),
  };
  // A card that came from a release file carries the old block: the new one replaces it.
  const { release: _superseded, ...content } = card;
  return { ...structuredClone(content), release } as Card;
}

/** "Kindreflex steekkaart Zuid-Oost-Vlaanderen" gives "kindreflex-steekkaart-zuid-oost-vlaanderen". */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug.slice(0, 80) || 'kaart';
}

/** "kindreflex-steekkaart-zuid-oost-vlaanderen-2026.1": the base name of a release's files. */
export function releaseFileBase(card: Card, version: string): string {
  const slug = fileSlug([card.title, card.subtitle].filter(Boolean).join(' '));
  const safeVersion = version.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return [slug, safeVersion].filter(Boolean).join('-');
}
