import type { CellDef, CellValue, Diagnostic } from "@zfxxgk/schema";
import type { RowEntry, TableIndex } from "./grid-index.js";
import { readSubRows, type SubRow, subRowSums } from "./local-subrows.js";
import { at, diagnostic, provenanceOf } from "./located.js";
import { labelKey } from "./normalise.js";
import { cutRunDigits, isBareRun, placeBare } from "./shapes/bare-blanks.js";
import { brokenCells, orderUndecided } from "./shapes/row-order.js";
import type { Item } from "./shapes/table-region.js";
import { isRunTogether } from "./split-digits.js";
import type { Line, Provenance, Token } from "./types.js";
import { looksLikeValue, readValue } from "./values.js";

export interface CellRead {
  readonly value: CellValue;
  readonly provenance: Provenance;
}

export interface TableRead {
  readonly cells: Map<string, CellRead>;
  readonly diagnostics: Diagnostic[];
}

interface Flat {
  readonly token: Token;
  readonly line: Line;
  /** Every field of the line reads as a value or is blank. */
  readonly valueLine: boolean;
  /** The token reads as a value (a blank is not one). */
  readonly value: boolean;
  /** Its label key (empty for a value, a blank or a text too long for a label). */
  readonly key: string;
}

const MAX_LABEL = 120;
/** Findings kept per table; a page of garbage would otherwise yield one per token. */
const MAX_FINDINGS = 200;
/** Pieces a label wrapped over several lines is joined from (a narrow cell takes a line per few characters). */
const MAX_JOIN = 8;

/** Whether a line is part of a table: a row, a label, a header (or a piece of one), or a value. */
export function isTableLine(line: Line, index: TableIndex): boolean {
  if (line.row) return true;
  return line.tokens.some((t) => {
    if (t.dataCell) return true;
    if (looksLikeValue(t.text) || isRunTogether(t.text, index)) return true;
    const k = t.text.length <= MAX_LABEL ? labelKey(t.text) : "";
    if (!k) return false;
    return (
      index.rows.has(k) ||
      index.headers.has(k) ||
      index.headerText.includes(k) ||
      index.rowPrefixes.has(k)
    );
  });
}

/**
 * Reads one official table from its tokens in reading order ({@link reorderTable}'s items; a run of
 * items that share a line is that line's fields). Rows are found by their labels
 * (compared through `labelKey`), whatever the layout: one row per line, one cell per line, or HTML
 * rows with spans. The values that follow a label are the row's cells, left to right; the single
 * unlabelled row of table 四 starts at the first value. Every departure is a located diagnostic.
 */
