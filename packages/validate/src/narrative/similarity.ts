import { hasSections, type Report } from "@zfxxgk/schema";

/** The free text a body writes itself: 一、总体情况 and 五、存在的主要问题及改进情况. */
export function ownText(report: Report): string {
  const blocks = hasSections(report)
    ? [...report.sections.overview, ...report.sections.problems]
    : report.body.flatMap((s) => s.blocks);
  return blocks.map((b) => b.text).join("\n");
}

/** What the comparison leaves out: white space, digits and punctuation. */
export const IGNORED = /[\s\d０-９，。；、：,.;:（）()“”"《》]/;

let ignored: Uint8Array | undefined;
/** IGNORED as a table over UTF-16 code units, made on first use. */
function ignoredTable(): Uint8Array {
  if (!ignored) {
    ignored = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (IGNORED.test(String.fromCharCode(c))) ignored[c] = 1;
  }
  return ignored;
}

/** The character bigrams of a text, ignored characters left out, each as one number, sorted. */
function bigrams(text: string): Int32Array {
  const skip = ignoredTable();
  const out = new Int32Array(text.length);
  let n = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (skip[c]) continue;
    if (previous >= 0) out[n++] = (previous << 16) | c;
    previous = c;
  }
  return out.subarray(0, n).sort();
}

/** Dice coefficient of character bigrams (with multiplicity), 0…1; numbers and punctuation ignored. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  // Both sorted: walking them side by side counts each bigram min(times in a, times in b).
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const p = x[i] as number;
    const q = y[j] as number;
    if (p === q) {
      shared++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  const total = x.length + y.length;
  return total === 0 ? 0 : (2 * shared) / total;
}
