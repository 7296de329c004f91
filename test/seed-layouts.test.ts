import { readFileSync } from "node:fs";
import { decodeInput, parseText } from "@zfxxgk/parse";
import type { Report } from "@zfxxgk/schema";
import { afterAll, describe, expect, it } from "vitest";
import { report, type Score, score } from "./corpus/score.js";
import { encodings, textLayouts } from "./corpus/seed-layouts.js";
import { seedExamples, seedFile, seedsPresent } from "./support/examples.js";

/**
 * Issue #17: the seed reports in the layouts a tester makes of them with ordinary text tools
 * (separators changed, cells moved, characters converted, headings and notes edited, other
 * encodings). Per layout every table is read and each figure equals the example's, or is left
 * blank with a finding that names it. The share of cells read per layout is printed:
 * `npx vitest run test/seed-layouts.test.ts`.
 */

const scores: Score[] = [];
afterAll(() => {
  if (scores.length)
    console.log(`seed text layouts, share of cells read right:\n${report(scores)}`);
});

function check(s: Score) {
  scores.push(s);
  expect(s.tablesMissed, `${s.layout}: tables not read`).toEqual([]);
  expect(s.wrong, `${s.layout}: cells read wrong or blank without a finding`).toEqual([]);
}

describe.runIf(seedsPresent("the seed text layouts"))("seed reports in text layouts", () => {
  for (const example of seedExamples()) {
    const file = seedFile(example.seed);
    if (!file) continue;
    const seed = readFileSync(file, "utf8");
    const expected = example.json as Report;
    for (const layout of textLayouts(seed, expected)) {
      it(`${example.name} · ${layout.name}`, () => {
        const outcome = parseText(layout.text);
        check(
          score(`${example.name} · ${layout.name}`, outcome, layout.expected, expected.edition),
        );
        expect(outcome.report?.meta.year).toBe(expected.meta.year);
      });
    }
    for (const [name, bytes] of encodings(seed)) {
      it(`${example.name} · ${name}`, () => {
        const decoded = decodeInput(bytes, "seed.txt", false);
        expect(decoded.text).toBe(seed);
        const outcome = parseText(decoded.text);
        const layout = textLayouts(seed, expected)[0];
        check(
          score(`${example.name} · ${name}`, outcome, layout?.expected ?? {}, expected.edition),
        );
      });
    }
  }
});
