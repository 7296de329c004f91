import type { SummedCell } from "@zfxxgk/schema";
import type { RollupResult } from "./rollup.js";

/** One constituent's part of a cell. */
export interface Part {
  /** Index of the constituent among the inputs. */
  readonly constituent: number;
  readonly name: string;
  readonly value: number | string;
}

export interface CellProvenance {
  readonly cell: string;
  readonly total: number | string;
  /** Non-zero contributions, largest first. */
  readonly parts: readonly Part[];
  /** Names of the constituents that left the cell blank, wrote a mark, or have no such cell. */
  readonly blank: readonly string[];
  readonly marked: readonly string[];
  readonly unmapped: readonly string[];
}

/** Who contributed what to one cell of a roll-up, largest contributions first. */
export function provenanceOf(result: RollupResult, cellId: string): CellProvenance | undefined {
  const s = result.sum.cells.find((c) => c.cell.id === cellId);
  return s && describe(result, s);
}

function describe(result: RollupResult, s: SummedCell): CellProvenance {
  const at = (r: number) => result.constituents[result.summed[r] as number];
  const names = (list: Int32Array) => Array.from(list, (r) => at(r)?.name ?? String(r));
  const parts = Array.from(s.contributions.reports, (r, k) => ({
    constituent: at(r)?.index ?? r,
    name: at(r)?.name ?? String(r),
    value: s.contributions.values[k] as number | string,
  })).sort((a, b) => Math.abs(Number(b.value)) - Math.abs(Number(a.value)));
  return {
    cell: s.cell.id,
    total: s.total,
    parts,
    blank: names(s.blank),
    marked: names(s.marked),
    unmapped: names(s.unmapped),
  };
}

/** "T3.R1.NP = 5377: 区教育局 120, 区卫健委 98, …" with at most `limit` parts. */
export function formatProvenance(p: CellProvenance, limit = 5): string {
  const shown = p.parts.slice(0, limit).map((x) => `${x.name} ${x.value}`);
  if (p.parts.length > limit) shown.push("…");
  return `${p.cell} = ${p.total}${shown.length ? `: ${shown.join(", ")}` : ""}`;
}
