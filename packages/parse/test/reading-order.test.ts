import { parseText } from "@zfxxgk/parse";
import { type Report, toCells } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { loadExamples } from "../../../test/support/examples.js";
import { pipeText } from "./published.js";

/**
 * Text extracted from a PDF in the order its producer drew it, not the table's: a value printed
 * before its row's label, or the cells of a row in another order. What that order gives a row is
 * taken only when it keeps the row's own total; otherwise those cells stay blank, and a finding
 * names them.
 */

const example = (prefix: string) =>
  loadExamples().find((e) => e.name.startsWith(prefix))?.json as Report | undefined;
const row = (cells: Record<string, unknown>, prefix: string) =>
  ["NP", "CE", "RI", "SW", "LS", "OT", "TOT"].map((c) => cells[`${prefix}.${c}`]);
const named = (outcome: ReturnType<typeof parseText>, code: string) =>
  outcome.diagnostics.filter((d) => d.code === code).flatMap((d) => d.cells ?? []);

describe.runIf(example("seed-002-"))("labels in one run, values in another", () => {
  const report = example("seed-002-") as Report;
  const runs = (values: string) =>
    pipeText(report).replace(
      /^三、本年度办理结果 \| （一）予以公开 \|.*\n（二）部分公开（区分处理的，只计这一情形，不计其他情形） \|.*$/mu,
      `三、本年度办理结果\n（一）予以公开\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n${values.split(" ").join("\n")}`,
    );

  it("in the table's order: paired by the rows' cell counts", () => {
    const outcome = parseText(runs("9 0 0 0 0 0 9 1 0 0 0 0 0 1"));
    const cells = toCells(outcome.report as Report);
    expect(row(cells, "T3.A")).toEqual([9, 0, 0, 0, 0, 0, 9]);
    expect(row(cells, "T3.B")).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(named(outcome, "parse/order-undecided")).toEqual([]);
  });

  it("a row's first value printed out of its place: the rows that break their total stay blank", () => {
    const outcome = parseText(runs("1 0 0 0 0 0 9 0 0 0 0 0 1 0"));
    const cells = toCells(outcome.report as Report);
    expect(row(cells, "T3.A")).toEqual(Array(7).fill(null));
    expect(row(cells, "T3.B")).toEqual(Array(7).fill(null));
    expect(named(outcome, "parse/order-undecided").sort()).toEqual(
      ["T3.A", "T3.B"]
        .flatMap((r) =>
          row({}, r).map((_, n) => `${r}.${["NP", "CE", "RI", "SW", "LS", "OT", "TOT"][n]}`),
        )
        .sort(),
    );
  });
});

describe.runIf(example("seed-000-"))("table 四 one cell per line", () => {
  const report = example("seed-000-") as Report;
  const t4 = /^1 \| 0 \| 0 \| 0 \| 1 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \|$/mu;
  const ids = (group: string) =>
    ["keep", "fix", "oth", "pend", "tot"].map((c) => `T4.${group}.${c}`);

  it("digits run together cut in an order that breaks a total: those totals' cells stay blank", () => {
    const text = pipeText(report).replace(t4, "1\n0\n0\n0\n0\n0\n1\n0\n0\n0\n00000");
    const outcome = parseText(text);
    const cells = toCells(outcome.report as Report);
    expect(ids("LR").map((id) => cells[id])).toEqual([0, 0, 0, 0, 0]);
    expect([...ids("RV"), ...ids("LD")].map((id) => cells[id])).toEqual(Array(10).fill(null));
    expect(named(outcome, "parse/order-undecided").sort()).toEqual(
      [...ids("RV"), ...ids("LD")].sort(),
    );
  });

  it("a padding `||` wrapped onto a line of its own in the header is no row", () => {
    const text = pipeText(report).replace(/^(行政复议 \| 行政诉讼 \|)(\|+)$/mu, "$1\n$2");
    expect(text).toMatch(/^\|\|+$/mu);
    const outcome = parseText(text);
    const cells = toCells(outcome.report as Report);
    expect([...ids("RV"), ...ids("LD"), ...ids("LR")].map((id) => cells[id])).toEqual([
      1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(outcome.diagnostics.filter((d) => d.cells?.some((c) => c.startsWith("T4.")))).toEqual(
      [],
    );
  });
});
