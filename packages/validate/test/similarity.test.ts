import { describe, expect, it } from "vitest";
import { prng } from "../../../test/support/random-report.js";
import { IGNORED, similarity } from "../src/narrative/similarity.js";

/** The definition, written plainly: counts of bigrams in maps, after dropping ignored characters. */
function reference(a: string, b: string): number {
  const counts = (text: string) => {
    const clean = text.replace(new RegExp(IGNORED.source, "g"), "");
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < clean.length; i++) {
      const g = clean.slice(i, i + 2);
      out.set(g, (out.get(g) ?? 0) + 1);
    }
    return out;
  };
  const x = counts(a);
  const y = counts(b);
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [g, n] of y) {
    total += n;
    shared += Math.min(n, x.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

describe("similarity (X-06)", () => {
  it("is 1 for the same words, whatever the numbers and punctuation", () => {
    expect(similarity("全年收到申请12件，办结10件。", "全年收到申请3件；办结2件")).toBe(1);
    expect(similarity("", "")).toBe(0);
    expect(similarity("甲乙", "丙丁")).toBe(0);
  });

  it("agrees with the plain definition on 2,000 random pairs", () => {
    const random = prng(6);
    const alphabet =
      "申请办结公开复议诉讼的了和在年件，。；、 \n0123456789０１（）《》“”abc\u3000\u2028𠀀";
    const text = () =>
      Array.from(
        { length: Math.floor(random() * 300) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join("");
    for (let i = 0; i < 2000; i++) {
      const a = text();
      const b = random() < 0.3 ? a.slice(0, Math.floor(random() * a.length)) + text() : text();
      expect(similarity(a, b)).toBeCloseTo(reference(a, b), 12);
    }
  });
});
