// The sentences of a list whose items have a name (roles, regions, sections,
// resources): "Rol „het VK” toegevoegd", "Regio „A” hernoemd naar „B”",
// "Beschrijving van rol „het VK” gewijzigd van … naar …".
import type { LocalizedText } from '../problems';
import { capitalize, quoted } from '../wording';
import type { ListDiffSpec } from './list-changes';
import { fieldSentence, listFieldSentence, plainValue, unknownField } from './sentences';

export interface NamedField {
  name: LocalizedText;
  format?: (value: unknown) => LocalizedText;
  /** A list of names: its change reads "Gent toegevoegd" rather than both whole lists. */
  list?: boolean;
}

export interface NamedListOptions<T extends { id: string }> extends Omit<
  ListDiffSpec<T>,
  'added' | 'removed' | 'changed'
> {
  /** "rol" / "role". */
  noun: LocalizedText;
  nameOf: (item: T) => string;
  /** The field that holds the name: its change reads "hernoemd naar". */
  nameField: string;
  fields: Record<string, NamedField>;
  /** Said after "toegevoegd": " (3 gemeenten)". */
  addedDetail?: (item: T) => LocalizedText;
}

/** A noun and a quoted name: rol „het VK” / role “het VK”. */
export function named(noun: LocalizedText, name: string): LocalizedText {
  const q = quoted(name);
  return { nl: `${noun.nl} ${q.nl}`, en: `${noun.en} ${q.en}` };
}

export function namedListSpec<T extends { id: string }>(
  options: NamedListOptions<T>,
): ListDiffSpec<T> {
  const { noun, nameOf, nameField, fields, addedDetail, ...spec } = options;
  const subject = (item: T) => named(noun, nameOf(item));
  const value = (field: string, item: T): LocalizedText | undefined => {
    const v = (item as Record<string, unknown>)[field];
    return v === undefined ? undefined : (fields[field]?.format ?? plainValue)(v);
  };
  return {
    ...spec,
    fieldOrder: spec.fieldOrder ?? Object.keys(fields),
    added: (item) => {
      const s = subject(item);
      const detail = addedDetail?.(item) ?? { nl: '', en: '' };
      return {
        nl: `${capitalize(s.nl)} toegevoegd${detail.nl}`,
        en: `${capitalize(s.en)} added${detail.en}`,
      };
    },
    removed: (item) => {
      const s = subject(item);
      return { nl: `${capitalize(s.nl)} verwijderd`, en: `${capitalize(s.en)} removed` };
    },
    changed: (before, after, field) => {
      const s = subject(before);
      if (field === nameField) {
        const to = quoted(nameOf(after));
        return {
          nl: `${capitalize(s.nl)} hernoemd naar ${to.nl}`,
          en: `${capitalize(s.en)} renamed to ${to.en}`,
        };
      }
      const name = fields[field]?.name ?? unknownField(field);
      const get = (item: T) => (item as Record<string, unknown>)[field];
      const asList = fields[field]?.list
        ? listFieldSentence(name, s, get(before), get(after))
        : undefined;
      return asList ?? fieldSentence(name, s, value(field, before), value(field, after));
    },
  };
}
