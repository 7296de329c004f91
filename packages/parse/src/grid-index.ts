import {
  type CellDef,
  EDITIONS,
  type Edition,
  type EditionGrid,
  type GridNode,
  type Label,
  type Locale,
  type TableGrid,
  tableLayout,
} from "@zfxxgk/schema";
import { identitiesOfTable } from "./edition-sums.js";
import { labelKey } from "./normalise.js";
import type { IdentityLike } from "./split-digits.js";

const LOCALES: readonly Locale[] = ["zh-Hans", "zh-Hant", "en"];

/** An identity that lies wholly inside one row, by the positions of its cells: Σ left = Σ right. */
export interface RowSum {
  readonly left: readonly number[];
  readonly right: readonly number[];
}

/** One data row of an official table as the parser looks for it. */
export interface RowEntry {
  /** Printed label of the row in zh-Hans (for messages). */
  readonly label: string;
  /** Data cells of the row, left to right. */
  readonly cells: readonly CellDef[];
  /** The edition's identities that lie wholly inside the row (its total and the like). */
  readonly sums: readonly RowSum[];
  /** Columns each data cell spans in the official layout (2019 table 二: [1, 2, 1], [2, 2]). */
  readonly spans: readonly number[];
}

/** A note the format prints inside a table, which a published table must carry verbatim. */
export interface NoteEntry {
  readonly text: Label;
  /** Its `labelKey` in every locale. */
  readonly keys: readonly string[];
}

/** What the parser knows about one official table, all keyed by `labelKey`. */
export interface TableIndex {
  readonly table: TableGrid;
  /** Row label key → row. A row whose label carries a note is found with or without it. */
  readonly rows: ReadonlyMap<string, RowEntry>;
  /** Rows in official order. */
  readonly rowList: readonly RowEntry[];
  /** The single unlabelled data row (table 四), if any. */
  readonly unlabelled?: RowEntry;
  /** Keys of every other printed text of the table: title, corner, captions, headers, notes. */
  readonly headers: ReadonlySet<string>;
  /** All header keys joined, for finding fragments of line-broken header cells. */
  readonly headerText: string;
  /** Every start of a row label key (`一、本年` of `一、本年新收…`): the pieces a wrapped label begins with. */
  readonly rowPrefixes: ReadonlySet<string>;
  /** The notes printed in the table: the corner note, then the notes after row labels. */
  readonly notes: readonly NoteEntry[];
  /** Cell id → the cell and its row. */
  readonly cellRows: ReadonlyMap<string, { readonly cell: CellDef; readonly row: RowEntry }>;
}

export interface SectionEntry {
  readonly key: string;
  readonly label: string;
  readonly table?: string;
}

export interface EditionIndex {
  readonly edition: Edition;
  readonly sections: readonly SectionEntry[];
  /** Heading key → section (official headings in every locale and the published variants). */
  readonly headings: ReadonlyMap<string, SectionEntry>;
  readonly tables: ReadonlyMap<string, TableIndex>;
  /** Every cell of the edition, in official order. */
  readonly cells: readonly CellDef[];
  /** Keys of every row label and header printed in the edition's tables. */
  readonly tableKeys: ReadonlySet<string>;
}

const keysOf = (label: Label, note?: Label): string[] => {
  const keys = new Set<string>();
  for (const locale of LOCALES) {
    keys.add(labelKey(label[locale]));
    if (note) keys.add(labelKey(label[locale] + note[locale]));
  }
  keys.delete("");
  return [...keys];
};

/** Published variants of row labels, found by the label they stand beside in the grid. */
const aliasesOf = new Map<Label, readonly string[]>();
const collectAliases = (nodes: readonly GridNode[]) => {
  for (const n of nodes) {
    if (n.aliases) aliasesOf.set(n.label, n.aliases);
    if (n.children) collectAliases(n.children);
  }
};

/** The identities that lie wholly inside a row of these cells, by position. */
function rowSums(cells: readonly CellDef[], identities: readonly IdentityLike[]): RowSum[] {
  const position = new Map(cells.map((c, i) => [c.id, i]));
  return identities.flatMap((s) =>
    [...s.left, ...s.right].every((id) => position.has(id))
      ? [
          {
            left: s.left.map((id) => position.get(id) as number),
            right: s.right.map((id) => position.get(id) as number),
          },
        ]
      : [],
  );
}

