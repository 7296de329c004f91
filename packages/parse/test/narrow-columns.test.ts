import { parseText } from "@zfxxgk/parse";
import { type Report, toCells } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { loadExamples } from "../../../test/support/examples.js";
import { pipeText } from "./published.js";

describe("digits of narrow columns run together in space-aligned text", () => {
  const example = loadExamples().find((e) => e.name.startsWith("seed-000-"));
  const report = example?.json as Report;

  it.runIf(example)(
    "a wrapped label around its values: each digit is a cell when they make the row",
    () => {
      const r1 = report.tables.T3 as unknown as { R1: Record<string, number> };
      expect(Object.values(r1.R1)).toEqual([2, 0, 0, 0, 0, 0, 2]);
      // `pdftotext -layout`: the label wraps around its values, the last three columns run together
      const text = pipeText(report).replace(
        /^一、本年新收政府信息公开申请数量 \|.*$/mu,
        "一、本年新收政府信息公开申请\n               2                       0    0   0    002\n数量",
      );
      const outcome = parseText(text);
      const cells = toCells(outcome.report as Report);
      expect(["NP", "CE", "RI", "SW", "LS", "OT", "TOT"].map((c) => cells[`T3.R1.${c}`])).toEqual([
        2, 0, 0, 0, 0, 0, 2,
      ]);
      expect(
        outcome.diagnostics.filter((d) => d.cells?.some((c) => c.startsWith("T3.R1."))),
      ).toEqual([]);
    },
  );
});
