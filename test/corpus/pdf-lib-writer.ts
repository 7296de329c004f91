import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import {
  type CellValue,
  editionOf,
  type LayoutCell,
  type SectionedReport as Report,
  readCell,
  tableLayout,
} from "@zfxxgk/schema";
import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import { titleOf } from "./shapes.js";

/**
 * A PDF made by a tool other than our renderer (pdf-lib, untagged, with ruling lines and an embedded
 * CJK subset of Noto Serif SC): text drawn line by line at positions, as office suites and report
 * generators print. Long labels are shrunk to fit their cell, never wrapped.
 */

const require = createRequire(import.meta.url);
const FONT = join(
  dirname(require.resolve("@fontsource/noto-serif-sc/package.json")),
  "files/noto-serif-sc-chinese-simplified-400-normal.woff2",
);
const A4: [number, number] = [595, 842];
const MARGIN = 50;

const show = (v: CellValue) => (v === null ? "" : String(v));
const labelOf = (c: LayoutCell) =>
  c.type === "data" ? "" : c.label["zh-Hans"] + (c.note ? c.note["zh-Hans"] : "");

export async function pdfLibReport(
  report: Report,
  options: { text?: boolean } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(FONT), { subset: false });
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  let pageNo = 1;
  const newPage = () => {
    page.drawText(`- ${pageNo} -`, { x: A4[0] / 2 - 10, y: 25, size: 9, font });
    page = doc.addPage(A4);
    pageNo++;
    y = A4[1] - MARGIN;
  };
  const need = (h: number) => {
    if (y - h < MARGIN) newPage();
  };
  if (options.text === false) {
    // a scan: only a picture-like drawing, no text layer
    page.drawRectangle({ x: 60, y: 400, width: 400, height: 300, color: rgb(0.8, 0.8, 0.8) });
    return doc.save();
  }
  const para = (text: string, size = 11) => {
    const width = A4[0] - 2 * MARGIN;
    let line = "";
    const lines: string[] = [];
    for (const ch of text) {
      if (font.widthOfTextAtSize(line + ch, size) > width) {
        lines.push(line);
        line = "";
      }
      line += ch;
    }
    if (line) lines.push(line);
    for (const l of lines) {
      need(size * 1.6);
      y -= size * 1.6;
      page.drawText(l, { x: MARGIN, y, size, font });
    }
  };
  para(titleOf(report), 15);
  for (const p of report.preamble ?? []) para(p.text);
  const grid = editionOf(report.edition).grid;
  for (const section of grid.sections) {
    para(section.heading["zh-Hans"], 12);
    for (const b of report.sections[section.key as keyof Report["sections"]]) para(b.text);
    if ("table" in section) {
      const table = grid.tables.find((t) => t.id === section.table);
      if (table) drawTable(table, report);
    }
  }
  page.drawText(`- ${pageNo} -`, { x: A4[0] / 2 - 10, y: 25, size: 9, font });
  return doc.save();

  function drawTable(table: (typeof grid.tables)[number], r: Report) {
    const layout = tableLayout(table);
    const rows = [...layout.head, ...layout.body];
    const columns = Math.max(...rows.map((row) => row.reduce((n, c) => n + c.colspan, 0)));
    const dataColumns = Math.max(...rows.map((row) => row.filter((c) => c.type === "data").length));
    const labelColumns = Math.max(1, columns - dataColumns);
    const outerLabel = 55;
    const width = A4[0] - 2 * MARGIN;
    const labelWidth = columns > 8 ? 260 : 200;
    const colWidth = (width - labelWidth) / (columns - labelColumns);
    const xOf = (col: number) =>
      col < labelColumns
        ? MARGIN + col * outerLabel
        : MARGIN + labelWidth + (col - labelColumns) * colWidth;
    const rowHeight = 16;
    // occupied grid positions from rowspans
    const taken = new Map<number, number>();
    for (const row of rows) {
      need(rowHeight);
      y -= rowHeight;
      let col = 0;
      for (const c of row) {
        while ((taken.get(col) ?? 0) > 0) col++;
        const x = xOf(col);
        const w = xOf(col + c.colspan) - x || colWidth;
        const text = c.type === "data" ? show(readCell(r, c.cell) as CellValue) : labelOf(c);
        let size = 8;
        while (size > 3 && font.widthOfTextAtSize(text, size) > w - 8) size -= 0.5;
        if (text && c.rowspan === 1) page.drawText(text, { x: x + 2, y: y + 4, size, font });
        else if (text) page.drawText(text, { x: x + 2, y: y + 4, size, font }); // spanning labels on their first row
        page.drawLine({ start: { x, y }, end: { x: x + w, y }, thickness: 0.5 });
        for (let k = 0; k < c.colspan; k++) taken.set(col + k, c.rowspan);
        col += c.colspan;
      }
      for (const [k, v] of taken) taken.set(k, v - 1);
    }
    y -= 6;
  }
}

export type { PDFFont };
