import { textLines } from "../text-lines.js";
import type { Line } from "../types.js";

/** A paragraph that prints cells apart: `|` or tabs between them, or columns of spaces. */
const CELLS_APART = /[|｜\t]| {2,}|\u3000/u;

/**
 * A word-processor paragraph that holds a table row flattened to text (a `.txt` report opened in
 * an office suite and saved as Word: `规章 | 0 | 0 | 0 |`), read as published text reads it. Its
 * place is the paragraph as a line of the document's text (line = paragraph number, from 1), with
 * the column of each field. Undefined for any other paragraph.
 */
export function paragraphRow(text: string, paragraph: number): Line | undefined {
  if (!CELLS_APART.test(text)) return undefined;
  const [line] = textLines(text.replace(/[\r\n]+/g, " "), 1);
  if (!line || (!line.row && line.tokens.length < 2)) return undefined;
  const where = (column: number) => ({ source: "text" as const, line: paragraph + 1, column });
  return {
    ...line,
    tokens: line.tokens.map((t) => ({
      ...t,
      where: where(t.where.source === "text" ? t.where.column : 1),
    })),
    where: where(1),
  };
}
