import { emptyReport, type SectionedReport as Report } from "@zfxxgk/schema";
import { validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { loadExamples } from "../../../test/support/examples.js";
import { checkReport } from "../src/checks.js";

const example = () => loadExamples().find((e) => e.name.startsWith("seed-000"))?.json as Report;

describe("checkReport: the checks run while metadata is still missing", () => {
  it("is validate() itself on a valid report", () => {
    const report = example();
    expect(checkReport(report)).toEqual(validate(report));
  });

  it("without a 报告机关 the model finding stays and the identities are still checked", () => {
    const report = example();
    report.meta.agency = "";
    report.tables.T3.R1.NP = (report.tables.T3.R1.NP as number) + 1;
    const codes = checkReport(report).diagnostics.map((d) => d.code);
    expect(codes).toContain("schema/too-small");
    expect(codes).toContain("T3-01");
    // validate() alone stops at the model
    expect(validate(report).diagnostics.map((d) => d.code)).not.toContain("T3-01");
  });

  it("2008–2018: a section still without a heading is reported at it, and the 统计表 is still checked", () => {
    const report = loadExamples().find((e) => e.name.startsWith("seed-003"))?.json as {
      body: { heading: string }[];
      tables: { S: Record<string, unknown> };
    };
    (report.body[2] as { heading: string }).heading = "";
    report.tables.S["3.1"] = 5;
    const found = checkReport(report as never).diagnostics;
    expect(found.filter((d) => d.path.startsWith("/body/2")).map((d) => d.path)).toEqual([
      "/body/2/heading",
    ]);
    // the sums, and the other sections' text against the table (八 says no application came)
    expect(found.map((d) => d.code)).toEqual(expect.arrayContaining(["S-01", "S-14"]));
  });

  it("a half-typed date is set aside for the rules and reported once, at its field", () => {
    const report = example();
    report.meta.publishedOn = "2025-0";
    const found = checkReport(report).diagnostics.filter((d) =>
      d.path.startsWith("/meta/publishedOn"),
    );
    expect(found.map((d) => d.code)).toEqual(["schema/invalid-format"]);
  });

  it("a blank form: one finding says the tables are empty (not one per cell) and nothing crashes", () => {
    const report = emptyReport({ agency: "", year: 2024 });
    const result = checkReport(report);
    expect(result.diagnostics.filter((d) => d.code === "input/blank-tables")).toHaveLength(1);
    expect(result.diagnostics.filter((d) => d.code === "X-08")).toEqual([]);
    expect(result.diagnostics.some((d) => d.code === "input/internal")).toBe(false);
  });
});

describe("checkReport: an optional part being typed does not stop the checks", () => {
  it("a fee amount that is not a decimal yet: the model finding, and the identities too", async () => {
    const report = example();
    (report as { processingFee?: unknown }).processingFee = { amount: "1.", unit: "元" };
    report.tables.T3.R1.NP = (report.tables.T3.R1.NP as number) + 1;
    const found = checkReport(report).diagnostics;
    expect(
      found.filter((d) => d.path.startsWith("/processingFee")).map((d) => d.severity),
    ).toContain("error");
    expect(found.map((d) => d.code)).toContain("T3-01");
  });

  it("a bad table cell is not set aside: the model finding stands alone, as validate() says", () => {
    const report = example() as unknown as { tables: { T3: { R1: Record<string, unknown> } } };
    report.tables.T3.R1.NP = "12件";
    expect(checkReport(report as unknown as Report)).toEqual(validate(report));
  });
});
