// Differences in the card's own data (title, subtitle, language, source,
// origin, the titles of the flow and the directory, fields the schema does not
// know) and in its roles, regions and resources.
import { HASH_EXCLUDED_FIELDS } from '../hash';
import { jsonEqual } from '../json-equal';
import { pointer } from '../pointer';
import type { LocalizedText } from '../problems';
import type { Card, Origin, Region, Resource, Role } from '../types';
import { quoted } from '../wording';
import { diffList } from './list-changes';
import { namedListSpec } from './named-list';
import { fieldSentence, plainValue, same, textValue, unknownField } from './sentences';
import type { Change } from './types';

/** Top-level fields compared as a whole elsewhere, or not content at all. */
const NOT_METADATA = new Set([
  ...HASH_EXCLUDED_FIELDS,
  'regions',
  'flow',
  'roles',
  'directory',
  'resources',
]);

const THE_CARD: LocalizedText = { nl: 'de kaart', en: 'the card' };

/** Name of each card field, and what it belongs to when that is not the card itself. */
const CARD_FIELDS: Record<string, { name: LocalizedText; of?: LocalizedText }> = {
  id: { name: { nl: 'identificatie', en: 'id' } },
  title: { name: { nl: 'titel', en: 'title' } },
  subtitle: { name: { nl: 'ondertitel', en: 'subtitle' } },
  language: { name: { nl: 'taal', en: 'language' } },
  source: { name: { nl: 'bron', en: 'source' } },
  origin: { name: { nl: 'herkomst', en: 'origin' } },
  schemaVersion: { name: { nl: 'schemaversie', en: 'schema version' } },
  'flow.title': {
    name: { nl: 'titel', en: 'title' },
    of: { nl: 'het stroomschema', en: 'the flow' },
  },
  'directory.title': {
    name: { nl: 'titel', en: 'title' },
    of: { nl: 'de partnergids', en: 'the directory' },
  },
};

/** „Kindreflex steekkaart” versie 2027.1, or with the start of the hash when there is no version. */
function originText(origin: Origin): LocalizedText {
  const name = quoted(origin.title ?? origin.cardId);
  const version = origin.version
    ? { nl: ` versie ${origin.version}`, en: ` version ${origin.version}` }
    : { nl: ` (inhoud ${origin.hash.slice(0, 8)})`, en: ` (content ${origin.hash.slice(0, 8)})` };
  return { nl: `${name.nl}${version.nl}`, en: `${name.en}${version.en}` };
}

function originSentence(before: Origin | undefined, after: Origin | undefined): LocalizedText {
  if (before && after) {
    const to = originText(after);
    return { nl: `Basiskaart bijgewerkt naar ${to.nl}`, en: `Base card updated to ${to.en}` };
  }
  if (after) {
    const from = originText(after);
    return { nl: `Afgeleid van ${from.nl}`, en: `Derived from ${from.en}` };
  }
  return { nl: 'Herkomst verwijderd', en: 'Origin removed' };
}

function cardValue(field: string, value: unknown): LocalizedText | undefined {
  if (value === undefined) return undefined;
  if (field === 'source') {
    const source = value as NonNullable<Card['source']>;
    return quoted(source.url ? `${source.title} (${source.url})` : source.title);
  }
  return field.endsWith('title') ? textValue(value) : plainValue(value);
}

function metadataFields(card: Card): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(card)) if (!NOT_METADATA.has(key)) fields[key] = value;
  fields['flow.title'] = card.flow.title;
  fields['directory.title'] = card.directory.title;
  return fields;
}

export function diffMetadata(a: Card, b: Card): Change[] {
  const before = metadataFields(a);
  const after = metadataFields(b);
  const keys = new Set([
    ...Object.keys(CARD_FIELDS),
    ...Object.keys(after),
    ...Object.keys(before),
  ]);
  return [...keys]
    .filter((field) => !jsonEqual(before[field], after[field]))
    .map((field) => {
      const spec = CARD_FIELDS[field] ?? { name: unknownField(field) };
      return {
        kind: 'card-changed',
        area: 'card',
        layout: false,
        ids: [],
        field,
        before: before[field],
        after: after[field],
        pointer: pointer(...field.split('.')),
        message:
          field === 'origin'
            ? originSentence(
                before[field] as Origin | undefined,
                after[field] as Origin | undefined,
              )
            : fieldSentence(
                spec.name,
                spec.of ?? THE_CARD,
                cardValue(field, before[field]),
                cardValue(field, after[field]),
              ),
      };
    });
}

const DESCRIPTION = { name: { nl: 'beschrijving', en: 'description' }, format: textValue };

export function diffRoles(a: Pick<Card, 'roles'>, b: Pick<Card, 'roles'>): Change[] {
  return diffList(
    a.roles,
    b.roles,
    namedListSpec<Role>({
      area: 'roles',
      item: 'role',
      path: ['roles'],
      noun: { nl: 'rol', en: 'role' },
      nameOf: (r) => r.name,
      nameField: 'name',
      fields: { name: { name: { nl: 'naam', en: 'name' } }, description: DESCRIPTION },
    }),
  );
}

export function diffRegions(a: Card, b: Card): Change[] {
  return diffList(
    a.regions,
    b.regions,
    namedListSpec<Region>({
      area: 'regions',
      item: 'region',
      path: ['regions'],
      noun: { nl: 'regio', en: 'region' },
      nameOf: (r) => r.name,
      nameField: 'name',
      fields: {
        name: { name: { nl: 'naam', en: 'name' } },
        description: DESCRIPTION,
        municipalities: { name: { nl: 'gemeenten', en: 'municipalities' }, list: true },
      },
      addedDetail: (r) => {
        const n = r.municipalities?.length ?? 0;
        return n === 0
          ? same('')
          : { nl: ` (${n} ${n === 1 ? 'gemeente' : 'gemeenten'})`, en: ` (${n} municipalities)` };
      },
    }),
  );
}

export function diffResources(a: Card, b: Card): Change[] {
  return diffList(
    a.resources ?? [],
    b.resources ?? [],
    namedListSpec<Resource>({
      area: 'resources',
      item: 'resource',
      path: ['resources'],
      noun: { nl: 'bron', en: 'resource' },
      nameOf: (r) => r.title,
      nameField: 'title',
      fields: {
        title: { name: { nl: 'titel', en: 'title' } },
        description: DESCRIPTION,
        url: { name: { nl: 'link', en: 'link' } },
        links: {
          name: { nl: 'extra links', en: 'extra links' },
          format: (v) =>
            same(
              Array.isArray(v)
                ? (v as { label: string; url: string }[])
                    .map((l) => `${l.label} (${l.url})`)
                    .join('; ')
                : '',
            ),
        },
      },
    }),
  );
}
