import type { Diagnostic } from "@zfxxgk/schema";
import type { RowEntry, TableIndex } from "../grid-index.js";
import { at, diagnostic } from "../located.js";
import type { Line, Token } from "../types.js";

/**
 * Bare one-cell-per-line text (a table copied out of a page with every cell on its own line and
 * nothing else), or columns set apart by spaces: a blank cell leaves no line and no field, so a row that reads fewer values than it has cells
 * does not say which of its cells were blank. Every order-keeping placement of the values in the
 * cells is tried against the row's own identities (a blank adding nothing); a cell on which every
 * consistent placement agrees is taken (a value, or blank), the others stay blank, and the finding
 * `parse/blanks-undecided` names them. Nothing is guessed.
 */

/** Placements tried at most (15 cells with 7 values is 6,435). */
const MAX_PLACEMENTS = 20_000;
/** A figure an identity can add (a mark such as `—` cannot be added). */
const NUMBER = /^[+-]?[0-9]+(?:\.[0-9]+)?$/;

/**
 * Whether the values of a row came from text where blanks leave no trace: bare lines, or columns
 * set apart by spaces (a `|` or a tab line has a field for each blank; so has an HTML row).
 */
export function isBareRun(lines: readonly Line[]): boolean {
  return (
    lines.length > 0 &&
    lines.every(
      (l) =>
        l.where.source === "text" &&
        l.dropped === undefined &&
        !SEPARATED.test(l.text) &&
        (l.row || l.tokens.length === 1),
    )
  );
}
const SEPARATED = /[|｜\t]/;

/** Digits run together that no one prints as one count: `000`, `002` (a narrow column's cells). */
const LEADING_ZERO = /^0[0-9]+$/;

/**
 * Values of a space-aligned row whose narrow columns ran their digits together (`0   0   000`):
 * when cutting each such field into its digits gives exactly the row's cells, those are the cells
 * (each keeps its place in the line). Undefined otherwise.
 */
export function cutRunDigits(values: readonly Token[], cells: number): Token[] | undefined {
  if (!values.some((t) => LEADING_ZERO.test(t.text))) return undefined;
  const out = values.flatMap((t) =>
    LEADING_ZERO.test(t.text)
      ? [...t.text].map((d, i) => ({
          text: d,
          where: t.where.source === "text" ? { ...t.where, column: t.where.column + i } : t.where,
        }))
      : [t],
  );
  return out.length === cells ? out : undefined;
}

export interface Placed {
  /** The token each cell takes; undefined for a cell left blank (decided or not). */
  readonly cells: readonly (Token | undefined)[];
  readonly diagnostic: Diagnostic;
}

/** Places `values` (fewer than the row's cells) in the row by its identities. */
export function placeBare(row: RowEntry, values: readonly Token[], index: TableIndex): Placed {
  const n = row.cells.length;
  const k = values.length;
  const numbers = values.map((t) => (NUMBER.test(t.text.trim()) ? Number(t.text) : undefined));
  const consistent: number[][] = [];
  let tried = 0;
  const positions: number[] = [];
  const fits = (pos: readonly number[]) => {
    const value = (cell: number) => {
      const i = pos.indexOf(cell);
      return i < 0 ? 0 : numbers[i];
    };
    return row.sums.every((s) => {
      const side = (cells: readonly number[]) =>
        cells.reduce<number | undefined>((sum, c) => {
          const v = value(c);
          return sum === undefined || v === undefined ? undefined : sum + v;
        }, 0);
      const left = side(s.left);
      const right = side(s.right);
      return left === undefined || right === undefined || left === right;
    });
  };
  const walk = (from: number) => {
    if (tried > MAX_PLACEMENTS) return;
    if (positions.length === k) {
      tried++;
      if (fits(positions)) consistent.push([...positions]);
      return;
    }
    for (let c = from; c <= n - (k - positions.length); c++) {
      positions.push(c);
      walk(c + 1);
      positions.pop();
    }
  };
  walk(0);
  const undecidable = tried > MAX_PLACEMENTS || consistent.length === 0;
  // per cell: the value index every placement puts there (-1: blank in all), or undefined
  const agreed = row.cells.map((_, cell) => {
    if (undecidable) return undefined;
    const [first, ...rest] = consistent.map((pos) => pos.indexOf(cell));
    return rest.every((x) => x === first) ? first : undefined;
  });
  const cells = agreed.map((i) => (i === undefined || i < 0 ? undefined : values[i]));
  const open = row.cells.filter((_, c) => agreed[c] === undefined);
  const where = values[0]?.where;
  return {
    cells,
    diagnostic: diagnostic(
      open.length ? "parse/blanks-undecided" : "parse/blanks-placed",
      open.length ? "warning" : "info",
      {
        path: (open[0] ?? row.cells[0])?.pointer ?? `/tables/${index.table.id}`,
        cells: (open.length ? open : row.cells).map((c) => c.id),
        expected: n,
        actual: k,
        params: {
          ...(where ? at(where) : {}),
          row: row.label,
          candidates: undecidable ? (tried > MAX_PLACEMENTS ? -1 : 0) : consistent.length,
          decided: n - open.length,
        },
      },
    ),
  };
}
