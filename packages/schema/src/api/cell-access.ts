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
  let node = report as Record<string, unknown>;
  for (const key of cell.path.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[cell.path.at(-1) as string] = value;
}
