import type { Report } from "@zfxxgk/schema";

/** The free text a body writes itself: 一、总体情况 and 五、存在的主要问题及改进情况. */
export function ownText(report: Report): string {
  return [...report.sections.overview, ...report.sections.problems].map((b) => b.text).join("\n");
}

const IGNORED = /[\s\d０-９，。；、：,.;:（）()“”"《》]/g;

/** Character bigrams with their counts, keyed by the two code units as one number. */
function bigrams(text: string): Map<number, number> {
  const clean = text.replace(IGNORED, "");
  const out = new Map<number, number>();
  for (let i = 0; i + 1 < clean.length; i++) {
    const g = clean.charCodeAt(i) * 0x10000 + clean.charCodeAt(i + 1);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of character bigrams (with multiplicity), 0…1; numbers and punctuation ignored. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [g, n] of y) {
    total += n;
    shared += Math.min(n, x.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}
