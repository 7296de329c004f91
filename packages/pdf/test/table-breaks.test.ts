import { createPdfRenderer, type PdfRenderer } from "@zfxxgk/pdf";
import { editionOf, type LayoutCell, parseReport, type Report, tableLayout } from "@zfxxgk/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable } from "../../../test/support/browser.js";
import { loadExamples } from "../../../test/support/examples.js";
import { pdfText, pdfWords, squeeze } from "./support/poppler.js";

// The page breaks come from the report CSS of @zfxxgk/render (its print rules), so a browser
// printing the HTML breaks the same way; printed here with the bundled fonts, which a plain
// browser on a machine without Chinese fonts lacks.

const available = browserAvailable();
const MM = 72 / 25.4;

interface Printed {
  /** Each page's text in drawing order, whitespace removed. */
  readonly pages: string[];
  /** Where the lowest word of each page ends, in points from the top. */
  readonly bottoms: number[];
  readonly pageHeight: number;
}

const examples = loadExamples().map((e) => {
  const parsed = parseReport(e.json);
  if (!parsed.ok || !parsed.report) throw new Error(`example ${e.name} does not parse`);
  return { name: e.name, report: parsed.report };
});

async function print(renderer: PdfRenderer, report: Report): Promise<Printed> {
  const pdf = await renderer.render(report);
  const words = pdfWords(pdf);
  const count = Math.max(...words.map((w) => w.page));
  const pages: string[] = [];
  const bottoms: number[] = [];
  for (let n = 1; n <= count; n++) {
    pages.push(squeeze(pdfText(pdf, "-raw", "-f", String(n), "-l", String(n))));
    // The page number sits below the text block; only the text block counts.
    const text = words.filter((w) => w.page === n && !/^(—|\d+)$/.test(w.text));
    bottoms.push(Math.max(...text.map((w) => w.yMin)));
  }
  return { pages, bottoms, pageHeight: 297 * MM };
}

const labelOf = (cell: LayoutCell | undefined) =>
  cell && cell.type !== "data"
    ? squeeze(cell.label["zh-Hans"] + (cell.note?.["zh-Hans"] ?? ""))
    : "";

/** The pages whose text holds the label whole. */
const pagesWith = (printed: Printed, label: string) =>
  printed.pages.flatMap((text, i) => (text.includes(label) ? [i + 1] : []));

describe.skipIf(!available)("long tables break between rows when printed", () => {
  let renderer: PdfRenderer;
  beforeAll(async () => {
    renderer = await createPdfRenderer({ concurrency: 2 });
  });
  afterAll(async () => {
    await renderer?.close();
  });

  for (const { name, report } of examples) {
    it(`${name}: every row label whole on one page, head rows with the rows they head, pages filled`, async () => {
      const printed = await print(renderer, report);
      const grid = editionOf(report.edition).grid;
      for (const table of grid.tables) {
        // A 2008–2018 statistics table is printed with its rows as the report printed them.
        const printedRows = "statistics" in report ? report.statistics?.rows : undefined;
        if (printedRows) {
          // (the page text is read without the spaces a printed label may carry)
          for (const { label } of printedRows)
            expect(
              pagesWith(printed, label.replace(/\s+/g, "")),
              `${table.id}: ${label}`,
            ).not.toEqual([]);
          continue;
        }
        const layout = tableLayout(table);
        const rowLabels = layout.body.map((row) => labelOf(row.find((c) => c.type !== "data")));
        for (const label of rowLabels) {
          if (label) expect(pagesWith(printed, label), `${table.id}: ${label}`).not.toEqual([]);
        }
        // An in-body caption or column-header row is on a page with the next labelled row.
        layout.body.forEach((row, i) => {
          const heads = isHeadRow(row);
          const next = rowLabels
            .slice(i + 1)
            .find((l, j) => l && !isHeadRow(layout.body[i + 1 + j]));
          if (!heads || !next) return;
          const at = new Set(pagesWith(printed, next));
          const label = labelOf(row[0]);
          expect(
            pagesWith(printed, label).some((p) => at.has(p)),
            `${table.id}: ${label} alone at a page foot`,
          ).toBe(true);
        });
      }
      // No page before the last ends much above the foot of its text block (37 mm top, 35 mm bottom
      // margin): a table kept whole where it could flow left 40% of a page blank.
      const top = 37 * MM;
      const textBlock = printed.pageHeight - top - 35 * MM;
      // A 2008–2018 report's 附表 starts on a page of its own, so the page before it may end early.
      const appendix = "statistics" in report && report.statistics;
      const appendixPage = appendix ? printed.pages.findIndex((t) => t.includes("附表")) : -1;
      printed.bottoms.slice(0, -1).forEach((bottom, i) => {
        if (i === appendixPage - 1) return;
        expect((bottom - top) / textBlock, `page ${i + 1} filled`).toBeGreaterThan(0.75);
      });
    });
  }

  it("repeats a table's head rows on every page it continues to", async () => {
    const report = examples.find((r) => r.name === "synthetic-city-2024")?.report;
    if (!report) throw new Error("examples/synthetic-city-2024.json is missing");
    const printed = await print(renderer, report);
    const grid = editionOf(report.edition).grid;
    const spanning = grid.tables
      .map((table) => tableLayout(table))
      .filter((layout) => layout.head.length > 0)
      .map((layout) => {
        const first = labelOf(layout.head[0]?.find((c) => c.type === "header"));
        const rows = layout.body.map((row) => labelOf(row.find((c) => c.type !== "data")));
        const pages = new Set(rows.filter(Boolean).flatMap((l) => pagesWith(printed, l)));
        return { id: layout.table.id, first, pages: [...pages] };
      })
      .filter((t) => t.pages.length > 1);
    expect(spanning.length, "a table of this report spans pages").toBeGreaterThan(0);
    for (const table of spanning) {
      for (const p of table.pages) {
        expect(printed.pages[p - 1], `${table.id}: head on page ${p}`).toContain(table.first);
      }
      // …and never on a page without one of its rows (a lone head at a page foot).
      for (const p of pagesWith(printed, table.first)) expect(table.pages).toContain(p);
    }
  });
});

function isHeadRow(row: readonly LayoutCell[] | undefined): boolean {
  return (
    !!row && row.every((c) => c.type === "caption" || (c.type === "header" && c.scope === "col"))
  );
}
