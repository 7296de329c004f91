import { EDITIONS, emptyReport, type Report } from "@zfxxgk/schema";
import {
  formatText,
  type JsonDiagnostic,
  messageOf,
  toJsonOutput,
  validate,
} from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { bump, get, set } from "./support/cells.js";
import { clone, goodReport, goodReportOf } from "./support/reports.js";

/** Findings in reading order, as every formatter gives them. */
const ordered = (r: Report): JsonDiagnostic[] => [
  ...(toJsonOutput(validate(r)).files[0]?.diagnostics ?? []),
];
const topLevel = (list: JsonDiagnostic[]) => list.filter((d) => d.explainedBy === undefined);

/** How many identities of an edition a cell takes part in. */
function identityCounts(edition: keyof typeof EDITIONS): Map<string, number> {
  const count = new Map<string, number>();
  for (const identity of EDITIONS[edition].identities)
    for (const id of [...identity.left, ...identity.right]) count.set(id, (count.get(id) ?? 0) + 1);
  return count;
}

const tablesOf = (edition: keyof typeof EDITIONS) =>
  [...new Set(EDITIONS[edition].cells.map((c) => c.table.id))].map((table) => ({
    table,
    cells: EDITIONS[edition].cells.filter((c) => c.table.id === table).map((c) => c.id),
  }));

describe.each(Object.keys(EDITIONS) as (keyof typeof EDITIONS)[])(
  "edition %s: a single wrong cell is named first",
  (edition) => {
    const identityCount = identityCounts(edition);
    const year = Math.min(2024, EDITIONS[edition].years.to ?? 2024);
    const good = () => clone(goodReportOf(edition, year));
    for (const { table, cells } of tablesOf(edition)) {
      const checked = cells.filter((id) => identityCount.has(id));
      if (checked.length === 0) {
        it(`table ${table}: no identity of this edition reads its cells, so arithmetic cannot point at one`, () => {
          // 表二 of the 2021 format has no totals; its cells are checked one by one (marks, blanks,
          // fee units) and against last year's report, never against each other.
          expect(cells.length).toBeGreaterThan(0);
          expect(cells.some((id) => identityCount.has(id))).toBe(false);
        });
        continue;
      }
      it(`table ${table}: every one of its ${checked.length} checked cells, 5 too high`, () => {
        for (const id of checked) {
          const r = good();
          const was = get(r, id) as number;
          bump(r, id, 5);
          const found = ordered(r);
          const first = found[0] as JsonDiagnostic;
          if ((identityCount.get(id) ?? 0) >= 2) {
            expect(first, id).toMatchObject({
              code: "cell/culprit",
              severity: "error",
              cells: [id],
              actual: was + 5,
              expected: was,
              difference: 5,
            });
            expect(first.message, id).toContain("（多了 5）");
            const explained = found.filter((d) => d.explainedBy === id);
            expect(explained.length, id).toBe(identityCount.get(id));
            // The findings it explains come right after it, and nothing else is an error.
            expect(found.slice(1, 1 + explained.length), id).toEqual(explained);
            expect(
              topLevel(found).filter((d) => d.severity === "error" && /^T\d-0[1-3]$/.test(d.code)),
              id,
            ).toEqual([]);
          } else {
            // In only one identity, the cell cannot be told apart from the others of that identity:
            // that identity's finding comes first, names the cell, and is the only error.
            expect(first.cells, id).toContain(id);
            expect(first.severity, id).toBe("error");
            expect(
              found.filter((d) => d.severity === "error"),
              id,
            ).toHaveLength(1);
          }
        }
      });
    }
  },
);

