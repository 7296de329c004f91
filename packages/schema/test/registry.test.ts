import {
  CURRENT_EDITION,
  describeCell,
  EDITIONS,
  type Edition,
  editionForYear,
  editionIds,
  emptyReport,
  fillTotals,
  fromCells,
  jsonSchemaOf,
  parseReport,
  tableLayout,
  toCells,
} from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";

const all = Object.values(EDITIONS);

describe("the edition registry", () => {
  it("knows which edition was issued for a report year (X-01)", () => {
    expect(editionForYear(2019)).toBe("2019");
    expect(editionForYear(2020)).toBe("2019");
    expect(editionForYear(2021)).toBe("2021");
    expect(editionForYear(2031)).toBe("2021");
    expect(CURRENT_EDITION).toBe("2021");
    expect(editionIds[0]).toBe(CURRENT_EDITION);
  });

  it("gives every edition its metadata, a JSON Schema id and identities that name its own cells", () => {
    for (const e of all) {
      expect(e.id).toBe(e.grid.edition);
      // a notice (国办公开办函〔2021〕30号) or, before 2019, the regulation itself (国务院令第492号)
      expect(e.source).toMatch(/〔\d{4}〕\d+号|^国务院令第\d+号$/);
      expect(e.jsonSchemaId).toBe(`urn:zfxxgk:schema:report:${e.id}`);
      expect(jsonSchemaOf(e.id as Edition).$id).toBe(e.jsonSchemaId);
      expect(e.identities.length).toBeGreaterThan(0);
      for (const i of e.identities)
        for (const id of [...i.left, ...i.right]) expect(e.cellIndex.has(id), id).toBe(true);
      for (const t of e.grid.tables) expect(e.tableNumbers[t.id]).toBeDefined();
    }
  });

  it("uses a cell id in several editions only for the same cell: same kind, same labels", () => {
    for (const a of all)
      for (const b of all) {
        if (a === b) continue;
        for (const cell of a.cells) {
          const other = b.cellIndex.get(cell.id);
          if (!other) continue;
          expect(other.kind, cell.id).toBe(cell.kind);
          expect(describeCell(other), cell.id).toEqual(describeCell(cell));
        }
      }
  });

  it("maps every cell of a crosswalk to cells that exist in both editions", () => {
    for (const e of all) {
      if (!e.crosswalk) continue;
      const from = EDITIONS[e.crosswalk.from as Edition];
      expect(from).toBeDefined();
      for (const [to, sources] of Object.entries(e.crosswalk.cells)) {
        expect(e.cellIndex.has(to), to).toBe(true);
        for (const s of sources) expect(from.cellIndex.has(s), s).toBe(true);
      }
    }
  });
});

describe("the 2019 edition", () => {
  const e = EDITIONS["2019"];
  const report = () => emptyReport({ agency: "某市某局", year: 2020, edition: "2019" });

  it("has table 二's five blocks with the official widths: three values as 1/2/1, two as 2/2", () => {
    const t2 = e.grid.tables.find((t) => t.id === "T2");
    if (t2?.layout !== "blocks") throw new Error("table 二 is not a block table");
    expect(t2.blocks).toHaveLength(5);
    const layout = tableLayout(t2);
    expect(layout.width).toBe(5);
    const dataRows = layout.body.filter((row) => row.some((c) => c.type === "data"));
    const spans = dataRows.map((row) => row.filter((c) => c.type === "data").map((c) => c.colspan));
    expect(spans).toEqual([
      [1, 2, 1],
      [1, 2, 1],
      [1, 2, 1],
      [1, 2, 1],
      [1, 2, 1],
      [1, 2, 1],
      [2, 2],
      [2, 2],
    ]);
    for (const row of layout.body) expect(row.reduce((s, c) => s + c.colspan, 0)).toBe(5);
  });

  it("names table 二's cells as documented, with a signed 本年增/减 and a 采购总金额 in the publisher's unit", () => {
    const t2 = e.cells.filter((c) => c.table.id === "T2").map((c) => `${c.id}:${c.kind}`);
    expect(t2).toEqual([
      "T2.regulations.made:count",
      "T2.regulations.published:count",
      "T2.regulations.total:count",
      "T2.normativeDocs.made:count",
      "T2.normativeDocs.published:count",
      "T2.normativeDocs.total:count",
      "T2.licensing.previous:count",
      "T2.licensing.change:signed",
      "T2.licensing.decisions:count",
      "T2.otherServices.previous:count",
      "T2.otherServices.change:signed",
      "T2.otherServices.decisions:count",
      "T2.penalties.previous:count",
      "T2.penalties.change:signed",
      "T2.penalties.decisions:count",
      "T2.coercion.previous:count",
      "T2.coercion.change:signed",
      "T2.coercion.decisions:count",
      "T2.fees.previous:count",
      "T2.fees.change:signed",
      "T2.procurement.count:count",
      "T2.procurement.amount:money",
    ]);
  });

  it("has table 三 with （六）其他处理 as one row: 20 rows under 三、本年度办理结果 and 19 leaves in T3-03", () => {
    const t3 = e.grid.tables.find((t) => t.id === "T3");
    if (!t3) throw new Error("no table 三");
    const layout = tableLayout(t3);
    const results = layout.body
      .flat()
      .find((c) => c.type === "header" && c.label["zh-Hans"] === "三、本年度办理结果");
    expect(results?.rowspan).toBe(20);
    const other = layout.body
      .flat()
      .find((c) => c.type === "header" && c.label["zh-Hans"] === "（六）其他处理");
    expect(other?.colspan).toBe(2);
    const t3Total = e.totals.find((s) => s.total === "T3.T.NP");
    expect(t3Total?.parts).toHaveLength(19);
    expect(t3Total?.parts).toContain("T3.O.NP");
    expect(EDITIONS["2021"].totals.find((s) => s.total === "T3.T.NP")?.parts).toHaveLength(21);
  });

  it("accepts signed changes and amounts with their unit, and rejects what they cannot be", () => {
    const ok = fromCells(
      {
        "T2.licensing.previous": 120,
        "T2.licensing.change": -3,
        "T2.penalties.change": 1036,
        "T2.procurement.amount": "251000元",
        "T2.procurement.count": 4,
      },
      report(),
    );
    expect(ok.ok, JSON.stringify(ok.diagnostics)).toBe(true);
    expect(toCells(ok.report as never)["T2.licensing.change"]).toBe(-3);
    const bad = fromCells(
      { "T2.licensing.previous": -3, "T2.procurement.amount": "25 万" },
      report(),
    );
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d) => d.path).sort()).toEqual([
      "/tables/T2/licensing/previous",
      "/tables/T2/procurement/amount",
    ]);
  });

  it("fills 总计 from its parts with its own identities", () => {
    const start = fromCells(
      Object.fromEntries(
        e.cells
          .filter(
            (c) => c.id.startsWith("T3.") && !/^T3\.(T|R\d)\./.test(c.id) && !c.id.endsWith(".TOT"),
          )
          .map((c) => [c.id, 1]),
      ),
      report(),
    ).report;
    if (!start) throw new Error("not a report");
    const { report: filled } = fillTotals(start);
    const cells = toCells(filled);
    expect(cells["T3.T.NP"]).toBe(19);
    expect(cells["T3.T.TOT"]).toBe(19 * 6);
  });

  it("keeps a 2019 report apart from a 2021 one: the other edition's cells are refused", () => {
    const r = report() as unknown as { tables: { T3: Record<string, unknown> } };
    r.tables.T3.O1 = { NP: 0 };
    const parsed = parseReport(r);
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics[0]?.path).toBe("/tables/T3/O1");
  });
});
