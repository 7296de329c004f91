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
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Typography } from "./typography.js";

const TWIPS_PER_MM = 1440 / 25.4;
/** Width of a data column relative to one character of a label. */
const DATA_WEIGHT = 3.5;
const MAX_LABEL_WEIGHT = 14;
const MIN_LABEL_WEIGHT = 3;

/** What a data cell prints, as in the HTML: blank stays empty, marks as written, changes with their sign. */
export function valueText(report: Report | undefined, cell: CellDef): string {
  return report ? cellText(cell, readCell(report, cell)).text : "";
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const borders = { top: border, bottom: border, left: border, right: border } as const;

/**
 * Column widths in twips for a table as wide as the text block: a label column as wide as its
 * longest single-column label (within bounds), data columns alike.
 */
function columnWidths(rows: readonly (readonly LayoutCell[])[], width: number, textWidth: number) {
  const weight = Array.from({ length: width }, () => 0);
  forEachPlaced(rows, (cell, _row, column) => {
    if (cell.colspan !== 1) return;
    const w =
      cell.type === "data"
        ? DATA_WEIGHT
        : Math.min(
            MAX_LABEL_WEIGHT,
            Math.max(MIN_LABEL_WEIGHT, cell.label["zh-Hans"].length / 2.5),
          );
    weight[column] = Math.max(weight[column] ?? 0, w);
  });
  for (let c = 0; c < width; c++) if (!weight[c]) weight[c] = DATA_WEIGHT;
  const total = weight.reduce((a, b) => a + b, 0);
  const widths = weight.map((w) => Math.floor((w / total) * textWidth));
  widths[width - 1] = (widths[width - 1] ?? 0) + textWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
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

/** A paragraph of a table cell in the table's type, line-height 1.4 as in the HTML table. */
export function cellParagraph(
  type: Typography,
  text: string,
  alignment: Alignment,
  indent: { readonly left?: number } = {},
): Paragraph {
  const name = type.fonts.table.name;
  return new Paragraph({
    alignment,
    indent: { firstLine: 0, ...indent },
    spacing: { before: 0, after: 0, line: 336, lineRule: LineRuleType.AUTO },
    children: [
      new TextRun({
        text,
        size: Math.round(type.size.table * 2),
        font: { eastAsia: name, ascii: name, hAnsi: name },
      }),
    ],
  });
}

/** A bordered table cell of the given width (twips), padded 0.2em 0.3em as in the HTML table. */
export function tableCell(
  type: Typography,
  children: Paragraph[],
  width: number,
  verticalAlign: (typeof VerticalAlign)[keyof typeof VerticalAlign],
  span: { readonly columnSpan?: number; readonly rowSpan?: number } = {},
): TableCell {
  const padY = Math.round(type.size.table * 0.2 * 20);
  const padX = Math.round(type.size.table * 0.3 * 20);
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
  const widths = columnWidths(all, layout.width, textWidth);
  const line = (s: string, alignment: Alignment) => cellParagraph(type, s, alignment);
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
            { columnSpan: cell.colspan, rowSpan: cell.rowspan },
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