describe("culprits", () => {
  it("a wrong grand total is one problem, not three findings that read the same", () => {
    const r = clone(goodReport());
    bump(r, "T3.T.TOT", -2);
    const found = ordered(r);
    expect(topLevel(found).filter((d) => d.severity === "error")).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "cell/culprit", cells: ["T3.T.TOT"], difference: -2 });
    expect(found[0]?.message).toContain("（少了 2）");
    expect(found[0]?.params).toMatchObject({ count: 3, explains: "T3-01, T3-02, T3-03" });
    const text = formatText(validate(r));
    expect(text.match(/^ {2}错误/gm)).toHaveLength(1);
    expect(text.match(/↳ 错误/g)).toHaveLength(3);
    expect(text).toContain("共 1 个错误");
  });

  it("two wrong cells in different rows and columns are both named", () => {
    const r = clone(goodReport());
    bump(r, "T3.A.NP", 3);
    bump(r, "T3.U2.LS", -4);
    const culprits = ordered(r).filter((d) => d.code === "cell/culprit");
    expect(culprits.map((d) => [d.cells[0], d.difference])).toEqual([
      ["T3.A.NP", 3],
      ["T3.U2.LS", -4],
    ]);
  });

  it("names nothing when one cell cannot explain the breaks (two wrong cells in one row)", () => {
    const r = clone(goodReport());
    bump(r, "T3.A.NP", 3);
    bump(r, "T3.A.CE", 3);
    const found = ordered(r);
    expect(found.some((d) => d.code === "cell/culprit")).toBe(false);
    expect(found.filter((d) => d.severity === "error").length).toBeGreaterThanOrEqual(3);
  });

  it("names nothing when a rule switched off leaves one broken identity to show", () => {
    const r = clone(goodReport());
    bump(r, "T3.A.NP", 3);
    // T3.A.NP is in its row's total (T3-02) and its column's results total (T3-03).
    const result = validate(r, { severities: { "T3-03": "off" } });
    expect(result.diagnostics.some((d) => d.code === "cell/culprit")).toBe(false);
  });

  it("speaks English too, with the sign in words", () => {
    const r = clone(goodReport());
    bump(r, "T3.R2.SW", 7);
    const culprit = validate(r).diagnostics.find((d) => d.code === "cell/culprit");
    expect(culprit && messageOf(culprit, "en")).toMatch(
      /is likely the wrong cell: .*\(7 too many\)/,
    );
  });
});

describe("reading order", () => {
  it("is severity first, then table and row", () => {
    const r = clone(goodReport());
    bump(r, "T4.LR.tot", 1);
    bump(r, "T3.A.NP", 1);
    set(r, "T3.N2.RI", "—");
    const found = topLevel(ordered(r));
    const severities = found.map((d) => d.severity);
    const rank = { error: 0, warning: 1, info: 2 };
    expect(severities).toEqual([...severities].sort((a, b) => rank[a] - rank[b]));
    const errors = found.filter((d) => d.severity === "error").map((d) => d.cells[0]);
    expect(errors.indexOf("T3.A.NP")).toBeLessThan(errors.indexOf("T4.LR.tot"));
  });
});

describe("a blank report", () => {
  it("gets one finding saying it is not filled in, naming the blank tables", () => {
    const result = validate(emptyReport({ agency: "某县某局", year: 2025 }));
    expect(result.diagnostics).toHaveLength(1);
    const [only] = result.diagnostics;
    expect(only).toMatchObject({
      code: "input/blank-tables",
      severity: "warning",
      params: { tables: "T2,T3,T4", all: true },
    });
    const zh = messageOf(only as never);
    expect(zh).toMatch(
      /^报告尚未填写：表二「主动公开政府信息情况」、表三「收到和处理政府信息公开申请情况」、表四「政府信息公开行政复议、行政诉讼情况」均为空白；已略去逐格的 \d+ 条提示$/,
    );
    expect(messageOf(only as never, "en")).toMatch(/has not been filled in/);
  });

  it("a partly filled table keeps its per-cell findings; wholly blank tables are one finding", () => {
    const r = emptyReport({ agency: "某县某局", year: 2025 });
    set(r, "T3.R1.NP", 2);
    const result = validate(r);
    const blank = result.diagnostics.filter((d) => d.code === "input/blank-tables");
    expect(blank).toHaveLength(1);
    expect(blank[0]?.params).toMatchObject({ tables: "T2,T4", all: false });
    const perCell = result.diagnostics.filter((d) => d.code === "X-08");
    expect(perCell.length).toBe(
      EDITIONS["2021"].cells.filter((c) => c.table.id === "T3").length - 1,
    );
    expect(perCell.every((d) => d.cells[0]?.startsWith("T3."))).toBe(true);
  });
});
