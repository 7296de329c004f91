import type { AppendixView } from "@zfxxgk/render";
import {
  AlignmentType,
  HeadingLevel,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { cellParagraph, tableCell, textWidthOf } from "./tables.js";
import type { Typography } from "./typography.js";

/** Width of the unit column and of a value column, in characters of the table's type. */
const UNIT_CHARS = 3.5;
const VALUE_CHARS = 5;
/** Indent of a row label per level, in characters, as the HTML's padding. */
const LEVEL_INDENT = 1.5;

/**
 * The statistics table attached to a report (附表 of the 2008–2018 format) as @zfxxgk/render
 * draws it: 附表, its title, period and 填报单位 lines, then `label | unit | values…` with the
 * rows as printed (local rows and extra columns kept), sub-rows indented by level.
 */
export function appendixBlocks(
  view: AppendixView,
  type: Typography,
  template: boolean,
): (Paragraph | Table)[] {
  const centred = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      children: [new TextRun(text)],
    });
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({
      pageBreakBefore: true,
      indent: { firstLine: 0 },
      children: [
        new TextRun({
          text: view.mark,
          font: {
            eastAsia: type.fonts.heading.name,
            ascii: type.fonts.heading.name,
            hAnsi: type.fonts.heading.name,
          },
        }),
      ],
    }),
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      children: [new TextRun(view.title)],
    }),
  ];
  if (view.period) blocks.push(centred(`（${view.period}）`));
  if (view.filler)
    blocks.push(
      new Paragraph({
        indent: { firstLine: 0 },
        children: [new TextRun(`${view.fillerLabel}${view.filler}`)],
      }),
    );

  const em = type.size.table * 20;
  const textWidth = textWidthOf(type);
  const unit = Math.round(UNIT_CHARS * em);
  const value = Math.round(VALUE_CHARS * em);
  const label = textWidth - unit - value * view.columns.length;
  const widths = [label, unit, ...view.columns.map(() => value)];
  const cell = (column: number, paragraph: Paragraph) =>
    tableCell(type, [paragraph], widths[column] ?? value, VerticalAlign.CENTER);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [view.indicator, view.unit, ...view.columns].map((text, c) =>
      cell(c, cellParagraph(type, text, AlignmentType.CENTER)),
    ),
  });
  const rows = view.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            0,
            cellParagraph(type, row.label, AlignmentType.LEFT, {
              indent: { left: Math.round(row.level * LEVEL_INDENT * em) },
            }),
          ),
          cell(1, cellParagraph(type, row.unit, AlignmentType.CENTER)),
          ...row.cells.map((c, k) =>
            cell(k + 2, cellParagraph(type, template ? "" : c.text, AlignmentType.CENTER)),
          ),
        ],
      }),
  );
  blocks.push(
    new Table({
      rows: [header, ...rows],
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
    }),
  );
  return blocks;
}
