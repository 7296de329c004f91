import type { Diagnostic } from "@zfxxgk/schema";
import { messageOf, validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { bump, set } from "./support/cells.js";
import { clone, goodReport } from "./support/reports.js";

const codes = (r: ReturnType<typeof validate>) => r.diagnostics.map((d) => d.code);

describe("blank cells", () => {
  it("an identity touching a blank that holds with blank as 0 is a note plus a missing-value finding", () => {
    const r = clone(goodReport());
    set(r, "T3.N1.NP", null); // was 0: the identities still hold with blank as 0
    const result = validate(r);
    const missing = result.diagnostics.filter((d) => d.code === "X-08");
    expect(missing.map((d) => d.cells)).toEqual([["T3.N1.NP"]]);
    expect(missing[0]?.severity).toBe("warning");
    const notes = result.diagnostics.filter((d) => d.code === "T3-02" || d.code === "T3-03");
    expect(notes.length).toBe(2);
    for (const d of notes) {
      expect(d.severity).toBe("info");
      expect(d.difference).toBe(0);
      expect(d.params?.blanks).toBe("T3.N1.NP");
    }
    expect(result.errorCount).toBe(0);
  });

  it("an identity violated with blank as 0 is an error that says it is not fully assessable", () => {
    const r = clone(goodReport());
    set(r, "T3.A.NP", null);
    const result = validate(r);
    const violated = result.diagnostics.filter((d) => d.code === "T3-02");
    expect(violated).toHaveLength(1);
    expect(violated[0]).toMatchObject({
      severity: "error",
      cells: expect.arrayContaining(["T3.A.NP"]),
    });
    expect(violated[0]?.params?.blanks).toBe("T3.A.NP");
    expect(codes(result)).toContain("X-08");
  });
});

describe("severities and presets", () => {
  const broken = () => {
    const r = clone(goodReport());
    bump(r, "T3.A.TOT");
    r.meta.publishedOn = "2025-06-01";
    return r;
  };

  it("a rule can be turned off or given another severity", () => {
    const result = validate(broken(), { severities: { "T3-02": "off", "T3-03": "info" } });
    expect(codes(result)).not.toContain("T3-02");
    expect(
      result.diagnostics.filter((d) => d.code === "T3-03").every((d) => d.severity === "info"),
    ).toBe(true);
  });

  it("the official preset keeps only official rules", () => {
    const result = validate(broken(), { preset: "official" });
    expect(codes(result)).toEqual(["X-05"]);
  });

  it("the strict preset raises heuristics one level and makes structural rules errors", () => {
    const r = clone(goodReport());
    for (const id of ["T3.N1.NP", "T3.N1.TOT"]) bump(r, id);
    for (const id of ["T3.A.NP", "T3.A.TOT"]) bump(r, id, -1);
    expect(validate(r).diagnostics.find((d) => d.code === "T3-13")?.severity).toBe("info");
    expect(
      validate(r, { preset: "strict" }).diagnostics.find((d) => d.code === "T3-13")?.severity,
    ).toBe("warning");
  });

  it("schema codes can be configured too", () => {
    const r = clone(goodReport()) as unknown as Record<string, unknown>;
    r.extra = 1;
    expect(validate(r).diagnostics[0]).toMatchObject({
      code: "schema/unknown-property",
      severity: "error",
    });
    expect(validate(r, { severities: { "schema/unknown-property": "off" } }).diagnostics).toEqual(
      [],
    );
  });

  it("counts findings per severity", () => {
    const result = validate(broken());
    const by = (s: string) => result.diagnostics.filter((d) => d.severity === s).length;
    expect([result.errorCount, result.warningCount, result.infoCount]).toEqual([
      by("error"),
      by("warning"),
      by("info"),
    ]);
    expect(result.errorCount).toBeGreaterThan(0);
  });
});

describe("cross-year", () => {
  it("T3-06 raises the total column one level above the per-column finding", () => {
    const previous = goodReport(2023, "b");
    bump(previous, "T3.R4.NP");
    bump(previous, "T3.R4.TOT");
    const found = validate(goodReport(), { previous }).diagnostics.filter(
      (d) => d.code === "T3-06",
    );
    expect(found.map((d) => [d.cells[0], d.severity])).toEqual([
      ["T3.R2.NP", "warning"],
      ["T3.R2.TOT", "error"],
    ]);
  });

  it("a previous report that is not valid is reported and the cross-year rules are skipped", () => {
    const result = validate(goodReport(), { previous: "{not json" });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "input/companion-invalid", severity: "warning" }),
    ]);
  });

  it("a previous report of another year is reported and the cross-year rules are skipped", () => {
    const previous = goodReport(2022, "b");
    bump(previous, "T3.R4.TOT");
    const result = validate(goodReport(), { previous });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "input/previous-year",
        severity: "warning",
        expected: 2023,
        actual: 2022,
      }),
    ]);
    expect(messageOf(result.diagnostics[0] as Diagnostic)).toBe(
      "上年报告是 2022 年度的，应为 2023 年度；跨年度核验已跳过",
    );
  });

  it("a previous report of a body with another name is noted, and still compared", () => {
    const previous = goodReport(2023, "b");
    previous.meta.agency = "某市另一局";
    bump(previous, "T3.R4.TOT");
    const codes = validate(goodReport(), { previous }).diagnostics.map((d) => d.code);
    expect(codes).toContain("input/previous-agency");
    expect(codes).toContain("T3-06");
  });

  it("the results come in a stable order", () => {
    const a = validate(goodReport(), { previous: goodReport(2023, "b"), preset: "strict" });
    const b = validate(JSON.stringify(goodReport()), {
      previous: goodReport(2023, "b"),
      preset: "strict",
    });
    expect(b.diagnostics).toEqual(a.diagnostics);
  });
});

describe("last year's report in the previous edition", () => {
  it("checks what maps (T3-06 across 2019 → 2021), lists T2b-07's comparable cells, and says once what cannot map", () => {
    const report = goodReport(2021, "a", "2021");
    const previous = goodReport(2020, "b", "2019");
    const clean = validate(report, { previous });
    expect(clean.diagnostics.filter((d) => d.code === "T3-06")).toEqual([]);
    const notes = clean.diagnostics.filter((d) => d.code === "input/previous-edition");
    expect(notes).toHaveLength(1);
    expect(notes[0]?.params?.rules).toBe("T2-03, T2-04");
    expect(messageOf(notes[0] as Diagnostic)).toContain("2019 年格式");
    const t2b07 = clean.diagnostics.filter((d) => d.code === "T2b-07");
    expect(t2b07).toHaveLength(1);
    expect(messageOf(t2b07[0] as Diagnostic)).toContain("行政许可");

    const broken = structuredClone(previous);
    (broken.tables.T3 as unknown as Record<string, Record<string, number>>).R4 = {
      NP: 5,
      CE: 1,
      RI: 1,
      SW: 1,
      LS: 1,
      OT: 1,
      TOT: 10,
    };
    const found = validate(report, { previous: broken }).diagnostics.filter(
      (d) => d.code === "T3-06",
    );
    expect(found.map((d) => d.cells[0])).toContain("T3.R2.NP");
  });

  it("runs a 2019 report's own rules against a 2019 report of the year before", () => {
    const result = validate(goodReport(2020, "a", "2019"), {
      previous: goodReport(2019, "b", "2019"),
    });
    expect(result.edition).toBe("2019");
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});
