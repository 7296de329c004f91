import { parseText } from "@zfxxgk/parse";
import type { Report } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { score } from "../../../test/corpus/score.js";
import { textLayouts } from "../../../test/corpus/seed-layouts.js";
import { loadExamples } from "../../../test/support/examples.js";
import { bareTraditional, cellPerLine, pipeText } from "./published.js";

/**
 * The edits a tester makes with text tools (issue #17), applied to every example written in the
 * published shapes (the seeds themselves are in test/seed-layouts.test.ts): each figure is read
 * as the layout holds it, or left blank with a finding that names it.
 */
const shapes: [string, (r: Report) => string][] = [
  ["one row per line", pipeText],
  ["one cell per line", cellPerLine],
  ["bare traditional", bareTraditional],
];

describe("examples in the layouts text tools make", () => {
  for (const example of loadExamples()) {
    const report = example.json as Report;
    for (const [shape, write] of shapes) {
      it(`${example.name} · ${shape}`, () => {
        const layouts = textLayouts(write(report), report);
        expect(layouts.length).toBeGreaterThan(3);
        for (const layout of layouts) {
          const name = `${example.name} · ${shape} · ${layout.name}`;
          const s = score(name, parseText(layout.text), layout.expected, report.edition);
          expect(s.tablesMissed, `${name}: tables not read`).toEqual([]);
          expect(s.wrong, name).toEqual([]);
        }
      });
    }
  }
});
