import { type Diagnostic, preview } from "../diagnostics/diagnostic.js";
import { EDITIONS, type Edition, type Report } from "../editions/index.js";
import type { CellDef } from "../grid/cells.js";
import type { CellValue } from "../model/values.js";
import { readCell, writeCell } from "./cell-access.js";
import { type ParseResult, parseReport } from "./parse-report.js";

/** Cell id → value; blank cells are `null`. */
export type Cells = Record<string, CellValue>;

export function cellsOf(edition: Edition): readonly CellDef[] {
  return EDITIONS[edition].cells;
}

/** The flat view of a report's tables, keyed by cell id, in official order. */
export function toCells(report: Report): Cells {
  const out: Cells = {};
  for (const cell of cellsOf(report.edition))
    out[cell.id] = (readCell(report, cell) ?? null) as CellValue;
  return out;
}

/**
 * A report whose tables hold the given cells (other cells keep their value in `base`). The result
 * is checked like any input: a bad value or an unknown cell id comes back as a diagnostic.
 */
export function fromCells(cells: Readonly<Record<string, unknown>>, base: Report): ParseResult {
  const defs = new Map(cellsOf(base.edition).map((c) => [c.id, c]));
  const unknown: Diagnostic[] = [];
  const next = structuredClone(base);
  for (const [id, value] of Object.entries(cells)) {
    const cell = defs.get(id);
    if (!cell) {
      unknown.push({
        code: "schema/unknown-cell",
        severity: "error",
        path: "",
        cells: [],
        actual: preview(id),
      });
      continue;
    }
    writeCell(next, cell, value);
  }
  const parsed = parseReport(next);
  if (unknown.length === 0) return parsed;
  return { ok: false, diagnostics: [...unknown, ...parsed.diagnostics] };
}
