import { EDITIONS, type TableGrid } from "@zfxxgk/schema";
import type { SumLike } from "./split-digits.js";

const byTable = new Map<TableGrid, readonly SumLike[]>();

/** The identities of the edition a table belongs to, from the edition registry. */
export function sumsOfTable(table: TableGrid): readonly SumLike[] {
  let sums = byTable.get(table);
  if (!sums) {
    const entry = Object.values(EDITIONS).find((e) => e.grid.tables.includes(table));
    const all: readonly SumLike[] =
      (entry as { sums?: readonly SumLike[] } | undefined)?.sums ?? [];
    const prefix = `${table.id}.`;
    sums = all.filter((s) => s.total.startsWith(prefix));
    byTable.set(table, sums);
  }
  return sums;
}
