import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseText } from "@zfxxgk/parse";
import { type Report, toCells } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR, seedExamples } from "./support/examples.js";

/** The published seed reports live next to the repository (../shared/seeds), not inside it. */
const present = existsSync(SEEDS_DIR);
if (!present) {
  if (process.env.CI) throw new Error(`CI=true but the seed corpus is missing: ${SEEDS_DIR}`);
  console.warn(
    `skipping the corpus test: ${SEEDS_DIR} does not exist (it is outside the repository)`,
  );
}

const seedFiles = present ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")) : [];
const examples = seedExamples();
const exampleFor = (file: string) => examples.find((e) => file.startsWith(`${e.seed}_`));

describe.runIf(present)("published seed reports", () => {
  it("has seeds and examples to compare", () => {
    expect(seedFiles.length).toBeGreaterThanOrEqual(5);
    expect(seedFiles.filter((f) => exampleFor(f)).length).toBeGreaterThanOrEqual(4);
  });

  for (const seed of seedFiles) {
    const example = exampleFor(seed);
    if (!example) {
      it(`${seed}: no example of a known format, so it must be refused with a clear diagnostic`, () => {
        const outcome = parseText(readFileSync(join(SEEDS_DIR, seed), "utf8"));
        expect(outcome.report).toBeUndefined();
        expect(outcome.diagnostics.map((d) => d.code)).toContain("parse/not-a-report");
      });
      continue;
    }
    it(`${seed} parses to exactly the figures of ${example.name}`, () => {
      const expected = example.json as Report;
      const outcome = parseText(readFileSync(join(SEEDS_DIR, seed), "utf8"));
      expect(outcome.report).toBeDefined();
      const report = outcome.report as Report;
      expect(toCells(report)).toEqual(toCells(expected));
      expect(report.meta.agency).toBe(expected.meta.agency);
      expect(report.meta.year).toBe(expected.meta.year);
      expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      // every cell was found in the text, and its provenance holds what was read there
      for (const [id, value] of Object.entries(toCells(expected))) {
        const where = outcome.provenance[id];
        expect(where, id).toBeDefined();
        if (where?.source === "text" && typeof value === "number")
          expect(Number(where.raw.trim())).toBe(value);
      }
    });
  }
});
