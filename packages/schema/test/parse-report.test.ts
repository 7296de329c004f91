import {
  type Diagnostic,
  emptyReport,
  parseReport,
  renderMessage,
  schemaMessages,
} from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";

const valid = () => emptyReport({ agency: "某市某局", year: 2024 });

/** The located findings of a document, reduced to what a user reads. */
const findings = (input: unknown) => {
  const result = parseReport(input);
  expect(result.ok).toBe(false);
  return result.diagnostics.map((d: Diagnostic) => ({
    code: d.code,
    path: d.path,
    cells: d.cells,
  }));
};

describe("parseReport on good input", () => {
  it("accepts an empty report and returns it unchanged", () => {
    const report = valid();
    const result = parseReport(report);
    expect(result.ok).toBe(true);
    expect(result.report).toEqual(report);
  });

  it("accepts JSON text", () => {
    expect(parseReport(JSON.stringify(valid())).ok).toBe(true);
  });

  it("keeps blank, 0 and written marks apart", () => {
    const report = valid();
    report.tables.T3.R1.NP = 0;
    report.tables.T3.R1.CE = "—";
    report.tables.T3.R1.RI = "无";
    report.tables.T2.fees = "0.020";
    const result = parseReport(JSON.parse(JSON.stringify(report)));
    expect((result.report as typeof report | undefined)?.tables.T3.R1).toMatchObject({
      NP: 0,
      CE: "—",
      RI: "无",
      SW: null,
    });
    expect((result.report as typeof report | undefined)?.tables.T2.fees).toBe("0.020");
  });
});

describe("parseReport on bad input: located errors, never a throw", () => {
  it("a wrong type", () => {
    const report = valid() as unknown as { meta: { year: unknown } };
    report.meta.year = "2024";
    expect(findings(report)).toEqual([
      { code: "schema/invalid-type", path: "/meta/year", cells: [] },
    ]);
  });

  it("a negative count", () => {
    const report = valid();
    report.tables.T4.RV.pend = -1;
    expect(findings(report)).toEqual([
      { code: "schema/count-negative", path: "/tables/T4/RV/pend", cells: ["T4.RV.pend"] },
    ]);
  });

  it("3.5 applications", () => {
    const report = valid();
    report.tables.T3.R1.NP = 3.5;
    expect(findings(report)).toEqual([
      { code: "schema/count-not-integer", path: "/tables/T3/R1/NP", cells: ["T3.R1.NP"] },
    ]);
  });

  it('a fee with a unit glued on ("251000元"), with the amount in 万元 suggested', () => {
    const report = valid() as unknown as { tables: { T2: { fees: unknown } } };
    report.tables.T2.fees = "251000元";
    const result = parseReport(report);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({
      code: "schema/amount-with-unit",
      path: "/tables/T2/fees",
      expected: "25.1",
      actual: "251000元",
    });
    expect(renderMessage(d as Diagnostic, "zh-Hans", schemaMessages)).toContain("行政事业性收费");
    expect(renderMessage(d as Diagnostic, "en", schemaMessages)).toContain('"25.1"');
  });

  it("a fee given as a JSON number", () => {
    const report = valid() as unknown as { tables: { T2: { fees: unknown } } };
    report.tables.T2.fees = 0.5;
    expect(findings(report)).toEqual([
      { code: "schema/amount-as-number", path: "/tables/T2/fees", cells: ["T2.fees"] },
    ]);
  });

  it("an unknown edition", () => {
    expect(findings({ ...valid(), edition: "2030" })).toEqual([
      { code: "schema/unknown-edition", path: "/edition", cells: [] },
    ]);
  });

  it("no edition at all", () => {
    const { edition: _, ...rest } = valid();
    expect(findings(rest)).toEqual([{ code: "schema/missing", path: "/edition", cells: [] }]);
  });

  it("a missing section", () => {
    const report = valid() as unknown as { sections: Record<string, unknown> };
    delete report.sections.problems;
    expect(findings(report)).toEqual([
      { code: "schema/missing", path: "/sections/problems", cells: [] },
    ]);
  });

  it("a missing table row", () => {
    const report = valid() as unknown as { tables: { T3: Record<string, unknown> } };
    delete report.tables.T3.R4;
    expect(findings(report)).toEqual([
      { code: "schema/missing", path: "/tables/T3/R4", cells: [] },
    ]);
  });

  it("an unknown property, named at its own path", () => {
    expect(findings({ ...valid(), extra: true })).toEqual([
      { code: "schema/unknown-property", path: "/extra", cells: [] },
    ]);
  });

  it("HTML is not a narrative block type", () => {
    const report = valid() as unknown as { sections: { other: unknown[] } };
    report.sections.other = [{ type: "html", text: "<b>x</b>" }];
    expect(findings(report)).toEqual([
      { code: "schema/invalid-value", path: "/sections/other/0/type", cells: [] },
    ]);
  });

  it("a 统一社会信用代码 with a wrong check character", () => {
    const report = valid();
    report.meta.creditCode = "91350100M000100Y42";
    const [d] = parseReport(report).diagnostics;
    expect(d).toMatchObject({
      code: "schema/credit-code",
      path: "/meta/creditCode",
      expected: "3",
    });
  });

  it("several problems at once, each at its own place", () => {
    const report = valid() as unknown as {
      tables: { T3: { R1: Record<string, unknown> }; T4: { LD: Record<string, unknown> } };
    };
    report.tables.T3.R1.CE = "12";
    report.tables.T4.LD.tot = "两件";
    expect(findings(report)).toEqual([
      { code: "schema/count-as-string", path: "/tables/T3/R1/CE", cells: ["T3.R1.CE"] },
      { code: "schema/invalid-cell", path: "/tables/T4/LD/tot", cells: ["T4.LD.tot"] },
    ]);
  });

  it.each([
    ["not JSON text", "{oops", "schema/json-syntax"],
    ["null", null, "schema/not-object"],
    ["an array", [1, 2], "schema/not-object"],
    ["a number", 42, "schema/not-object"],
    ["undefined", undefined, "schema/not-object"],
  ])("garbage: %s", (_, input, code) => {
    expect(findings(input).map((f) => f.code)).toEqual([code]);
  });

  it("a huge string is reported, shortened", () => {
    const report = valid() as unknown as { meta: { agency: unknown; year: unknown } };
    report.meta.year = "9".repeat(1_000_000);
    const [d] = parseReport(report).diagnostics;
    expect(d?.path).toBe("/meta/year");
    expect(String(d?.actual).length).toBeLessThan(200);
  });

  it("an object that throws when read (a getter, a proxy) is reported, not thrown", () => {
    const report = valid();
    Object.defineProperty(report.meta, "agency", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const trap = new Proxy(valid(), {
      get() {
        throw new Error("trap");
      },
    });
    for (const [input, detail] of [
      [report, "boom"],
      [trap, "trap"],
    ] as const) {
      const result = parseReport(input);
      expect(result.ok).toBe(false);
      expect(result.diagnostics).toMatchObject([
        { code: "schema/unreadable", path: "", params: { detail } },
      ]);
    }
  });

  it("every schema code has a message in both languages", () => {
    const zh = Object.keys(schemaMessages["zh-Hans"] ?? {}).sort();
    expect(zh.length).toBeGreaterThan(10);
    expect(Object.keys(schemaMessages.en ?? {}).sort()).toEqual(zh);
  });
});
