import type { Diagnostic } from "@zfxxgk/schema";
import type { RowEntry, RowSum, TableIndex } from "../grid-index.js";
import { at, diagnostic } from "../located.js";
import type { Token } from "../types.js";

/** A figure an identity can add (a mark such as `—` cannot; nor can a blank, a total left out). */
const NUMBER = /^[+-]?[0-9]+(?:\.[0-9]+)?$/;

/**
 * The cells (positions in the row) of the row's own identities that the values given to it
 * break: Σ left ≠ Σ right. An identity holding a mark or a blank is not checked.
 */
export function brokenCells(row: RowEntry, values: readonly Token[]): number[] {
  const broken = new Set<number>();
  for (const [s, left, right] of sides(row, values)) {
    if (left === undefined || right === undefined || Math.abs(left - right) < 1e-9) continue;
    for (const c of [...s.left, ...s.right]) broken.add(c);
  }
  return [...broken].sort((a, b) => a - b);
}

/** Whether the values keep one of the row's totals that is not 0 (and break none). */
export function keepsTotal(row: RowEntry, values: readonly Token[]): boolean {
  const all = sides(row, values);
  return (
    all.some(([, left, right]) => left !== undefined && left > 0 && left === right) &&
    brokenCells(row, values).length === 0
  );
}

type Sides = [RowSum, number | undefined, number | undefined];

function sides(row: RowEntry, values: readonly Token[]): Sides[] {
  const figure = (cell: number) => {
    const text = values[cell]?.text.trim() ?? "";
    return NUMBER.test(text) ? Number(text) : undefined;
  };
  const side = (cells: readonly number[]) =>
    cells.reduce<number | undefined>((sum, c) => {
      const v = figure(c);
      return sum === undefined || v === undefined ? undefined : sum + v;
    }, 0);
  return row.sums.map((s) => [s, side(s.left), side(s.right)]);
}

/**
 * Values given to a row by the order an extraction printed them in (labels and values in separate
 * runs, digits of narrow columns run together), which break the row's own total: that order is
 * not the table's, and the cells of the broken identities are left blank, named by the finding.
 */
export function orderUndecided(
  index: TableIndex,
  row: RowEntry,
  values: readonly Token[],
  broken: readonly number[],
): Diagnostic {
  const cells = broken.flatMap((n) => row.cells[n] ?? []);
  const where = values[0]?.where;
  return diagnostic("parse/order-undecided", "warning", {
    path: cells[0]?.pointer ?? `/tables/${index.table.id}`,
    cells: cells.map((c) => c.id),
    actual: values.map((v) => v.text || "∅").join(" "),
    params: { ...(where ? at(where) : {}), row: row.label },
  });
}
