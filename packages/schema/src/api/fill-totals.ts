import { EDITIONS, type Report } from "../editions/index.js";
import { writeCell } from "./cell-access.js";
import { toCells } from "./cells.js";

export interface FilledTotal {
  readonly id: string;
  readonly value: number;
  readonly from: readonly string[];
}

/**
 * Fills blank 总计 cells from their parts, where every part is a number. Returns a new report and
 * the list of cells it filled; cells that already hold a value are never changed.
 */
export function fillTotals<R extends Report>(report: R): { report: R; filled: FilledTotal[] } {
  const values = toCells(report);
  const filled: FilledTotal[] = [];
  const edition = EDITIONS[report.edition];
  for (const sum of edition.totals) {
    if (values[sum.total] !== null) continue;
    const parts = sum.parts.map((id) => values[id]);
    if (!parts.every((v): v is number => typeof v === "number")) continue;
    const value = parts.reduce((a, b) => a + b, 0);
    values[sum.total] = value;
    filled.push({ id: sum.total, value, from: sum.parts });
  }
  const next = structuredClone(report);
  for (const { id, value } of filled) {
    const cell = edition.cellIndex.get(id);
    if (!cell) continue;
    writeCell(next, cell, value);
  }
  return { report: next, filled };
}
