import { type CellDef, editionOf, isMark, type Report } from "@zfxxgk/schema";

/** Every table cell of the 2021 edition, in official order; rules address cells by index. */
export const CELLS: readonly CellDef[] = editionOf("2021").cells;
const INDEX = new Map(CELLS.map((c, i) => [c.id, i]));

/** Index of a cell id; throws at module load when a rule names a cell the grid does not have. */
export function idx(id: string): number {
  const i = INDEX.get(id);
  if (i === undefined) throw new Error(`unknown cell id ${id}`);
  return i;
}

export const ids = (list: readonly number[]): string[] => list.map((i) => (CELLS[i] as CellDef).id);

/** How a cell was written: a number, left blank, or a mark such as "—". */
export const NUMBER = 0;
export const BLANK = 1;
export const MARK = 2;

/**
 * The numeric view of a report's tables: blank and marks read as 0, their state kept apart.
 * Plain arrays: a typed array of this size costs more to allocate than the whole view to fill.
 */
export interface CellView {
  readonly num: readonly number[];
  readonly state: readonly number[];
  /** What was written in the cells written as text: marks, and amounts as the decimal string published. */
  readonly raw: readonly (string | undefined)[];
}

/** Cells grouped by the object that holds them, so a report is read with one lookup per group. */
const GROUPS = (() => {
  const byParent = new Map<string, { parent: readonly string[]; keys: [string, number][] }>();
  CELLS.forEach((cell, i) => {
    const parent = cell.path.slice(0, -1);
    const key = parent.join("/");
    let group = byParent.get(key);
    if (!group) {
      group = { parent, keys: [] };
      byParent.set(key, group);
    }
    group.keys.push([cell.path.at(-1) as string, i]);
  });
  return [...byParent.values()];
})();

function readGeneric(report: Report): CellView {
  const n = CELLS.length;
  const num: number[] = new Array(n).fill(0);
  const state: number[] = new Array(n).fill(NUMBER);
  const raw: (string | undefined)[] = new Array(n);
  for (const group of GROUPS) {
    let node: unknown = report;
    for (const key of group.parent) node = (node as Record<string, unknown> | undefined)?.[key];
    const holder = node as Record<string, unknown> | undefined;
    for (const [key, i] of group.keys) classify(holder?.[key], i, num, state, raw);
  }
  return { num, state, raw };
}

function classify(
  value: unknown,
  i: number,
  num: number[],
  state: number[],
  raw: (string | undefined)[],
) {
  if (typeof value === "number") num[i] = value;
  else if (typeof value === "string") {
    raw[i] = value;
    if (isMark(value)) state[i] = MARK;
    else num[i] = Number(value);
  } else state[i] = BLANK;
}

/**
 * The same reader with every property name written out, so each read is a plain property load
 * instead of a lookup by a computed key (about five times faster on a whole report). Cell paths
 * come from the grid, never from input; where code generation is not allowed the generic reader is
 * used.
 */
function compileReader(): ((report: Report) => CellView) | undefined {
  const safe = (k: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k);
  if (!GROUPS.every((g) => g.parent.every(safe) && g.keys.every(([k]) => safe(k))))
    return undefined;
  const lines = [
    `const n = ${CELLS.length}; const num = new Array(n).fill(0); const state = new Array(n).fill(${NUMBER}); const raw = new Array(n); let h; let v;`,
  ];
  for (const g of GROUPS) {
    lines.push(`h = r${g.parent.map((k) => `?.${k}`).join("")};`);
    // classify(), written out per cell: one call per cell kept V8 from inlining it.
    for (const [key, i] of g.keys)
      lines.push(
        `v = h?.${key}; if (typeof v === "number") num[${i}] = v; else if (typeof v === "string") { raw[${i}] = v; if (isMark(v)) state[${i}] = ${MARK}; else num[${i}] = Number(v); } else state[${i}] = ${BLANK};`,
      );
  }
  lines.push("return { num, state, raw };");
  try {
    const make = new Function("isMark", `return function readCells(r) { ${lines.join("\n")} };`);
    return make(isMark) as (report: Report) => CellView;
  } catch {
    return undefined;
  }
}

export const readCells: (report: Report) => CellView = compileReader() ?? readGeneric;
export { readGeneric as readCellsGeneric };
