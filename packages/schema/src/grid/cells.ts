import { leaves } from "./tree.js";
import type { CellKind, EditionGrid, GridNode, Label, Locale, TableGrid } from "./types.js";

/** One data cell of an official table. */
export interface CellDef {
  /** Stable id, e.g. `T3.R1.NP`, `T4.RV.pend`, `T2.regulations.issued`, `T2.fees`. */
  readonly id: string;
  readonly table: TableGrid;
  readonly kind: CellKind;
  /** Property path of the value inside a report, e.g. `["tables", "T3", "R1", "NP"]`. */
  readonly path: readonly string[];
  /** JSON Pointer of the value inside a report, e.g. `/tables/T3/R1/NP`. */
  readonly pointer: string;
  /** Row headers from the outermost in (table 二: block caption, then row label). */
  readonly row: readonly RowLabel[];
  /** Column headers from the outermost in. */
  readonly column: readonly Label[];
  /** The unit printed for the cell's row, if the grid gives one (统计表). */
  readonly unit?: Label;
}

export interface RowLabel {
  readonly label: Label;
  readonly note?: Label;
}

export function tableCells(table: TableGrid): CellDef[] {
  const make = (
    keys: readonly string[],
    row: RowLabel[],
    column: Label[],
    nodes: readonly GridNode[],
    kind: CellKind,
  ) => {
    const path = ["tables", table.id, ...keys];
    const unit = nodes.find((n) => n.unit)?.unit;
    return {
      id: [table.id, ...keys].join("."),
      table,
      kind: nodes.find((n) => n.kind)?.kind ?? kind,
      path,
      pointer: `/${path.join("/")}`,
      row,
      column,
      ...(unit ? { unit } : {}),
    } satisfies CellDef;
  };
  const rowLabels = (path: readonly GridNode[]): RowLabel[] =>
    path.map((n) => (n.note ? { label: n.label, note: n.note } : { label: n.label }));

  if (table.layout === "blocks") {
    return table.blocks.flatMap((block) =>
      block.rows.flatMap((row) => {
        const rowPath = [{ label: block.caption }, ...rowLabels([row])];
        return leaves(block.columns).map((col) =>
          make(
            [row.key ?? "", ...col.keys],
            rowPath,
            col.path.map((n) => n.label),
            [row, ...col.path],
            block.kind,
          ),
        );
      }),
    );
  }
  const rows = table.rows.length ? leaves(table.rows) : [{ path: [], keys: [] }];
  const columns = leaves(table.columns);
  return rows.flatMap((r) =>
    columns.map((c) =>
      make(
        [...r.keys, ...c.keys],
        rowLabels(r.path),
        c.path.map((n) => n.label),
        [...r.path, ...c.path],
        table.kind,
      ),
    ),
  );
}

export function editionCells(grid: EditionGrid): CellDef[] {
  return grid.tables.flatMap(tableCells);
}

/** Official labels of a cell in one language, joined per axis with " / ". */
export function describeCell(cell: CellDef, locale: Locale = "zh-Hans") {
  return {
    table: cell.table.title[locale],
    row: cell.row.map((r) => r.label[locale]).join(" / "),
    column: cell.column.map((c) => c[locale]).join(" / "),
  };
}
