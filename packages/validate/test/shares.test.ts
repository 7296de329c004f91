import { emptyReport, type SectionedReport as Report } from "@zfxxgk/schema";
import { extractShares, messageOf, validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { set } from "./support/cells.js";
import { goodReport } from "./support/reports.js";

/** A report whose table 三 has the given 总计-column cells (the other rules are not looked at here). */
function withTotals(cells: Record<string, number | null>, text: string): Report {
  const r = emptyReport({ agency: "某市某局", year: 2024 });
  for (const [row, value] of Object.entries(cells)) set(r, `T3.${row}.TOT`, value);
  r.sections.overview = [{ type: "paragraph", text }];
  return r;
}
const t311 = (r: Report) => validate(r).diagnostics.filter((d) => d.code === "T3-11");

describe("T3-11 quoted shares of table 三", () => {
  const third = { A: 1, T: 3, R1: 4 };

  it("accepts the share rounded or cut to the published decimals", () => {
    for (const p of ["33.3%", "33%", "33.33%", "33.3 ％", "33.4%"])
      expect(t311(withTotals(third, `办结3件，其中予以公开1件，占${p}。`)), p).toEqual([]);
  });

  it("flags a share that is off by one unit of its last digit or more", () => {
    const found = t311(withTotals(third, "办结3件，其中予以公开1件，占办结总数的34.4%。"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "warning",
      path: "/sections/overview/0/text",
      cells: ["T3.A.TOT", "T3.T.TOT"],
      expected: 33.3,
      actual: 34.4,
      difference: 1.1,
    });
    expect(messageOf(found[0] as never, "zh-Hans")).toContain("33.3%");
    expect(messageOf(found[0] as never, "en")).toMatch(/quotes 34\.4%.*33\.3%/);
  });

  it("uses 一、本年新收 as the base only when the sentence says so", () => {
    expect(t311(withTotals(third, "予以公开1件，占收到申请总数的25%。"))).toEqual([]);
    const found = t311(withTotals(third, "予以公开1件，占新收申请的33.3%。"));
    expect(found.map((d) => [d.cells, d.expected])).toEqual([[["T3.A.TOT", "T3.R1.TOT"], 25]]);
  });

  it("sums the eight 不予公开 rows for 不予公开", () => {
    const r = withTotals({ N1: 0, N2: 1, N3: 0, N4: 0, N5: 1, N6: 0, N7: 0, N8: 0, T: 8 }, "");
    r.sections.overview = [{ type: "paragraph", text: "不予公开2件（25%）。" }];
    expect(t311(r)).toEqual([]);
    r.sections.overview = [{ type: "paragraph", text: "不予公开2件（12.5%）。" }];
    expect(t311(r).map((d) => d.expected)).toEqual([25]);
  });

  it("leaves rates, changes, lists and unclear bases alone", () => {
    for (const text of [
      "予以公开、部分公开分别占40%、10%。",
      "予以公开率为50%。",
      "依申请公开办结率100%。",
      "予以公开1件，同比增长50%。",
      "主动公开予以公开文件占50%。",
      "予以公开1件，占全市的50%。",
      "答复满意度达90%。",
      "予以公开1件，部分公开1件，占50%。",
      "办结3件，占100%。",
    ])
      expect(extractShares(withTotals(third, text)), text).toEqual([]);
  });

  it("compares nothing with a blank cell (X-08 reports the blank)", () => {
    expect(t311(withTotals({ A: null, T: 3 }, "予以公开1件，占90%。"))).toEqual([]);
  });

  it("flags outcome shares that add up to more than 100 %", () => {
    const found = t311(withTotals({}, "予以公开60件，占60%；部分公开50件，占50%。"));
    expect(found.map((d) => [d.cells, d.actual])).toEqual([
      [["T3.A.TOT", "T3.B.TOT", "T3.T.TOT"], 110],
    ]);
    expect(messageOf(found[0] as never, "zh-Hans")).toContain("110%");
  });

  it("is quiet on the good report quoting its own shares", () => {
    const r = goodReport();
    const t3 = r.tables.T3 as unknown as Record<string, Record<string, number>>;
    const share = (row: string) => ((100 * (t3[row]?.TOT ?? 0)) / (t3.T?.TOT ?? 1)).toFixed(1);
    r.sections.overview.push({
      type: "paragraph",
      text: `办结的申请中，予以公开${t3.A?.TOT}件，占${share("A")}%；部分公开${t3.B?.TOT}件，占${share("B")}%。`,
    });
    expect(extractShares(r)).toHaveLength(2);
    expect(t311(r)).toEqual([]);
  });
});
