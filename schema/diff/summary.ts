// A compact summary of a list of changes, for a version list or a release
// note: "2 stappen herschreven, 1 stap toegevoegd, 3 knopen verplaatst."
import type { LocalizedText } from '../problems';
import { capitalize } from '../wording';
import type { Change, ChangeKind, ItemKind } from './types';

interface Bucket {
  /** Which changes count here. */
  match: (change: Change, reworded: ReadonlySet<string>) => boolean;
  noun: { nl: [string, string]; en: [string, string] };
  verb: LocalizedText;
  /** What is counted: the item (distinct ids), so three fields of one partner count once. */
  key?: (change: Change) => string;
}

const itemKey = (c: Change): string => c.ids.join('/');
const isStep = (c: Change) => c.nodeKind === 'step';
const kind =
  (...kinds: ChangeKind[]) =>
  (c: Change) =>
    kinds.includes(c.kind);

const STEP = { nl: ['stap', 'stappen'], en: ['step', 'steps'] } as Bucket['noun'];
const NODE = { nl: ['knoop', 'knopen'], en: ['box', 'boxes'] } as Bucket['noun'];
const EDGE = { nl: ['pijl', 'pijlen'], en: ['arrow', 'arrows'] } as Bucket['noun'];
const ADDED = { nl: 'toegevoegd', en: 'added' };
const REMOVED = { nl: 'verwijderd', en: 'removed' };
const CHANGED = { nl: 'gewijzigd', en: 'changed' };

/** Added, removed and changed buckets for one kind of item. */
function trio(item: ItemKind, noun: Bucket['noun']): Bucket[] {
  return [
    { match: kind(`${item}-added`), noun, verb: ADDED },
    { match: kind(`${item}-removed`), noun, verb: REMOVED },
    { match: kind(`${item}-changed`), noun, verb: CHANGED },
  ];
}

const BUCKETS: Bucket[] = [
  {
    match: kind('card-changed'),
    noun: { nl: ['kaartgegeven', 'kaartgegevens'], en: ['card detail', 'card details'] },
    verb: CHANGED,
    key: (c) => c.field ?? '',
  },
  {
    match: (c) => c.kind === 'node-changed' && isStep(c) && c.field === 'text',
    noun: STEP,
    verb: { nl: 'herschreven', en: 'reworded' },
  },
  { match: (c) => c.kind === 'node-added' && isStep(c), noun: STEP, verb: ADDED },
  { match: (c) => c.kind === 'node-removed' && isStep(c), noun: STEP, verb: REMOVED },
  {
    match: (c, reworded) => c.kind === 'node-changed' && isStep(c) && !reworded.has(itemKey(c)),
    noun: STEP,
    verb: CHANGED,
  },
  { match: (c) => c.kind === 'node-added' && !isStep(c), noun: NODE, verb: ADDED },
  { match: (c) => c.kind === 'node-removed' && !isStep(c), noun: NODE, verb: REMOVED },
  { match: (c) => c.kind === 'node-changed' && !isStep(c), noun: NODE, verb: CHANGED },
  ...trio('edge', EDGE),
  ...trio('role', { nl: ['rol', 'rollen'], en: ['role', 'roles'] }),
  ...trio('region', { nl: ['regio', "regio's"], en: ['region', 'regions'] }),
  ...trio('partner', { nl: ['partner', 'partners'], en: ['partner', 'partners'] }),
  ...trio('section', { nl: ['sectie', 'secties'], en: ['section', 'sections'] }),
  ...trio('entry', { nl: ['vermelding', 'vermeldingen'], en: ['entry', 'entries'] }),
  {
    match: kind('entries-reordered'),
    noun: { nl: ['sectie', 'secties'], en: ['section', 'sections'] },
    verb: { nl: 'anders geordend', en: 'reordered' },
  },
  ...trio('resource', { nl: ['bron', 'bronnen'], en: ['resource', 'resources'] }),
  { match: kind('node-moved'), noun: NODE, verb: { nl: 'verplaatst', en: 'moved' } },
  {
    match: kind('node-resized'),
    noun: NODE,
    verb: { nl: 'breder of smaller gemaakt', en: 'resized' },
  },
  {
    match: kind('edge-rerouted'),
    noun: EDGE,
    verb: { nl: 'anders aangesloten', en: 'reattached' },
  },
];

/**
 * "2 stappen herschreven, 1 stap toegevoegd, 3 knopen verplaatst." Items are counted
 * once per bucket however many of their fields changed; layout comes last.
 */
export function summarizeDiff(changes: readonly Change[]): LocalizedText {
  const nl: string[] = [];
  const en: string[] = [];
  const counted = new Set<Change>();
  // A step whose text changed counts as reworded only, whatever else changed in it.
  const reworded = new Set(
    changes.filter((c) => c.kind === 'node-changed' && c.field === 'text').map(itemKey),
  );
  for (const bucket of BUCKETS) {
    const keys = new Set<string>();
    for (const change of changes)
      if (!counted.has(change) && bucket.match(change, reworded)) {
        counted.add(change);
        keys.add((bucket.key ?? itemKey)(change));
      }
    const n = keys.size;
    if (n === 0) continue;
    nl.push(`${n} ${bucket.noun.nl[n === 1 ? 0 : 1]} ${bucket.verb.nl}`);
    en.push(`${n} ${bucket.noun.en[n === 1 ? 0 : 1]} ${bucket.verb.en}`);
  }
  if (nl.length === 0) return { nl: 'Geen wijzigingen.', en: 'No changes.' };
  return { nl: capitalize(nl.join(', ')) + '.', en: capitalize(en.join(', ')) + '.' };
}
