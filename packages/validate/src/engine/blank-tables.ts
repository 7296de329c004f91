import type { Diagnostic, Label } from "@zfxxgk/schema";
import { BLANK, CELLS, type CellView } from "./cells.js";

/** The code of the one finding that stands for every per-cell finding of wholly blank tables. */
export const BLANK_TABLES = "input/blank-tables";
/** A blank cell, and a section without text, folded when nothing was filled in. */
const BLANK_CELL = "X-08";
const EMPTY_SECTION = "X-02";

/** Table id → its cells and its official title, in the official order. */
const TABLES = (() => {
  const byId = new Map<string, { title: Label; cells: number[] }>();
  CELLS.forEach((cell, i) => {
    const table = byId.get(cell.table.id) ?? { title: cell.table.title, cells: [] };
    table.cells.push(i);
    byId.set(cell.table.id, table);
  });
  return byId;
})();

export function tableTitle(id: string, locale: "zh-CN" | "en"): string {
  const title = TABLES.get(id)?.title;
  return title ? title[locale === "zh-CN" ? "zh-Hans" : "en"] : id;
}

/**
 * A table with not one cell filled in gets one finding, not one per cell: the findings that only
 * say its cells are blank (blank cells, identities assessed with blanks read as 0) are folded into a
 * single `input/blank-tables` finding naming the blank tables. A partly filled table keeps its
 * per-cell findings. When every table is blank the report has not been filled in, and the
 * empty-section findings are folded too.
 */
export function foldBlankTables(cells: CellView, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const blank = [...TABLES].filter(([, t]) => t.cells.every((i) => cells.state[i] === BLANK));
  if (blank.length === 0) return [...diagnostics];
  const blankCells = new Set(blank.flatMap(([, t]) => t.cells.map((i) => CELLS[i]?.id)));
  const nothingFilled = blank.length === TABLES.size;
  const kept: Diagnostic[] = [];
  let folded = 0;
  for (const d of diagnostics) {
    const aboutBlankCells =
      (d.code === BLANK_CELL || d.params?.blanks !== undefined) &&
      d.cells.length > 0 &&
      d.cells.every((id) => blankCells.has(id));
    if (aboutBlankCells || (nothingFilled && d.code === EMPTY_SECTION)) folded++;
    else kept.push(d);
  }
  return [
    {
      code: BLANK_TABLES,
      severity: "warning",
      path: "",
      cells: [],
      params: { tables: blank.map(([id]) => id).join(","), all: nothingFilled, folded },
    },
    ...kept,
  ];
}
