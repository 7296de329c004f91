import type { Edition } from "@zfxxgk/schema";
import { labelKey } from "../normalise.js";
import type { Line } from "../types.js";

/** Shortest key looked for inside a longer piece of text (shorter ones occur in any text). */
const MIN_KEY = 6;
/** Longest piece searched: a table row run together, never a paragraph. */
const MAX_PIECE = 80;
const SENTENCE = /[。；;！？!?]/u;

/** The keys searched for, in the map's order, and where each may start: by its first character's code. */
interface LongKeys {
  readonly list: readonly (readonly [string, Edition])[];
  readonly byFirst: ReadonlyMap<number, readonly number[]>;
}
const prepared = new WeakMap<ReadonlyMap<string, Edition>, LongKeys>();

function longKeys(keys: ReadonlyMap<string, Edition>): LongKeys {
  const known = prepared.get(keys);
  if (known) return known;
  const list = [...keys].filter(([k]) => k.length >= MIN_KEY);
  const byFirst = new Map<number, number[]>();
  list.forEach(([k], n) => {
    const first = k.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), n]);
  });
  const made = { list, byFirst };
  prepared.set(keys, made);
  return made;
}

/**
 * Distinctive labels found inside pieces of text that run a table row's cells together
 * (`信息内容本年制发件数本年废止件数现行有效件数`, `规章000` in crawled text): for each edition, the
 * keys found. Only short pieces that are no sentence are searched. A piece is searched at each of
 * its characters for the keys that start with that character (not for every key in turn); the keys
 * found are taken in the map's order.
 */
export function labelsWithin(
  lines: readonly Line[],
  keys: ReadonlyMap<string, Edition>,
): Map<Edition, Set<string>> {
  const { list, byFirst } = longKeys(keys);
  const found = new Map<Edition, Set<string>>();
  for (const line of lines)
    for (const token of line.tokens) {
      if (token.text.length > MAX_PIECE || SENTENCE.test(token.text)) continue;
      const key = labelKey(token.text);
      if (key.length <= MIN_KEY) continue;
      const hits: number[] = [];
      for (let at = 0; at + MIN_KEY <= key.length; at++) {
        const starting = byFirst.get(key.charCodeAt(at));
        if (!starting) continue;
        for (const n of starting) {
          const k = (list[n] as readonly [string, Edition])[0];
          if (key !== k && key.startsWith(k, at) && !hits.includes(n)) hits.push(n);
        }
      }
      for (const n of hits.sort((a, b) => a - b)) {
        const [k, edition] = list[n] as readonly [string, Edition];
        found.set(edition, (found.get(edition) ?? new Set()).add(k));
      }
    }
  return found;
}
