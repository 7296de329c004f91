import { paragraphRow } from "./shapes/paragraph-rows.js";
import { type Line, tableRow } from "./types.js";

/**
 * A word-processor document as the parser reads it, in reading order: paragraphs (with whether
 * their style is a heading) and table rows. A cell merged across columns is one cell at its first
 * grid column; a cell merged down from the row above is left out, as HTML leaves out the cells a
 * rowspan covers.
 */
export type DocumentBlock =
  | {
      readonly type: "paragraph";
      readonly text: string;
      readonly heading?: boolean;
      /** Index of the paragraph in the document, from 0. */
      readonly paragraph: number;
    }
  | {
      readonly type: "row";
      /** Index of the table in the document and of the row in the table, from 0. */
      readonly table: number;
      readonly row: number;
      readonly cells: readonly { readonly text: string; readonly column: number }[];
    };

const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, " ").trim();

export function documentLines(blocks: readonly DocumentBlock[]): Line[] {
  const lines: Line[] = [];
  for (const block of blocks) {
    if (block.type === "paragraph") {
      const row = paragraphRow(block.text, block.paragraph);
      if (row) {
        lines.push(row);
        continue;
      }
      const text = collapse(block.text);
      if (!text) continue;
      const where = {
        source: "docx" as const,
        table: -1,
        row: -1,
        column: -1,
        paragraph: block.paragraph,
      };
      lines.push({
        tokens: [{ text, where }],
        text,
        row: false,
        ...(block.heading ? { heading: true } : {}),
        where,
      });
      continue;
    }
    if (block.cells.length === 0) continue;
    const tokens = block.cells.map((c) => ({
      text: collapse(c.text),
      where: {
        source: "docx" as const,
        table: block.table,
        row: block.row,
        column: c.column,
        paragraph: -1,
      },
    }));
    lines.push(tableRow(tokens));
  }
  return lines;
}
