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

/** How a report in one edition is read into another: cells grouped by the object that holds them. */
interface Reading {
  readonly groups: readonly {
    readonly parent: readonly string[];
    readonly items: readonly { key: string; target: number; kind: CellDef["kind"] }[];
  }[];
  readonly several: readonly { target: number; from: readonly CellDef[] }[];
  readonly unmapped: readonly number[];
}

function readingOf(target: EditionDefinition, source: EditionDefinition): Reading | undefined {
  const plan = cellPlan(target, source);
  if (!plan) return undefined;
  const groups = new Map<
    string,
    { parent: string[]; items: Reading["groups"][number]["items"][number][] }
  >();
  const several: { target: number; from: readonly CellDef[] }[] = [];
  const unmapped: number[] = [];
  for (const [i, from] of plan.entries()) {
    if (from.length === 0) {
      unmapped.push(i);
      continue;
    }
    if (from.length > 1) {
      several.push({ target: i, from });
      continue;
    }
    const def = from[0] as CellDef;
    const parent = def.path.slice(0, -1);
    const key = parent.join("/");
    const group = groups.get(key) ?? { parent, items: [] };
    group.items.push({ key: def.path.at(-1) as string, target: i, kind: def.kind });
    groups.set(key, group);
  }
  return { groups: [...groups.values()], several, unmapped };
}

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
  const decimalKind = target.cells.map((c) => c.kind === "amount" || c.kind === "money");
  const plans = new Map<string, Reading | undefined>();
  const readings: Sum["readings"][number][] = [];

  /** One report's value of target cell `i`, as written in a source cell of kind `kind`. */
  const take = (r: number, i: number, kind: CellDef["kind"], value: unknown) => {
    const decimal = decimalKind[i] as boolean;
    if (typeof value === "number" && !decimal) {
      if (value === 0) return;
      counts[i] = (counts[i] as number) + value;
      (who[i] as number[]).push(r);
      return (what[i] as (number | string)[]).push(value);
    }
    if (value === null || value === undefined) return (blank[i] as number[]).push(r);
    if (isMark(value)) return (marked[i] as number[]).push(r);
    let amount: Big;
    if (typeof value === "string") {
      const wan = inWan(value, kind, unwritten);
      if (wan.unit)
        units.push({ report: r, cell: target.cells[i]?.id as string, written: value, ...wan.unit });
      amount = wan.value;
    } else amount = new Big(value as number);
    if (amount.eq(0)) return;
    (who[i] as number[]).push(r);
    if (decimal) {
      amounts[i] = (amounts[i] as Big).plus(amount);
      return (what[i] as (number | string)[]).push(amount.toFixed());
    }
    const n = amount.toNumber();
    counts[i] = (counts[i] as number) + n;
    return (what[i] as (number | string)[]).push(n);
  };

  reports.forEach((report, r) => {
    const source = EDITIONS[report.edition];
    if (!plans.has(source.id)) plans.set(source.id, readingOf(target, source));
    const plan = plans.get(source.id);
    if (!plan) {
      readings.push("refused");
      return;
    }
    readings.push(source === target ? "same" : "mapped");
    for (const group of plan.groups) {
      let node: unknown = report;
      for (const key of group.parent) node = (node as Record<string, unknown> | undefined)?.[key];
      const holder = node as Record<string, unknown> | undefined;
      for (const item of group.items) take(r, item.target, item.kind, holder?.[item.key]);
    }
    for (const { target: i, from } of plan.several) {
      // Several source cells add up to one: blank or marked only when none holds a figure.
      const values = from.map((def) => readCell(report, def));
      const figures = values.filter((v) => v !== null && v !== undefined && !isMark(v));
      if (figures.length === 0) {
        take(r, i, (from[0] as CellDef).kind, values.find((v) => isMark(v)) ?? null);
        continue;
      }
      let sum: Big = ZERO;
      for (const [k, v] of values.entries()) {
        if (v === null || v === undefined || isMark(v)) continue;
        sum = sum.plus(
          typeof v === "string"
            ? inWan(v, (from[k] as CellDef).kind, unwritten).value
            : (v as number),
        );
      }
      take(r, i, "amount", sum.toFixed());
    }
    for (const i of plan.unmapped) (unmapped[i] as number[]).push(r);
  });

  const cells = target.cells.map((cell, i): SummedCell => {
    const decimal = cell.kind === "amount" || cell.kind === "money";
    const sum = (amounts[i] as Big).toFixed();
    return {
      cell,
      total: decimal ? (cell.kind === "money" ? `${sum}万元` : sum) : (counts[i] as number),
      contributions: {
        reports: new Int32Array(who[i] as number[]),
        values: decimal ? (what[i] as string[]) : new Float64Array(what[i] as number[]),
      },
      blank: new Int32Array(blank[i] as number[]),
      marked: new Int32Array(marked[i] as number[]),
      unmapped: new Int32Array(unmapped[i] as number[]),
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
