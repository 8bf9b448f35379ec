// Ids made from names, for things a person creates without typing an id: a
// region from its name, a partner added from a spreadsheet row. They follow
// the schema's id pattern (letters, digits, '-'; at most 80 characters).
import { searchKey } from './roles';

/** "Regio Gent-Zuid" -> "regio-gent-zuid"; the fallback when nothing of the name is left. */
export function idFromName(name: string, fallback = 'regio'): string {
  const id = searchKey(name).replace(/ /g, '-').slice(0, 70).replace(/-+$/, '');
  return id === '' ? fallback : id;
}

/** idFromName, with "-2", "-3"... until it is not in `used`; the new id is added to `used`. */
export function uniqueIdFromName(name: string, used: Set<string>, fallback?: string): string {
  const base = idFromName(name, fallback);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
