import {
  type CellDef,
  EDITIONS,
  type Edition,
  type EditionDefinition,
  isMark,
  type Report,
} from "@zfxxgk/schema";

/**
 * Every cell id of every registered edition, each with a fixed slot. An id names the same cell in
 * every edition that has it (the schema's registry test holds them to that), so a rule that names
 * `T3.R2.TOT` reads this year's report and last year's through the same slot, whatever their
 * editions. A slot whose cell the report's edition does not have reads as 0, written as a number:
 * invisible to sums and to blank checks. Which rules run on an edition is decided by its rule set.
 */
export const CELLS: readonly CellDef[] = (() => {
  const byId = new Map<string, CellDef>();
  for (const edition of Object.values(EDITIONS))
    for (const cell of edition.cells) if (!byId.has(cell.id)) byId.set(cell.id, cell);
  return [...byId.values()];
})();
const INDEX = new Map(CELLS.map((c, i) => [c.id, i]));

/** Slot of a cell id; throws at module load when a rule names a cell no edition has. */
export function idx(id: string): number {
  const i = INDEX.get(id);
  if (i === undefined) throw new Error(`unknown cell id ${id}`);
  return i;
}

/** How a cell was written: a number, left blank, or a mark such as "—". */
export const NUMBER = 0;
export const BLANK = 1;
export const MARK = 2;

/**
 * The numeric view of a report's tables: blank and marks read as 0, their state kept apart.
 * Plain arrays: a typed array of this size costs more to allocate than the whole view to fill.
 */
export interface CellView {
  readonly edition: EditionDefinition;
  readonly num: readonly number[];
  readonly state: readonly number[];
  /** What was written in the cells written as text: marks, and amounts as the decimal string published. */
  readonly raw: readonly (string | undefined)[];
}

interface Group {
  readonly parent: readonly string[];
  readonly keys: readonly (readonly [string, number])[];
}

/** An edition's cells grouped by the object that holds them, so a report is read with one lookup per group. */
function groupsOf(edition: EditionDefinition): Group[] {
  const byParent = new Map<string, { parent: readonly string[]; keys: [string, number][] }>();
  for (const cell of edition.cells) {
    const parent = cell.path.slice(0, -1);
    const key = parent.join("/");
    let group = byParent.get(key);
    if (!group) {
      group = { parent, keys: [] };
      byParent.set(key, group);
    }
    group.keys.push([cell.path.at(-1) as string, idx(cell.id)]);
  }
  return [...byParent.values()];
}

function genericReader(edition: EditionDefinition, groups: readonly Group[]) {
  return (report: Report): CellView => {
    const n = CELLS.length;
    const num: number[] = new Array(n).fill(0);
    const state: number[] = new Array(n).fill(NUMBER);
    const raw: (string | undefined)[] = new Array(n);
    for (const group of groups) {
      let node: unknown = report;
      for (const key of group.parent) node = (node as Record<string, unknown> | undefined)?.[key];
      const holder = node as Record<string, unknown> | undefined;
      for (const [key, i] of group.keys) {
        const value = holder?.[key];
        if (typeof value === "number") num[i] = value;
        else if (typeof value === "string") {
          raw[i] = value;
          if (isMark(value)) state[i] = MARK;
          else num[i] = Number.parseFloat(value);
        } else state[i] = BLANK;
      }
    }
    return { edition, num, state, raw };
  };
}

/**
 * The same reader with every property name written out, so each read is a plain property load
 * instead of a lookup by a computed key (about five times faster on a whole report). Cell paths
 * come from the grid, never from input; where code generation is not allowed the generic reader is
 * used. Amounts with a unit ("251000元") read as their number; the rules that need the unit read `raw`.
 */
function compiledReader(edition: EditionDefinition, groups: readonly Group[]) {
  const safe = (k: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k);
  if (!groups.every((g) => g.parent.every(safe) && g.keys.every(([k]) => safe(k))))
    return undefined;
  const lines = [
    `const n = ${CELLS.length}; const num = new Array(n).fill(0); const state = new Array(n).fill(${NUMBER}); const raw = new Array(n); let h; let v;`,
  ];
  for (const g of groups) {
    lines.push(`h = r${g.parent.map((k) => `?.${k}`).join("")};`);
    // Written out per cell: one call per cell kept V8 from inlining it.
    for (const [key, i] of g.keys)
      lines.push(
        `v = h?.${key}; if (typeof v === "number") num[${i}] = v; else if (typeof v === "string") { raw[${i}] = v; if (isMark(v)) state[${i}] = ${MARK}; else num[${i}] = parseFloat(v); } else state[${i}] = ${BLANK};`,
      );
  }
  lines.push("return { edition, num, state, raw };");
  try {
    const make = new Function(
      "isMark",
      "edition",
      "parseFloat",
      `return function readCells(r) { ${lines.join("\n")} };`,
    );
    return make(isMark, edition, Number.parseFloat) as (report: Report) => CellView;
  } catch {
    return undefined;
  }
}

const readers = new Map<string, (report: Report) => CellView>();

/** Generated code where the platform allows it (no eval under a strict CSP), else the generic reader. */
function readerOf(edition: EditionDefinition) {
  const groups = groupsOf(edition);
  return compiledReader(edition, groups) || genericReader(edition, groups);
}

/** The cell view of a report, read in its own edition. */
export function readCells(report: Report): CellView {
  let reader = readers.get(report.edition);
  if (!reader) {
    reader = readerOf(EDITIONS[report.edition as Edition]);
    readers.set(report.edition, reader);
  }
  return reader(report);
}
