import type { Edition } from "@zfxxgk/schema";
import { labelKey } from "../normalise.js";
import type { Line } from "../types.js";

/** Shortest key looked for inside a longer piece of text (shorter ones occur in any text). */
const MIN_KEY = 6;
/** Longest piece searched: a table row run together, never a paragraph. */
const MAX_PIECE = 80;
const SENTENCE = /[。；;！？!?]/u;

/**
 * Distinctive labels found inside pieces of text that run a table row's cells together
 * (`信息内容本年制发件数本年废止件数现行有效件数`, `规章000` in crawled text): for each edition, the
 * keys found. Only short pieces that are no sentence are searched.
 */
export function labelsWithin(
  lines: readonly Line[],
  keys: ReadonlyMap<string, Edition>,
): Map<Edition, Set<string>> {
  const long = [...keys].filter(([k]) => k.length >= MIN_KEY);
  const found = new Map<Edition, Set<string>>();
  for (const line of lines)
    for (const token of line.tokens) {
      if (token.text.length > MAX_PIECE || SENTENCE.test(token.text)) continue;
      const key = labelKey(token.text);
      if (key.length <= MIN_KEY) continue;
      for (const [k, edition] of long)
        if (key !== k && key.includes(k))
          found.set(edition, (found.get(edition) ?? new Set()).add(k));
    }
  return found;
}
