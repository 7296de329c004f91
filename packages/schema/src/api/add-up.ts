import Big from "big.js";
import { EDITIONS, type Edition, type Report } from "../editions/index.js";
import type { EditionDefinition } from "../editions/registry.js";
import type { CellDef } from "../grid/cells.js";
import { isMark } from "../model/values.js";
import { readCell } from "./cell-access.js";

/** The unit a money cell is read in when its publisher wrote none. */
export type MoneyUnit = "元" | "万元";

export interface AddUpOptions {
  /** The edition of the sum. Reports in the edition its crosswalk comes from are mapped through it. */
  readonly edition: Edition;
  /** How a money cell written without a unit is read (default 万元); each such cell is noted. */
  readonly unwrittenUnit?: MoneyUnit;
}

/**
 * Who contributed what to one cell: the indices of the reports with a non-zero value, ascending,
 * and their values (numbers for counts, exact decimal strings in 万元 for amounts). Zero, blank
 * and marked cells take no room here.
 */
export interface Contributions {
  readonly reports: Int32Array;
  readonly values: Float64Array | readonly string[];
}

export interface SummedCell {
  readonly cell: CellDef;
  /** Counts: a whole number. Amounts: a decimal string in 万元. Money: a decimal string with 万元. */
  readonly total: number | string;
  readonly contributions: Contributions;
  /** Reports that left the cell blank (summed as 0). */
  readonly blank: Int32Array;
  /** Reports that wrote a mark such as "—" or "无" (summed as 0). */
  readonly marked: Int32Array;
  /** Reports whose edition has no exact counterpart of the cell (not summed). */
  readonly unmapped: Int32Array;
}

/** A money cell read in another unit than 万元, or without a unit. */
export interface UnitReading {
  readonly report: number;
  readonly cell: string;
  readonly written: string;
  readonly wan: string;
  readonly unit: MoneyUnit;
  readonly unitWritten: boolean;
}

export interface Sum {
  readonly edition: Edition;
  /** Every cell of the edition, in official order. */
  readonly cells: readonly SummedCell[];
  /** Index of each report's edition plan: `same`, `mapped` (through the crosswalk) or `refused`. */
  readonly readings: readonly ("same" | "mapped" | "refused")[];
  readonly units: readonly UnitReading[];
}

/**
 * How the cells of a report in `source` are read into the cells of `target`: for each target cell,
 * the source cells that add up to it (empty: no counterpart). Undefined when no exact mapping exists.
 */
export function cellPlan(
  target: EditionDefinition,
  source: EditionDefinition,
): (readonly CellDef[])[] | undefined {
  if (source.id === target.id) return target.cells.map((c) => [c]);
  if (target.crosswalk?.from !== source.id) return undefined;
  const map = target.crosswalk.cells;
  return target.cells.map((c) =>
    (map[c.id] ?? []).map((id) => source.cellIndex.get(id) as CellDef).filter(Boolean),
  );
}

const ZERO = new Big(0);

/**
 * Adds up reports cell by cell, each cell by its kind: counts and signed counts as whole numbers,
 * amounts exactly as decimals in 万元 (money written in 元 converted), blanks and marks as 0 but
 * recorded. Reports in an edition with no exact mapping into `options.edition` are not summed
 * (their reading is `refused`). Pure: nothing is printed, thrown for bad values, or altered.
 * Values are taken as the model gives them; check reports with `parseReport` first.
 */
export function addUp(reports: readonly Report[], options: AddUpOptions): Sum {
  const target = EDITIONS[options.edition];
  const unwritten = options.unwrittenUnit ?? "万元";
  const n = target.cells.length;
  const counts = new Float64Array(n);
  const amounts: Big[] = target.cells.map(() => ZERO);
  const who: number[][] = target.cells.map(() => []);
  const what: (number | string)[][] = target.cells.map(() => []);
  const blank: number[][] = target.cells.map(() => []);
  const marked: number[][] = target.cells.map(() => []);
  const unmapped: number[][] = target.cells.map(() => []);
  const units: UnitReading[] = [];
  const plans = new Map<string, ReturnType<typeof cellPlan>>();
  const readings: Sum["readings"][number][] = [];

  reports.forEach((report, r) => {
    const source = EDITIONS[report.edition];
    if (!plans.has(source.id)) plans.set(source.id, cellPlan(target, source));
    const plan = plans.get(source.id);
    if (!plan) {
      readings.push("refused");
      return;
    }
    readings.push(source === target ? "same" : "mapped");
    for (let i = 0; i < n; i++) {
      const from = plan[i] as readonly CellDef[];
      if (from.length === 0) {
        unmapped[i]?.push(r);
        continue;
      }
      const cell = target.cells[i] as CellDef;
      const decimal = cell.kind === "amount" || cell.kind === "money";
      let count = 0;
      let amount = ZERO;
      let written = 0;
      let marks = 0;
      for (const def of from) {
        const value = readCell(report, def);
        if (value === null || value === undefined) continue;
        if (isMark(value)) {
          marks++;
          continue;
        }
        written++;
        if (typeof value === "number") {
          if (decimal) amount = amount.plus(value);
          else count += value;
        } else if (typeof value === "string") {
          const wan = inWan(value, def.kind, unwritten);
          if (wan.unit) units.push({ report: r, cell: cell.id, written: value, ...wan.unit });
          if (decimal) amount = amount.plus(wan.value);
          else count += wan.value.toNumber();
        }
      }
      if (written === 0) (marks > 0 ? marked : blank)[i]?.push(r);
      if (decimal) {
        if (amount.eq(0)) continue;
        amounts[i] = (amounts[i] as Big).plus(amount);
        who[i]?.push(r);
        what[i]?.push(amount.toFixed());
      } else if (count !== 0) {
        counts[i] = (counts[i] as number) + count;
        who[i]?.push(r);
        what[i]?.push(count);
      }
    }
  });

  const cells = target.cells.map((cell, i): SummedCell => {
    const decimal = cell.kind === "amount" || cell.kind === "money";
    const sum = (amounts[i] as Big).toFixed();
    return {
      cell,
      total: decimal ? (cell.kind === "money" ? `${sum}万元` : sum) : (counts[i] as number),
      contributions: {
        reports: Int32Array.from(who[i] as number[]),
        values: decimal ? (what[i] as string[]) : Float64Array.from(what[i] as number[]),
      },
      blank: Int32Array.from(blank[i] as number[]),
      marked: Int32Array.from(marked[i] as number[]),
      unmapped: Int32Array.from(unmapped[i] as number[]),
    };
  });
  return { edition: target.id as Edition, cells, readings, units };
}

/** A written amount in 万元, with how its unit was read when it was not 万元 as written. */
function inWan(
  written: string,
  kind: CellDef["kind"],
  unwritten: MoneyUnit,
): { value: Big; unit?: Omit<UnitReading, "report" | "cell" | "written"> } {
  if (kind !== "money") return { value: new Big(written) };
  const match = /^(.*?)(元|万元)?$/.exec(written) as RegExpExecArray;
  const digits = match[1] as string;
  const unit = (match[2] as MoneyUnit | undefined) ?? unwritten;
  const value = unit === "元" ? new Big(digits).div(10000) : new Big(digits);
  if (unit === "万元" && match[2]) return { value };
  return { value, unit: { wan: value.toFixed(), unit, unitWritten: match[2] !== undefined } };
}