function indexTable(table: TableGrid, identities: readonly IdentityLike[]): TableIndex {
  if (table.layout === "blocks") for (const b of table.blocks) collectAliases(b.rows);
  else collectAliases(table.rows);
  const layout = tableLayout(table);
  const rows = new Map<string, RowEntry>();
  const rowList: RowEntry[] = [];
  const headers = new Set<string>(keysOf(table.title));
  let unlabelled: RowEntry | undefined;
  const flat = table.layout === "matrix" && table.rows.some((r) => r.level !== undefined);
  const notes: NoteEntry[] = [];
  const addNote = (text: Label) => {
    if (!notes.some((n) => n.text === text)) notes.push({ text, keys: keysOf(text) });
  };
  const addHeader = (label: Label, note?: Label) => {
    for (const k of keysOf(label)) headers.add(k);
    if (note) {
      addNote(note);
      for (const k of [...keysOf(note), ...keysOf(label, note)]) headers.add(k);
    }
  };
  for (const row of layout.head) {
    for (const cell of row) {
      if (cell.type === "corner") addNote(cell.label);
      if (cell.type !== "data") addHeader(cell.label, cell.note);
    }
  }
  for (const row of layout.body) {
    const data = row.flatMap((c) => (c.type === "data" ? [c.cell] : []));
    const spans = row.flatMap((c) => (c.type === "data" ? [c.colspan] : []));
    const labels = row.flatMap((c) => (c.type === "data" ? [] : [c]));
    if (data.length === 0) {
      for (const c of labels) addHeader(c.label, c.note);
      continue;
    }
    const own = labels.at(-1);
    for (const c of labels.slice(0, -1)) addHeader(c.label, c.note);
    if (!own) {
      unlabelled = {
        label: table.title["zh-Hans"],
        cells: data,
        sums: rowSums(data, identities),
        spans,
      };
      rowList.push(unlabelled);
      continue;
    }
    const entry: RowEntry = {
      label: own.label["zh-Hans"],
      cells: data,
      sums: rowSums(data, identities),
      spans,
    };
    rowList.push(entry);
    const aliases = (aliasesOf.get(own.label) ?? []).map(labelKey);
    for (const key of [...keysOf(own.label, own.note), ...aliases]) {
      const taken = rows.get(key);
      if (taken && taken !== entry) {
        // A flat list of rows (统计表) repeats labels under different headings and is read in order.
        if (flat) continue;
        throw new Error(`parse: row label "${key}" is ambiguous in ${table.id}`);
      }
      rows.set(key, entry);
    }
    if (own.note) {
      addNote(own.note);
      for (const k of keysOf(own.note)) headers.add(k);
    }
  }
  for (const key of rows.keys()) headers.delete(key);
  return {
    table,
    rows,
    rowList,
    ...(unlabelled ? { unlabelled } : {}),
    headers,
    headerText: [...headers].join("\u0000"),
    rowPrefixes: new Set(
      [...rows.keys()].flatMap((k) =>
        Array.from({ length: k.length }, (_, i) => k.slice(0, i + 1)),
      ),
    ),
    notes,
    cellRows: new Map(rowList.flatMap((row) => row.cells.map((cell) => [cell.id, { cell, row }]))),
  };
}

function indexEdition(edition: Edition): EditionIndex {
  const grid: EditionGrid = EDITIONS[edition].grid;
  const sections: SectionEntry[] = grid.sections.map((s) => ({
    key: s.key,
    label: s.heading["zh-Hans"],
    ...("table" in s ? { table: s.table } : {}),
  }));
  const headings = new Map<string, SectionEntry>();
  grid.sections.forEach((s, i) => {
    const entry = sections[i] as SectionEntry;
    for (const k of keysOf(s.heading)) headings.set(k, entry);
    for (const alias of s.aliases ?? []) headings.set(labelKey(alias), entry);
  });
  const tables = new Map<string, TableIndex>();
  for (const table of grid.tables)
    tables.set(table.id, indexTable(table, identitiesOfTable(edition, table.id)));
  const cells = [...tables.values()].flatMap((t) => t.rowList.flatMap((r) => r.cells));
  const tableKeys = new Set([...tables.values()].flatMap((t) => [...t.rows.keys(), ...t.headers]));
  return { edition, sections, headings, tables, cells, tableKeys };
}

const indexes = new Map<Edition, EditionIndex>();

/** An edition's grid, indexed for matching (built once, on first use). */
export function indexOf(edition: Edition): EditionIndex {
  let index = indexes.get(edition);
  if (!index) {
    index = indexEdition(edition);
    indexes.set(edition, index);
  }
  return index;
}

let distinctive: Map<string, Edition> | undefined;

/**
 * Label keys that only one edition's tables print (本年新制作数量 in 2019, 本年制发件数 in 2021 …),
 * each with its edition: what tells the editions apart in a published document.
 */
export function distinctiveKeys(): ReadonlyMap<string, Edition> {
  if (distinctive) return distinctive;
  const editions = (Object.keys(EDITIONS) as Edition[]).filter(
    (e) => EDITIONS[e].grid.tables.length,
  );
  const seen = new Map<string, Edition[]>();
  for (const e of editions)
    for (const key of indexOf(e).tableKeys) seen.set(key, [...(seen.get(key) ?? []), e]);
  distinctive = new Map();
  for (const [key, list] of seen) if (list.length === 1) distinctive.set(key, list[0] as Edition);
  return distinctive;
}
