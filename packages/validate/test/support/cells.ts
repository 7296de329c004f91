import { cellById, type Report, readCell, writeCell } from "@zfxxgk/schema";

function def(id: string) {
  const cell = cellById(id);
  if (!cell) throw new Error(`unknown cell ${id}`);
  return cell;
}

/** Sets a cell by id (any value, so tests can write marks, blanks or garbage). */
export function set(report: Report, id: string, value: unknown): void {
  writeCell(report, def(id), value);
}

export function get(report: Report, id: string): unknown {
  return readCell(report, def(id));
}

/** Adds n to a numeric cell. */
export function bump(report: Report, id: string, n = 1): void {
  set(report, id, (get(report, id) as number) + n);
}
