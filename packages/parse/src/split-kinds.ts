import type { CellDef, CellKind } from "@zfxxgk/schema";
import type { RowSum } from "./grid-index.js";

/** A cell's value as cut from a run: a number, or an amount as printed (money with its unit). */
export type Piece = number | string;

const WHOLE = /^(?:0|[1-9][0-9]*)$/;
const SIGNED = /^[+-]?(?:0|[1-9][0-9]*)$/;
const DECIMAL = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
const UNIT = /(万元|元)$/u;
/** Longest whole number a cell is cut to (beyond it, sums lose precision). */
const MAX_NUMBER = 15;
/** Cuts kept at most for a row; beyond that the row is left blank as undecided. */
const MAX_CUTS = 20_000;

/** What `piece` stands for in a cell of this kind, or undefined when no one prints it so. */
function pieceOf(piece: string, kind: CellKind, unit: string): Piece | undefined {
  switch (kind) {
    case "count":
      return piece.length <= MAX_NUMBER && WHOLE.test(piece) ? Number(piece) : undefined;
    case "signed":
      // `-0` is 0
      return piece.length <= MAX_NUMBER + 1 && SIGNED.test(piece) ? Number(piece) || 0 : undefined;
    case "amount":
      return DECIMAL.test(piece) ? piece : undefined;
    case "money":
      return DECIMAL.test(piece) ? piece + unit : undefined;
  }
}

/**
 * Every way to cut a run of values printed together (`736-6318995`, `14225879.93万元`) into a
 * row's cells as each cell's kind prints it: a whole number without leading zeros, a sign only at
 * the start of a signed change, a decimal point only inside an amount, and a unit only after the
 * last cell when that is an amount. Cuts that break one of the row's identities are left out.
 * Undefined when there are too many to try.
 */
export function kindCuts(
  run: string,
  cells: readonly CellDef[],
  sums: readonly RowSum[] = [],
): Piece[][] | undefined {
  const unit = UNIT.exec(run)?.[1] ?? "";
  const last = cells.at(-1)?.kind;
  if (unit && last !== "money" && !(last === "amount" && unit === "万元")) return [];
  const body = unit ? run.slice(0, -unit.length) : run;
  const out: Piece[][] = [];
  const parts: Piece[] = [];
  let overflow = false;
  const walk = (k: number, from: number) => {
    const cell = cells[k];
    if (!cell) {
      if (!keeps(parts, sums)) return;
      if (out.length >= MAX_CUTS) overflow = true;
      else out.push([...parts]);
      return;
    }
    const left = cells.length - k - 1;
    for (let end = left === 0 ? body.length : from + 1; end <= body.length - left; end++) {
      if (overflow) return;
      const v = pieceOf(body.slice(from, end), cell.kind, left === 0 ? unit : "");
      if (v === undefined) continue;
      parts[k] = v;
      walk(k + 1, end);
    }
  };
  walk(0, 0);
  return overflow ? undefined : out;
}

function keeps(parts: readonly Piece[], sums: readonly RowSum[]): boolean {
  const side = (positions: readonly number[]) =>
    positions.reduce((n, i) => n + Number(parts[i]), 0);
  return sums.every((s) => side(s.left) === side(s.right));
}
