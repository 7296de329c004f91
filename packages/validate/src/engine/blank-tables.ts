import type { Diagnostic, EditionDefinition } from "@zfxxgk/schema";
import { BLANK, type CellView, idx } from "./cells.js";

/** The code of the one finding that stands for every per-cell finding of wholly blank tables. */
export const BLANK_TABLES = "input/blank-tables";
/** A blank cell, and a section without text, folded when nothing was filled in. */
export const BLANK_CELL = "X-08";
const EMPTY_SECTION = "X-02";

interface Tables {
  readonly ids: readonly string[];
  /** Slots of each table's cells, in the order of `ids`. */
  readonly slots: readonly (readonly number[])[];
  /** Cell id → index of its table in `ids`. */
  readonly tableOf: ReadonlyMap<string, number>;
}

const tablesByEdition = new WeakMap<EditionDefinition, Tables>();

/** An edition's tables and the slots of their cells, worked out once. */
function tablesOf(edition: EditionDefinition): Tables {
  let tables = tablesByEdition.get(edition);
  if (tables) return tables;
  const ids = edition.grid.tables.map((t) => t.id);
  const slots = ids.map((id) =>
    edition.cells.filter((c) => c.table.id === id).map((c) => idx(c.id)),
  );
  const tableOf = new Map(edition.cells.map((c) => [c.id, ids.indexOf(c.table.id)]));
  tables = { ids, slots, tableOf };
  tablesByEdition.set(edition, tables);
  return tables;
}

/**
 * A table with not one cell filled in gets one finding, not one per cell: the findings that only
 * say its cells are blank (blank cells, identities assessed with blanks read as 0) are folded into a
 * single `input/blank-tables` finding naming the blank tables. A partly filled table keeps its
 * per-cell findings. When every table is blank the report has not been filled in, and the
 * empty-section findings are folded too.
 */
export function foldBlankTables(
  edition: EditionDefinition,
  cells: CellView,
  diagnostics: readonly Diagnostic[],
): readonly Diagnostic[] {
  const { ids, slots, tableOf } = tablesOf(edition);
  const isBlank = slots.map((list) => list.every((i) => cells.state[i] === BLANK));
  const blank = ids.filter((_, t) => isBlank[t]);
  if (blank.length === 0) return diagnostics;
  const nothingFilled = blank.length === ids.length;
  const inBlankTables = (cellIds: readonly string[]) => {
    if (cellIds.length === 0) return false;
    for (const id of cellIds) if (!isBlank[tableOf.get(id) ?? -1]) return false;
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
