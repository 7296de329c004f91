import { parseText } from "@zfxxgk/parse";
import { type Report, toCells } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { goodReport } from "../../validate/test/support/reports.js";
import { pipeText } from "./published.js";

const codes = (o: { diagnostics: { code: string }[] }) => o.diagnostics.map((d) => d.code);
const cellsOf = (o: ReturnType<typeof parseText>) => toCells(o.report as Report);

describe("the edition is read from the tables, not from the year", () => {
  it("reads a 2022 report still laid out in the 2019 format as 2019, and says the year expects 2021", () => {
    const report = goodReport(2020, "a", "2019");
    report.meta.year = 2022;
    report.meta.title = "某市某局2022年政府信息公开工作年度报告";
    const outcome = parseText(pipeText(report));
    expect(outcome.report?.edition).toBe("2019");
    expect(cellsOf(outcome)).toEqual(toCells(report));
    const mismatch = outcome.diagnostics.find((d) => d.code === "parse/edition-year");
    expect(mismatch).toMatchObject({ actual: "2019", expected: "2021", params: { year: 2022 } });
  });

  it("reads a 2021-format table that still says 规范性文件 as 2021, row included", () => {
    const report = goodReport(2024, "a", "2021");
    const text = pipeText(report).replace("\n行政规范性文件 |", "\n规范性文件 |");
    expect(text).toContain("\n规范性文件 |");
    const outcome = parseText(text);
    expect(outcome.report?.edition).toBe("2021");
    expect(cellsOf(outcome)).toEqual(toCells(report));
    expect(codes(outcome)).not.toContain("parse/edition-year");
  });

  it("reads a 2020 report in the 2019 format without any finding about its edition", () => {
    const report = goodReport(2020, "a", "2019");
    const outcome = parseText(pipeText(report));
    expect(outcome.report?.edition).toBe("2019");
    expect(codes(outcome)).not.toContain("parse/edition-year");
  });
});

describe("2019 tables as they were really published", () => {
  const report = goodReport(2020, "a", "2019");
  const text = pipeText(report);

  it("signed changes written +1036 and -3, an amount with its unit, and dashes or slashes for not applicable", () => {
    const published = text
      .replace("行政许可 | 60 | 2 | 120 |", "行政许可 | 60 | +1036 | 120 |")
      .replace("行政处罚 | 210 | -4 | 8 |", "行政处罚 | 210 | －3 | 8 |")
      .replace("行政强制 | 12 | 0 | 2 |", "行政强制 | —— | / | - |")
      .replace("政府集中采购 | 4 | 251000元 |", "政府集中采购 | 4 | 25.1万元 |");
    const cells = cellsOf(parseText(published));
    expect(cells["T2.licensing.change"]).toBe(1036);
    expect(cells["T2.penalties.change"]).toBe(-3);
    expect(cells["T2.coercion.previous"]).toBe("—");
    expect(cells["T2.coercion.change"]).toBe("/");
    expect(cells["T2.coercion.decisions"]).toBe("—");
    expect(cells["T2.procurement.amount"]).toBe("25.1万元");
  });

  it("a header with the filling instructions left in, and header cells cut short", () => {
    const published = text
      .replaceAll("| 本年增/减 |", "| 本年增/减（增加用正值表示，减少用负值表示，如-8） |")
      .replace("| 本年新制作数量 | 本年新公开数量 |", "| 本年新 | 本年新 |");
    const outcome = parseText(published);
    expect(cellsOf(outcome)).toEqual(toCells(report));
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("a provincial extra row (其他主动公开文件) is reported, and every official row still read", () => {
    const published = text.replace(
      "\n第二十条第（五）项",
      "\n其他主动公开文件 | 12 | 12 | 30 ||\n第二十条第（五）项",
    );
    const outcome = parseText(published);
    expect(cellsOf(outcome)).toEqual(toCells(report));
    const extra = outcome.diagnostics.filter((d) => JSON.stringify(d).includes("其他主动公开文件"));
    expect(extra.length).toBeGreaterThan(0);
  });
});
