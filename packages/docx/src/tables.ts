import { cellText } from "@zfxxgk/render";
import {
  type CellDef,
  type LayoutCell,
  type Locale,
  type Report,
  readCell,
  type TableGrid,
  tableLayout,
} from "@zfxxgk/schema";
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  type TableVerticalAlign,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Typography } from "./typography.js";

const TWIPS_PER_MM = 1440 / 25.4;
/**
 * A value column holds a figure of this many digits on one line. Digits are measured at 0.64 em,
 * the widest of the faces a suite may put in for the official one (DejaVu Sans in LibreOffice).
 */
const VALUE_DIGITS = 5;
const DIGIT_EM = 0.64;
/** A column header wraps to lines of at most this many characters. */
const HEADER_LINE = 4;
/** A row label stays on one line up to this many characters; a column is never narrower than 2. */
const MAX_LABEL = 14;
const MIN_LABEL = 2;
/** Horizontal cell padding in em: as the HTML table, halved where a table is dense (table 四). */
const PAD = 0.3;
const DENSE_PAD = 0.15;
const LINE_HEIGHT = 1.4;

/** What a data cell prints, as in the HTML: blank stays empty, marks as written, changes with their sign. */
export function valueText(report: Report | undefined, cell: CellDef): string {
  return report ? cellText(cell, readCell(report, cell)).text : "";
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const borders = { top: border, bottom: border, left: border, right: border } as const;

/** How a table is set: its column widths (twips), type size (points) and cell padding (em). */
export interface TableSetting {
  readonly widths: readonly number[];
  readonly size: number;
  readonly pad: number;
}

/**
 * Column widths for a table as wide as the text block. A value column holds a five-digit figure
 * and its column header on two lines; the row-label columns share the rest by their longest
 * label, a label merged down over rows counting as wrapped over them. Where the value columns do
 * not fit at the table's type size (table 四: fifteen of them), padding is halved and the type
 * made smaller, in half points, until they do.
 */
export function tableSetting(
  rows: readonly (readonly LayoutCell[])[],
  width: number,
  textWidth: number,
  baseSize: number,
): TableSetting {
  const value = Array.from({ length: width }, () => false);
  const header = Array.from({ length: width }, () => 0);
  const label = Array.from({ length: width }, () => 0);
  forEachPlaced(rows, (cell, _row, column) => {
    if (cell.colspan !== 1) return;
    if (cell.type === "data") {
      value[column] = true;
      return;
    }
    const chars = [...cell.label["zh-Hans"]].length;
    header[column] = Math.max(header[column] ?? 0, Math.min(HEADER_LINE, Math.ceil(chars / 2)));
    const line = cell.rowspan > 1 ? Math.ceil(chars / cell.rowspan) : chars;
    label[column] = Math.max(label[column] ?? 0, Math.min(MAX_LABEL, line));
  });
  const values = value.filter(Boolean).length;
  const labels = width - values;
  const em = (pad: number) => ({
    value: (c: number) => Math.max(VALUE_DIGITS * DIGIT_EM, header[c] ?? 0) + 2 * pad,
    label: (c: number) => Math.max(MIN_LABEL, label[c] ?? 0) + 2 * pad,
  });
  const fits = (size: number, pad: number) =>
    values * (VALUE_DIGITS * DIGIT_EM + 2 * pad) + labels * (MIN_LABEL + 2 * pad) <=
    textWidth / (size * 20);
  let size = baseSize;
  let pad = PAD;
  if (!fits(size, pad)) pad = DENSE_PAD;
  while (!fits(size, pad) && size > 6) size -= 0.5;
  const twips = size * 20;
  const want = em(pad);
  const columns = Array.from({ length: width }, (_, c) => c);
  const valueColumns = columns.filter((c) => value[c]);
  const labelColumns = columns.filter((c) => !value[c]);
  const widthEm = textWidth / twips;
  let valueEm = valueColumns.map((c) => want.value(c));
  const valueTotal = () => valueEm.reduce((a, b) => a + b, 0);
  const labelMin = labelColumns.length * (MIN_LABEL + 2 * pad);
  // column headers wrap further before row labels go below their minimum
  if (valueTotal() + labelMin > widthEm)
    valueEm = valueColumns.map(() => VALUE_DIGITS * DIGIT_EM + 2 * pad);
  const out = Array.from({ length: width }, () => 0);
  if (labelColumns.length === 0) {
    const scale = widthEm / valueTotal();
    valueColumns.forEach((c, i) => {
      out[c] = (valueEm[i] ?? 0) * scale;
    });
  } else {
    valueColumns.forEach((c, i) => {
      out[c] = valueEm[i] ?? 0;
    });
    const rest = widthEm - valueTotal();
    const wanted = labelColumns.map((c) => want.label(c));
    const total = wanted.reduce((a, b) => a + b, 0);
    labelColumns.forEach((c, i) => {
      out[c] = ((wanted[i] ?? 0) / total) * rest;
    });
  }
  const widths = out.map((w) => Math.floor(w * twips));
  widths[width - 1] = (widths[width - 1] ?? 0) + textWidth - widths.reduce((a, b) => a + b, 0);
  return { widths, size, pad };
}

/** Calls back with each layout cell and the grid column it starts at (rowspans taken into account). */
export function forEachPlaced(
  rows: readonly (readonly LayoutCell[])[],
  visit: (cell: LayoutCell, row: number, column: number) => void,
): void {
  const covered: number[] = [];
  rows.forEach((cells, r) => {
    let column = 0;
    for (const cell of cells) {
      while ((covered[column] ?? 0) > r) column++;
      visit(cell, r, column);
      for (let c = column; c < column + cell.colspan; c++) covered[c] = r + cell.rowspan;
      column += cell.colspan;
    }
  });
}

export interface TableOptions {
  readonly locale: Locale;
  readonly text: (s: string) => string;
  readonly type: Typography;
}

/** Width of the text block in twips: a table is as wide. */
export const textWidthOf = (type: Typography) =>
  Math.round((210 - type.margin.left - type.margin.right) * TWIPS_PER_MM);

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A paragraph of a table cell in the table's type (or `size` points), line-height 1.4 as in the HTML table. */
export function cellParagraph(
  type: Typography,
  text: string,
  alignment: Alignment,
  { indent = {}, size = type.size.table }: { indent?: { left?: number }; size?: number } = {},
): Paragraph {
  const name = type.fonts.table.name;
  return new Paragraph({
    alignment,
    indent: { firstLine: 0, ...indent },
    // an exact pitch: "1.4 lines" of a fallback CJK face with tall ascenders is twice the size
    spacing: {
      before: 0,
      after: 0,
      line: Math.round(size * LINE_HEIGHT * 20),
      lineRule: LineRuleType.EXACT,
    },
    children: [
      new TextRun({
        text,
        size: Math.round(size * 2),
        font: { eastAsia: name, ascii: name, hAnsi: name },
      }),
    ],
  });
}

/** A bordered table cell of the given width (twips), padded 0.2em `pad`em as in the HTML table. */
export function tableCell(
  type: Typography,
  children: Paragraph[],
  width: number,
  verticalAlign: TableVerticalAlign,
  {
    size = type.size.table,
    pad = PAD,
    ...span
  }: { size?: number; pad?: number; columnSpan?: number; rowSpan?: number } = {},
): TableCell {
  const padY = Math.round(size * 0.2 * 20);
  const padX = Math.round(size * pad * 20);
  return new TableCell({
    children,
    ...span,
    verticalAlign,
    width: { size: width, type: WidthType.DXA },
    borders,
    margins: { top: padY, bottom: padY, left: padX, right: padX },
  });
}

/** One official table drawn from the grid, with the layout's merges and header rows repeated. */
export function wordTable(
  table: TableGrid,
  report: Report | undefined,
  { locale, text, type }: TableOptions,
): Table {
  const layout = tableLayout(table);
  const textWidth = textWidthOf(type);
  const all = [...layout.head, ...layout.body];
  const { widths, size, pad } = tableSetting(all, layout.width, textWidth, type.size.table);
  const line = (s: string, alignment: Alignment) => cellParagraph(type, s, alignment, { size });
  const spanWidth = (column: number, colspan: number) =>
    widths.slice(column, column + colspan).reduce((a, b) => a + b, 0);

  const rows: TableRow[] = [];
  const placed: { cell: LayoutCell; column: number }[][] = all.map(() => []);
  forEachPlaced(all, (cell, r, column) => placed[r]?.push({ cell, column }));
  placed.forEach((cells, r) => {
    const header = r < layout.head.length;
    rows.push(
      new TableRow({
        ...(header ? { tableHeader: true } : {}),
        cantSplit: true,
        children: cells.map(({ cell, column }) => {
          const children =
            cell.type === "data"
              ? [line(valueText(report, cell.cell), AlignmentType.CENTER)]
              : [
                  line(
                    text(cell.label[locale]),
                    cell.type === "corner" || cell.scope === "row"
                      ? AlignmentType.LEFT
                      : AlignmentType.CENTER,
                  ),
                  ...(cell.type === "header" && cell.note
                    ? [line(text(cell.note[locale]), AlignmentType.LEFT)]
                    : []),
                ];
          return tableCell(
            type,
            children,
            spanWidth(column, cell.colspan),
            // a row group's label may be cut by a page break: at the top it stays on one page
            !header && cell.rowspan > 1 ? VerticalAlign.TOP : VerticalAlign.CENTER,
            { size, pad, columnSpan: cell.colspan, rowSpan: cell.rowspan },
          );
        }),
      }),
    );
  });
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}
