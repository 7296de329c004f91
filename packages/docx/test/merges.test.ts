import { renderDocxTemplate } from "@zfxxgk/docx";
import { appendixView } from "@zfxxgk/render";
import { EDITIONS, editionOf, emptyReport, type Report, tableLayout } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { forEachPlaced } from "../src/tables.js";
import { examples, part, wordEditions } from "./support.js";

interface Span {
  readonly row: number;
  readonly column: number;
  readonly colspan: number;
  readonly rowspan: number;
}

/** The merged cells of each table in document.xml, read from gridSpan and vMerge. */
function wordSpans(xml: string): { spans: Span[]; headerRows: number[]; gridColumns: number }[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table = ""]) => {
    const gridColumns = [...table.matchAll(/<w:gridCol\b/g)].length;
    const starts: (Span & { open: boolean })[] = [];
    const headerRows: number[] = [];
    [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].forEach(([, tr = ""], row) => {
      if (/<w:tblHeader(?: w:val="(?:true|1|on)")?\/>/.test(tr)) headerRows.push(row);
      let column = 0;
      for (const [, tc = ""] of tr.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)) {
        const colspan = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
        const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc);
        if (merge && merge[1] !== "restart") {
          const above = starts.find((s) => s.column === column && s.open);
          if (!above) throw new Error(`vMerge continue without a start at row ${row}`);
          Object.assign(above, { rowspan: above.rowspan + 1 });
          expect(above.colspan, "a vertical merge keeps its width").toBe(colspan);
        } else {
          for (const s of starts) if (s.column === column) s.open = false;
          starts.push({ row, column, colspan, rowspan: 1, open: merge?.[1] === "restart" });
        }
        column += colspan;
      }
      expect(column, `row ${row} fills the grid`).toBe(gridColumns);
    });
    return { spans: starts.map(({ open: _, ...s }) => s), headerRows, gridColumns };
  });
}

function gridSpans(report: Report, template = false) {
  // the statistics table as 附表: `indicator | unit | columns…`, one cell each, below its header row
  const appendix = appendixView(report, report.edition, "zh-Hans", (x) => x, "t", {
    always: template,
  });
  return editionOf(report.edition).grid.tables.map((table) => {
    if (table.id === appendix?.tableId) {
      const width = 2 + appendix.columns.length;
      return {
        spans: Array.from({ length: appendix.rows.length + 1 }, (_, row) =>
          Array.from({ length: width }, (_, column) => ({ row, column, colspan: 1, rowspan: 1 })),
        ).flat(),
        headerRows: [0],
        gridColumns: width,
      };
    }
    const layout = tableLayout(table);
    const spans: Span[] = [];
    forEachPlaced([...layout.head, ...layout.body], (cell, row, column) => {
      spans.push({ row, column, colspan: cell.colspan, rowspan: cell.rowspan });
    });
    return {
      spans,
      headerRows: layout.head.map((_, i) => i),
      gridColumns: layout.width,
    };
  });
}

describe("the tables' merged cells in the document XML", () => {
  it("are exactly the grid's spans, with the header rows repeated on each page", async () => {
    const editions = new Set<string>();
    for (const { name, report, docx } of examples) {
      const expected = gridSpans(report);
      const got = wordSpans(part(docx, "word/document.xml"));
      expect(got, name).toEqual(expected);
      editions.add(report.edition);
      // the layout has both kinds of merge, so the comparison tests both (a 附表 has none)
      if (expected.every((t) => t.spans.every((s) => s.colspan === 1 && s.rowspan === 1))) continue;
      const all = expected.flatMap((t) => t.spans);
      expect(
        all.some((s) => s.colspan > 1),
        name,
      ).toBe(true);
      expect(
        all.some((s) => s.rowspan > 1),
        name,
      ).toBe(true);
      expect(
        expected.some((t) => t.headerRows.length > 0),
        name,
      ).toBe(true);
    }
    expect([...editions].sort()).toEqual([...wordEditions].sort());
  });

  it("are the same in the blank template of every edition", async () => {
    for (const edition of Object.keys(EDITIONS) as (keyof typeof EDITIONS)[]) {
      const report = emptyReport({ agency: "某市某局", year: 2025, edition });
      const got = wordSpans(part(await renderDocxTemplate(report), "word/document.xml"));
      expect(got, edition).toEqual(gridSpans(report, true));
    }
  });
});
