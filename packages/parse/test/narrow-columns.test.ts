import { parseText } from "@zfxxgk/parse";
import { type Report, toCells } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { loadExamples } from "../../../test/support/examples.js";
import { fieldCells } from "../src/pdf/field-cells.js";
import { pipeText } from "./published.js";

/** Glyph runs as pdf.js reports them: 12pt text, digits 7.6pt wide, a space 3.8pt. */
const run = (text: string, x: number, width: number) => ({ text, x, width, height: 12 });

describe("figures of narrow columns drawn close together in a PDF", () => {
  it("a run of figures set apart by spaces is as many cells, each where it is drawn", () => {
    const cells = fieldCells([run("0 0 2", 522.2, 30.3)]);
    expect(cells.map((c) => c.text)).toEqual(["0", "0", "2"]);
    const xs = cells.map((c) => c.x);
    expect(xs[0]).toBe(522.2);
    expect(xs[1]).toBeCloseTo(533.6, 0);
    expect(xs[2]).toBeCloseTo(545, 0);
  });

  it("figures drawn a space apart are two cells, digits drawn together one number", () => {
    expect(fieldCells([run("1", 100, 7.6), run("0", 111.4, 7.6)]).map((c) => c.text)).toEqual([
      "1",
      "0",
    ]);
    expect(fieldCells([run("1", 100, 7.6), run("0", 107.6, 7.6)]).map((c) => c.text)).toEqual([
      "10",
    ]);
  });

  it("a year in prose keeps its word", () => {
    const cells = fieldCells([run("2024", 56.8, 30.5), run("年", 89.8, 12)]);
    expect(cells).toEqual([{ text: "2024年", x: 56.8 }]);
  });
});

const row = (cells: Record<string, unknown>) =>
  ["NP", "CE", "RI", "SW", "LS", "OT", "TOT"].map((c) => cells[`T3.R1.${c}`]);

describe("digits of narrow columns run together in space-aligned text", () => {
  const example = loadExamples().find((e) => e.name.startsWith("seed-000-"));
  const report = example?.json as Report;

  it.runIf(example)(
    "a wrapped label around its values: each digit is a cell when they make the row",
    () => {
      expect(row(toCells(report))).toEqual([2, 0, 0, 0, 0, 0, 2]);
      // `pdftotext -layout`: the label wraps around its values, the last three columns run together
      const text = pipeText(report).replace(
        /^一、本年新收政府信息公开申请数量 \|.*$/mu,
        "一、本年新收政府信息公开申请\n               2                       0    0   0    002\n数量",
      );
      const outcome = parseText(text);
      const cells = toCells(outcome.report as Report);
      expect(row(cells)).toEqual([2, 0, 0, 0, 0, 0, 2]);
      expect(
        outcome.diagnostics.filter((d) => d.cells?.some((c) => c.startsWith("T3.R1."))),
      ).toEqual([]);
    },
  );
});
