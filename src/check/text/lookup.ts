/**
 * Word tables read with `word in table` and `table[word]`. A plain object
 * literal inherits `constructor`, `toString` and the rest, so the English
 * word "constructor" would be found in a table of numbers; these tables
 * have no prototype.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