export function matchTable(items: readonly Item[], index: TableIndex): TableRead {
  const flat: Flat[] = [];
  for (let start = 0; start < items.length; ) {
    const line = (items[start] as Item).line;
    let end = start + 1;
    while (end < items.length && (items[end] as Item).line === line) end++;
    let allValues = true;
    let filled = false;
    for (let n = start; n < end; n++) {
      const item = items[n] as Item;
      // an item's `value` counts a blank as one
      allValues &&= item.value;
      filled ||= item.token.text !== "";
    }
    const valueLine = allValues && (filled || end - start > 1 || line.row);
    for (let n = start; n < end; n++) {
      const { token, value, key } = items[n] as Item;
      flat.push({ token, line, valueLine, value: value && token.text !== "", key });
    }
    start = end;
  }
  const cells = new Map<string, CellRead>();
  const diagnostics: Diagnostic[] = [];
  let dropped = 0;
  const add = (d: Diagnostic) => {
    if (diagnostics.length < MAX_FINDINGS) diagnostics.push(d);
    else dropped++;
  };
  const seen = new Set<RowEntry>();
  const isFragment = (k: string) => k.length > 0 && index.headerText.includes(k);

  const put = (cell: CellDef, token: Token) => {
    const read = readValue(token.text, cell.kind);
    const location = at(token.where);
    if (!read.ok) {
      add(
        diagnostic(`parse/${read.problem}`, "error", {
          path: cell.pointer,
          cells: [cell.id],
          actual: token.text,
          params: { ...location, kind: cell.kind },
        }),
      );
    } else if (read.unit) {
      add(
        diagnostic("parse/value-with-unit", "warning", {
          path: cell.pointer,
          cells: [cell.id],
          actual: token.text,
          expected: typeof read.value === "number" ? read.value : String(read.value),
          params: { ...location, unit: read.unit },
        }),
      );
    }
    if (cells.has(cell.id)) return;
    cells.set(cell.id, {
      value: read.ok ? read.value : null,
      provenance: provenanceOf(token.where, token.text),
    });
  };

  /** A row label printed over several tokens (lines or cells); returns the row and next index. */
  const joined = (i: number): { row: RowEntry; next: number } | undefined => {
    let key = "";
    for (let j = i, used = 0; j < flat.length && used < MAX_JOIN; j++) {
      const f = flat[j] as Flat;
      if (f.token.text === "") continue;
      const k = f.key;
      if (!k) return undefined;
      // a piece of a spanning header printed amid the pieces of a wrapped label
      if (used > 0 && !index.rowPrefixes.has(key + k) && isFragment(k)) continue;
      key += k;
      used++;
      const row = index.rows.get(key);
      if (row && used > 1) return { row, next: j + 1 };
      if (!index.rowPrefixes.has(key)) return undefined;
    }
    return undefined;
  };

  const consume = (row: RowEntry, start: number, label: Token | undefined): number => {
    for (let j = start; j < start + 4 && j < flat.length; j++) {
      const t = (flat[j] as Flat).token;
      if (t.dataCell) return start;
      if (t.text !== "") break;
    }
    const first = !seen.has(row);
    if (!first) {
      add(
        diagnostic("parse/duplicate-row", "warning", {
          path: row.cells[0]?.pointer ?? "",
          cells: row.cells.map((c) => c.id),
          params: { ...(label ? at(label.where) : {}), row: row.label },
        }),
      );
    }
    seen.add(row);
    const split = readSubRows(flat, start, row.cells.length, (n) => {
      const k = (flat[n] as Flat).key;
      return !k || index.rows.has(k) || index.headers.has(k) || isFragment(k) || !!joined(n);
    });
    if (split) {
      if (first) fromSubRows(row, split.rows, label);
      return split.next;
    }
    const taken: Flat[] = [];
    let j = start;
    while (taken.length < row.cells.length && j < flat.length) {
      const f = flat[j] as Flat;
      const t = f.token;
      if (t.dataCell) break;
      if (t.text === "" || f.value) {
        taken.push(f);
        j++;
        continue;
      }
      const k = f.key;
      if (index.rows.has(k) || joined(j)) break;
      if (index.headers.has(k) || isFragment(k)) {
        if (taken.length === 0) {
          j++;
          continue;
        }
        break;
      }
      taken.push(f);
      j++;
    }
    // bare lines: which cells a short row left blank is for its identities to say
    if (first && taken.length > 0 && taken.length < row.cells.length) {
      if (isBareRun(taken.map((f) => f.line))) {
        const cut = cutRunDigits(
          taken.map((f) => f.token),
          row.cells.length,
        );
        if (cut) {
          const broken = brokenCells(row, cut);
          if (broken.length) add(orderUndecided(index, row, cut, broken));
          cut.forEach((t, n) => {
            if (!broken.includes(n)) put(row.cells[n] as CellDef, t);
          });
          return j;
        }
        const placed = placeBare(
          row,
          taken.map((f) => f.token),
          index,
        );
        placed.cells.forEach((t, n) => {
          if (t) put(row.cells[n] as CellDef, t);
        });
        add(placed.diagnostic);
        return j;
      }
    }
    if (first) {
      taken.forEach((f, n) => {
        put(row.cells[n] as CellDef, f.token);
      });
    }
    const missing = row.cells.slice(taken.length);
    const last = taken.at(-1)?.line ?? flat[start - 1]?.line;
    // `a | b |  | ||`: the empty fields before the final `|` are blank cells (and colspan padding)
    const padded = (last?.dropped ?? 0) - 1 >= missing.length;
    if (first && missing.length > 0 && !padded) {
      const where = taken.at(-1)?.token.where ?? label?.where;
      add(
        diagnostic("parse/row-incomplete", "error", {
          path: missing[0]?.pointer ?? "",
          cells: missing.map((c) => c.id),
          expected: row.cells.length,
          actual: taken.length,
          params: { ...(where ? at(where) : {}), row: row.label },
        }),
      );
    }
    return j;
  };

  /** An official row printed as local sub-rows: its cells are their sums, and the finding says so. */
  const fromSubRows = (row: RowEntry, rows: readonly SubRow[], label: Token | undefined) => {
    const sums = subRowSums(row.cells, rows);
    row.cells.forEach((cell, n) => {
      const sum = sums[n];
      if (sum === undefined) return;
      const first = (rows[0] as SubRow).values[n] as Token;
      const text = rows.map((r) => (r.values[n] as Token).text).join("+");
      cells.set(cell.id, { value: sum, provenance: provenanceOf(first.where, text) });
    });
    add(
      diagnostic("parse/local-subrows", "warning", {
        path: row.cells[0]?.pointer ?? "",
        cells: row.cells.map((c) => c.id),
        actual: rows
          .map((r) => `${r.label.text}（${r.values.map((v) => v.text).join("、")}）`)
          .join("；"),
        params: {
          ...(label ? at(label.where) : {}),
          row: row.label,
          blank: sums.filter((v) => v === undefined).length,
        },
      }),
    );
  };

  /**
   * Fewer empty fields than the row has cells up to the next text, no value among them: padding
   * (`||` wrapped onto a line of its own), not the row.
   */
  const onlyBlanks = (from: number, row: RowEntry) => {
    let j = from;
    for (; j < flat.length && j - from < row.cells.length; j++) {
      const g = flat[j] as Flat;
      if (g.value) return false;
      if (g.token.text !== "" || g.token.dataCell) break;
    }
    return j - from < row.cells.length;
  };

  let i = 0;
  while (i < flat.length) {
    const f = flat[i] as Flat;
    const t = f.token;
    if (t.dataCell) {
      const known = index.cellRows.get(t.dataCell);
      if (known) {
        put(known.cell, t);
        seen.add(known.row);
      } else {
        add(
          diagnostic("parse/unknown-cell", "warning", {
            actual: t.dataCell,
            path: `/tables/${index.table.id}`,
            params: at(t.where),
          }),
        );
      }
      i++;
      continue;
    }
    const unlabelled = index.unlabelled;
    if (unlabelled && !seen.has(unlabelled) && f.valueLine && !onlyBlanks(i, unlabelled)) {
      i = consume(unlabelled, i, undefined);
      continue;
    }
    if (t.text === "") {
      i++;
      continue;
    }
    const k = f.key;
    const row = index.rows.get(k);
    if (row) {
      i = consume(row, i + 1, t);
      continue;
    }
    if (index.headers.has(k)) {
      i++;
      continue;
    }
    if (f.value) {
      add(
        diagnostic("parse/stray-value", "warning", {
          actual: t.text,
          path: `/tables/${index.table.id}`,
          params: at(t.where),
        }),
      );
      i++;
      continue;
    }
    const join = joined(i);
    if (join) {
      i = consume(join.row, join.next, t);
      continue;
    }
    if (!isFragment(k)) {
      add(
        diagnostic("parse/unrecognised-text", "warning", {
          actual: t.text.length > 60 ? `${t.text.slice(0, 60)}…` : t.text,
          path: `/tables/${index.table.id}`,
          params: at(t.where),
        }),
      );
    }
    i++;
  }

  const absent = index.rowList.filter((r) => !r.cells.some((c) => cells.has(c.id)) && !seen.has(r));
  if (absent.length === index.rowList.length) {
    add(
      diagnostic("parse/missing-table", "error", {
        path: `/tables/${index.table.id}`,
        cells: absent.flatMap((r) => r.cells.map((c) => c.id)),
        params: { table: index.table.id, title: index.table.title["zh-Hans"] },
      }),
    );
  } else {
    for (const row of absent) {
      add(
        diagnostic("parse/missing-row", "error", {
          path: row.cells[0]?.pointer ?? "",
          cells: row.cells.map((c) => c.id),
          params: { table: index.table.id, row: row.label },
        }),
      );
    }
  }
  if (dropped > 0) {
    diagnostics.push(
      diagnostic("parse/too-many-findings", "warning", {
        params: { table: index.table.id, dropped },
      }),
    );
  }
  return { cells, diagnostics };
}
