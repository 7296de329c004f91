import {
  cellsOf,
  creditCodeCheckChar,
  EDITIONS,
  emptyReport,
  fillTotals,
  fromCells,
  isValidCreditCode,
  parseReport,
  toCells,
} from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";

const base = () => emptyReport({ agency: "某县人民政府办公室", year: 2023 });

describe("emptyReport", () => {
  it("is a valid report whose every cell is blank", () => {
    const report = base();
    expect(parseReport(report).ok).toBe(true);
    expect(Object.values(toCells(report)).every((v) => v === null)).toBe(true);
    expect(report.meta.period).toEqual({ start: "2023-01-01", end: "2023-12-31" });
    expect(report.sections.overview.map((b) => b.text)).toEqual([
      "（一）主动公开",
      "（二）依申请公开",
      "（三）政府信息管理",
      "（四）政府信息公开平台建设",
      "（五）监督保障",
    ]);
  });
});

describe("toCells / fromCells", () => {
  it("lists all 200 cells in official order, blanks as null", () => {
    const cells = toCells(base());
    expect(Object.keys(cells)).toEqual(cellsOf("2021").map((c) => c.id));
    expect(Object.keys(cells).slice(0, 3)).toEqual([
      "T2.regulations.issued",
      "T2.regulations.repealed",
      "T2.regulations.inForce",
    ]);
  });

  it("round-trips", () => {
    const result = fromCells(
      { "T3.R1.NP": 5, "T3.R1.TOT": 5, "T2.fees": "1.25", "T4.LR.pend": "—" },
      base(),
    );
    expect(result.ok).toBe(true);
    const cells = toCells(result.report ?? base());
    expect(cells).toMatchObject({
      "T3.R1.NP": 5,
      "T3.R1.TOT": 5,
      "T2.fees": "1.25",
      "T4.LR.pend": "—",
      "T3.R2.NP": null,
    });
    expect(fromCells(cells, base()).report).toEqual(result.report);
  });

  it("reports unknown cell ids and bad values instead of dropping them", () => {
    const result = fromCells({ "T3.R9.NP": 1, "T3.R1.NP": -2 }, base());
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path, d.actual])).toEqual([
      ["schema/unknown-cell", "", "T3.R9.NP"],
      ["schema/count-negative", "/tables/T3/R1/NP", -2],
    ]);
  });
});

describe("fillTotals", () => {
  it("fills blank 总计 cells from their parts and says which", () => {
    const report = base();
    Object.assign(report.tables.T3.A, { NP: 3, CE: 1, RI: 0, SW: 0, LS: 0, OT: 1 });
    Object.assign(report.tables.T4.RV, { keep: 1, fix: 2, oth: 0, pend: 1 });
    const { report: filled, filled: list } = fillTotals(report);
    expect(list.map((f) => [f.id, f.value])).toEqual([
      ["T3.A.TOT", 5],
      ["T4.RV.tot", 4],
    ]);
    expect(filled.tables.T3.A.TOT).toBe(5);
    expect(filled.tables.T4.RV.tot).toBe(4);
    expect(report.tables.T3.A.TOT).toBeNull();
  });

  it("fills （七）总计 from the 21 result rows, then its 总计 column", () => {
    const report = base();
    const results = EDITIONS["2021"].totals.find((s) => s.total === "T3.T.NP")?.parts ?? [];
    expect(results).toHaveLength(21);
    const cells = Object.fromEntries(
      cellsOf("2021")
        .filter(
          (c) => c.id.startsWith("T3.") && !c.id.startsWith("T3.T.") && !c.id.startsWith("T3.R"),
        )
        .filter((c) => !c.id.endsWith(".TOT"))
        .map((c) => [c.id, 1]),
    );
    const start = (fromCells(cells, report).report as typeof report | undefined) ?? report;
    const { report: filled } = fillTotals(start);
    expect(filled.tables.T3.T.NP).toBe(21);
    expect(filled.tables.T3.T.TOT).toBe(21 * 6);
    expect(filled.tables.T3.A.TOT).toBe(6);
  });

  it("never overwrites a published total, and leaves totals with blank or marked parts alone", () => {
    const report = base();
    Object.assign(report.tables.T4.LD, { keep: 1, fix: 1, oth: 1, pend: 1, tot: 9 });
    Object.assign(report.tables.T4.LR, { keep: 1, fix: null, oth: 1, pend: 1 });
    Object.assign(report.tables.T3.R1, { NP: 1, CE: "—", RI: 0, SW: 0, LS: 0, OT: 0 });
    const { report: filled, filled: list } = fillTotals(report);
    expect(list).toEqual([]);
    expect(filled.tables.T4.LD.tot).toBe(9);
    expect(filled.tables.T4.LR.tot).toBeNull();
    expect(filled.tables.T3.R1.TOT).toBeNull();
  });
});

describe("统一社会信用代码", () => {
  it("computes and checks the check character (GB 32100-2015)", () => {
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
    expect(isValidCreditCode("91350100M000100Y43")).toBe(true);
    expect(isValidCreditCode("91350100M000100Y44")).toBe(false);
    expect(isValidCreditCode("91350100M000100Y4")).toBe(false);
    expect(creditCodeCheckChar("91350100M000100I4")).toBeUndefined();
  });
});
