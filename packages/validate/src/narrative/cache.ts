/**
 * What was read from one paragraph, keyed by its text, so the same text is scanned once (a report
 * validated again, last year's boilerplate, an editor re-checking on each change). Bounded: the
 * oldest entry goes when it is full. Values are shared, so they must be treated as read-only.
 */
export function paragraphCache<T>(limit = 512): (text: string, read: () => T) => T {
  const entries = new Map<string, T>();
  return (text, read) => {
    let value = entries.get(text);
    if (value === undefined) {
      value = read();
      if (entries.size >= limit) entries.delete(entries.keys().next().value as string);
      entries.set(text, value);
    }
    return value;
  };
}

/** Found items carry the JSON Pointer of their paragraph; a cached list is re-pointed when it moved. */
export function located<T extends { readonly path: string }>(
  items: readonly T[],
  path: string,
): readonly T[] {
  if (items.length === 0 || items[0]?.path === path) return items;
  return items.map((item) => ({ ...item, path }));
}
