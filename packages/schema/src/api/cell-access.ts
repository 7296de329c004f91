import type { CellDef } from "../grid/cells.js";

/** The value at a cell's place in a report-shaped object (undefined when absent). */
export function readCell(report: unknown, cell: CellDef): unknown {
  let node = report;
  for (const key of cell.path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Writes a value at a cell's place, creating the table objects on the way. */
export function writeCell(report: object, cell: CellDef, value: unknown): void {
  const { path } = cell;
  const last = path.length - 1;
  let node = report as Record<string, unknown>;
  // an index loop, no copy of the path: a parse writes every cell of the edition
  for (let i = 0; i < last; i++) {
    const key = path[i] as string;
    const next = node[key];
    if (typeof next === "object" && next !== null) node = next as Record<string, unknown>;
    else node = node[key] = {};
  }
  node[path[last] as string] = value;
}
