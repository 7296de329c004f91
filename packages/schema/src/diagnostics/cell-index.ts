import { EDITIONS } from "../editions/index.js";
import { type CellDef, describeCell } from "../grid/cells.js";

const index = new Map<string, CellDef>();
for (const edition of Object.values(EDITIONS))
  for (const cell of edition.cells) index.set(cell.id, cell);

/** The definition of a cell id in any edition (ids are shared where the editions agree). */
export function cellById(id: string): CellDef | undefined {
  return index.get(id);
}

/** 表三「一、本年新收…」/「自然人」 — where a cell sits, in words. */
export function cellPlace(id: string, locale: "zh-CN" | "en"): string {
  const cell = index.get(id);
  if (!cell) return id;
  if (locale === "en") {
    const d = describeCell(cell, "en");
    return [d.table, d.row, d.column].filter(Boolean).join(" › ");
  }
  const d = describeCell(cell, "zh-Hans");
  const tableNo = { T2: "表二", T3: "表三", T4: "表四" }[cell.table.id] ?? d.table;
  return `${tableNo}${d.row ? `「${d.row}」行` : ""}${d.column ? `「${d.column}」列` : ""}`;
}
