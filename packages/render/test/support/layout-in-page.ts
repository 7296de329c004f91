import type { PlacedCell } from "./grid.js";

/**
 * Runs in the page: every cell of every `table[data-table]` placed by where the browser drew it
 * (its box edges against the distinct column and row edges), not by reading the span attributes.
 */
export function measureTables(): Record<string, PlacedCell[]> {
  const TOLERANCE = 2;
  const clusters = (values: number[]) => {
    const starts: number[] = [];
    for (const v of [...values].sort((a, b) => a - b)) {
      const last = starts[starts.length - 1];
      if (last === undefined || v - last > TOLERANCE) starts.push(v);
    }
    return starts;
  };
  const indexOf = (starts: number[], v: number) =>
    starts.findIndex((s) => Math.abs(s - v) <= TOLERANCE);
  const spanOf = (starts: number[], from: number, to: number) =>
    starts.filter((s) => s >= from - TOLERANCE && s < to - TOLERANCE).length;

  const out: Record<string, PlacedCell[]> = {};
  for (const table of Array.from(
    document.querySelectorAll<HTMLTableElement>("table[data-table]"),
  )) {
    const cells = Array.from(table.querySelectorAll<HTMLTableCellElement>("th, td"));
    const rects = cells.map((c) => c.getBoundingClientRect());
    const xs = clusters(rects.map((r) => r.left));
    const ys = clusters(rects.map((r) => r.top));
    out[table.dataset.table ?? "?"] = cells
      .map((cell, i) => {
        const r = rects[i] as DOMRect;
        const id = cell.dataset.cell;
        const base = {
          row: indexOf(ys, r.top),
          col: indexOf(xs, r.left),
          rowspan: spanOf(ys, r.top, r.bottom),
          colspan: spanOf(xs, r.left, r.right),
        };
        return id ? { ...base, text: "", cell: id } : { ...base, text: cell.textContent ?? "" };
      })
      .sort((a, b) => a.row - b.row || a.col - b.col);
  }
  return out;
}

/** Runs in the page: each table's rows in DOM order as "label@rows×cols" (spans > 1 only), "#" for data. */
export function spanLists(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const table of Array.from(
    document.querySelectorAll<HTMLTableElement>("table[data-table]"),
  )) {
    out[table.dataset.table ?? "?"] = Array.from(table.rows).map((row) =>
      Array.from(row.cells)
        .map((cell) => {
          const label = cell.dataset.cell ? "#" : (cell.textContent ?? "");
          const span =
            cell.rowSpan > 1 || cell.colSpan > 1 ? `@${cell.rowSpan}×${cell.colSpan}` : "";
          return label + span;
        })
        .join(" | "),
    );
  }
  return out;
}
