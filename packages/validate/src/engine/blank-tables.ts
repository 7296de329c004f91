import type { Diagnostic, Label } from "@zfxxgk/schema";
import { BLANK, CELLS, type CellView } from "./cells.js";

/** The code of the one finding that stands for every per-cell finding of wholly blank tables. */
export const BLANK_TABLES = "input/blank-tables";
/** A blank cell, and a section without text, folded when nothing was filled in. */
export const BLANK_CELL = "X-08";
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
const TABLE_IDS = [...TABLES.keys()];
/** Cell id → index of its table in TABLE_IDS. */
const TABLE_OF = new Map(CELLS.map((cell) => [cell.id, TABLE_IDS.indexOf(cell.table.id)]));

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
  const isBlank = TABLE_IDS.map((id) =>
    (TABLES.get(id)?.cells ?? []).every((i) => cells.state[i] === BLANK),
  );
  const blank = TABLE_IDS.filter((_, t) => isBlank[t]);
  if (blank.length === 0) return [...diagnostics];
  const nothingFilled = blank.length === TABLE_IDS.length;
  const inBlankTables = (ids: readonly string[]) => {
    if (ids.length === 0) return false;
    for (const id of ids) if (!isBlank[TABLE_OF.get(id) ?? -1]) return false;
    return true;
  };
  const kept: Diagnostic[] = [];
  let folded = 0;
  for (const d of diagnostics) {
    const aboutBlankCells =
      (d.code === BLANK_CELL || d.params?.blanks !== undefined) && inBlankTables(d.cells);
    if (aboutBlankCells || (nothingFilled && d.code === EMPTY_SECTION)) folded++;
    else kept.push(d);
  }
  return [
    {
      code: BLANK_TABLES,
      severity: "warning",
      path: "",
      cells: [],
      params: { tables: blank.join(","), all: nothingFilled, folded },
    },
    ...kept,
  ];
}
