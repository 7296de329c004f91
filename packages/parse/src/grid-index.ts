import {
  type CellDef,
  grid2021,
  type Label,
  type Locale,
  type TableGrid,
  tableLayout,
} from "@zfxxgk/schema";
import { labelKey } from "./normalise.js";

const LOCALES: readonly Locale[] = ["zh-Hans", "zh-Hant", "en"];

/** One data row of an official table as the parser looks for it. */
export interface RowEntry {
  /** Printed label of the row in zh-Hans (for messages). */
  readonly label: string;
  /** Data cells of the row, left to right. */
  readonly cells: readonly CellDef[];
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
  /** Keys of the row labels, for joining labels printed over several tokens. */
  readonly rowKeys: readonly string[];
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
  readonly sections: readonly SectionEntry[];
  /** Heading key → section (official headings in every locale and the published variants). */
  readonly headings: ReadonlyMap<string, SectionEntry>;
  readonly tables: ReadonlyMap<string, TableIndex>;
  /** Every cell of the edition, in official order. */
  readonly cells: readonly CellDef[];
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

function indexTable(table: TableGrid): TableIndex {
  const layout = tableLayout(table);
  const rows = new Map<string, RowEntry>();
  const rowList: RowEntry[] = [];
  const headers = new Set<string>(keysOf(table.title));
  let unlabelled: RowEntry | undefined;
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
    const labels = row.flatMap((c) => (c.type === "data" ? [] : [c]));
    if (data.length === 0) {
      for (const c of labels) addHeader(c.label, c.note);
      continue;
    }
    const own = labels.at(-1);
    for (const c of labels.slice(0, -1)) addHeader(c.label, c.note);
    if (!own) {
      unlabelled = { label: table.title["zh-Hans"], cells: data };
      rowList.push(unlabelled);
      continue;
    }
    const entry: RowEntry = { label: own.label["zh-Hans"], cells: data };
    rowList.push(entry);
    for (const key of keysOf(own.label, own.note)) {
      const taken = rows.get(key);
      if (taken && taken !== entry) {
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
    rowKeys: [...rows.keys()],
    notes,
    cellRows: new Map(rowList.flatMap((row) => row.cells.map((cell) => [cell.id, { cell, row }]))),
  };
}

function indexEdition(): EditionIndex {
  const sections: SectionEntry[] = grid2021.sections.map((s) => ({
    key: s.key,
    label: s.heading["zh-Hans"],
    ...("table" in s ? { table: s.table } : {}),
  }));
  const headings = new Map<string, SectionEntry>();
  grid2021.sections.forEach((s, i) => {
    const entry = sections[i] as SectionEntry;
    for (const k of keysOf(s.heading)) headings.set(k, entry);
    if ("aliases" in s) for (const alias of s.aliases) headings.set(labelKey(alias), entry);
  });
  const tables = new Map<string, TableIndex>();
  for (const table of grid2021.tables) tables.set(table.id, indexTable(table));
  const cells = [...tables.values()].flatMap((t) => t.rowList.flatMap((r) => r.cells));
  return { sections, headings, tables, cells };
}

let edition2021: EditionIndex | undefined;

/** The 2021 grid, indexed for matching (built once, on first use). */
export function index2021(): EditionIndex {
  edition2021 ??= indexEdition();
  return edition2021;
}
