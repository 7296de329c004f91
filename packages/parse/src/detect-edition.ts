import { CURRENT_EDITION, EDITIONS, type Edition, editionForYear } from "@zfxxgk/schema";
import { distinctiveKeys } from "./grid-index.js";
import { labelKey } from "./normalise.js";
import { labelsWithin } from "./shapes/labels-within.js";
import type { Line } from "./types.js";

const MAX_LABEL = 60;
const HAN = /\p{Script=Han}/u;
/** Distinctive labels needed to read a document in another edition than its year's. */
export const MIN_AGAINST_YEAR = 2;

/**
 * The edition a document is laid out in, told by the labels only one edition's tables print (not
 * by its year: a 2022 report may still use the 2019 layout). With no such label the edition issued
 * for the year is used, when the year is known and that edition has tables; else the current one.
 */
export function detectEdition(
  lines: readonly Line[],
  year?: number,
): {
  edition: Edition;
  /** How many of its distinctive labels were found (0: decided by the year or the default). */
  evidence: number;
} {
  const keys = distinctiveKeys();
  const found = new Map<Edition, Set<string>>();
  for (const line of lines)
    for (const token of line.tokens) {
      if (token.text.length > MAX_LABEL || !HAN.test(token.text)) continue;
      const key = labelKey(token.text);
      const edition = keys.get(key);
      if (edition) found.set(edition, (found.get(edition) ?? new Set()).add(key));
    }
  // too few labels printed apart: the cells of a row may run together (crawled text)
  if (Math.max(0, ...[...found.values()].map((s) => s.size)) < MIN_AGAINST_YEAR)
    for (const [edition, within] of labelsWithin(lines, keys))
      found.set(edition, new Set([...(found.get(edition) ?? []), ...within]));
  let best: Edition | undefined;
  let evidence = 0;
  for (const [edition, set] of found)
    if (set.size > evidence) {
      best = edition;
      evidence = set.size;
    }
  const byYear = year === undefined ? undefined : editionForYear(year);
  // One label is weak evidence against the year: a prose heading may happen to read like a row
  // of another edition's table (（一）主动公开情况).
  if (best && (best === byYear || byYear === undefined || evidence >= MIN_AGAINST_YEAR))
    return { edition: best, evidence };
  return {
    edition: byYear && EDITIONS[byYear].grid.tables.length ? byYear : CURRENT_EDITION,
    evidence: 0,
  };
}
