import { EDITIONS, type Edition } from "../editions/index.js";
import { type CellDef, describeCell } from "../grid/cells.js";
import type { Locale } from "../grid/types.js";
import { LOCALES } from "./locale.js";

/**
 * Every cell id of every edition. An id that several editions share names the same cell in each,
 * with the same labels (a test holds the registry to that), so one index can describe any of them.
 */
const index = new Map<string, CellDef>();
for (const edition of Object.values(EDITIONS))
  for (const cell of edition.cells) if (!index.has(cell.id)) index.set(cell.id, cell);

/** The definition of a cell id: in the given edition, or in any edition that has it. */
export function cellById(id: string, edition?: Edition): CellDef | undefined {
  return edition ? EDITIONS[edition].cellIndex.get(id) : index.get(id);
}

/** 表三「一、本年新收…」/「自然人」 — where a cell sits, in words. */
export function cellPlace(id: string, locale: Locale, edition?: Edition): string {
  const cell = cellById(id, edition) ?? index.get(id);
  if (!cell) return id;
  const l = LOCALES.includes(locale) ? locale : "zh-Hans";
  if (l === "en") {
    const d = describeCell(cell, "en");
    return [d.table, d.row, d.column].filter(Boolean).join(" › ");
  }
  const d = describeCell(cell, l);
  const numbers = Object.values(EDITIONS).find((e) => e.cellIndex.get(id) === cell)?.tableNumbers;
  const tableNo = numbers?.[cell.table.id]?.[l] ?? d.table;
  return `${tableNo}${d.row ? `「${d.row}」行` : ""}${d.column ? `「${d.column}」列` : ""}`;
}
