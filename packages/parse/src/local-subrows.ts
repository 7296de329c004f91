import type { CellDef, CellValue } from "@zfxxgk/schema";
import type { Token } from "./types.js";
import { readValue } from "./values.js";

/** A token of a table as `matchTable` sees it. */
export interface SubRowToken {
  readonly token: Token;
  /** The token reads as a value (a blank is not one). */
  readonly value: boolean;
}

/** A local sub-row: its own label and one value per cell of the official row it is part of. */
export interface SubRow {
  readonly label: Token;
  readonly values: readonly Token[];
}

/** Sub-rows a publisher may split an official row into; more is not a split but a misread. */
const MAX_SUBROWS = 12;

/**
 * Local sub-rows printed in place of an official row's values: `其他对外管理服务事项 | 行政检查 | 0 | 0 | 0
 * | 行政确认 | 0 | 0 | 0`. From `start` (just after the official label): a text that is not a label
 * the table knows, then exactly `width` values, repeated; blanks between sub-rows are skipped.
 * Returns the sub-rows and the index after them, or nothing when the tokens are not in that shape.
 */
export function readSubRows(
  tokens: readonly SubRowToken[],
  start: number,
  width: number,
  isKnownText: (i: number) => boolean,
): { rows: SubRow[]; next: number } | undefined {
  const rows: SubRow[] = [];
  let i = start;
  let next = start;
  while (rows.length < MAX_SUBROWS) {
    while (i < tokens.length && (tokens[i] as SubRowToken).token.text === "") i++;
    const label = tokens[i];
    if (!label || label.value || label.token.dataCell || isKnownText(i)) break;
    const values = tokens.slice(i + 1, i + 1 + width);
    if (values.length < width || !values.every((v) => v.value)) break;
    rows.push({ label: label.token, values: values.map((v) => v.token) });
    i += 1 + width;
    next = i;
  }
  return rows.length > 0 ? { rows, next } : undefined;
}

/**
 * The official row's cells as the column sums of its sub-rows, for the kinds that add up (counts
 * and signed changes); `undefined` for a cell whose sub-row values do not all read as numbers of
 * its kind, or whose kind is an amount or money (units and rounding are the publisher's).
 */
export function subRowSums(
  cells: readonly CellDef[],
  rows: readonly SubRow[],
): (CellValue | undefined)[] {
  return cells.map((cell, n) => {
    if (cell.kind !== "count" && cell.kind !== "signed") return undefined;
    let sum = 0;
    for (const row of rows) {
      const read = readValue((row.values[n] as Token).text, cell.kind);
      if (!read.ok || typeof read.value !== "number") return undefined;
      sum += read.value;
    }
    return sum;
  });
}
