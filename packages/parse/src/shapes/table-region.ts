import type { Diagnostic } from "@zfxxgk/schema";
import type { RowEntry, TableIndex } from "../grid-index.js";
import { at, diagnostic } from "../located.js";
import { labelKey } from "../normalise.js";
import type { Line, Token } from "../types.js";
import { looksLikeValue } from "../values.js";
import { isBareRun } from "./bare-blanks.js";
import { brokenCells, keepsTotal, orderUndecided } from "./row-order.js";

/**
 * A table's tokens in the order the matcher reads them (a row's label, then its values), each
 * classified once, with the line it stands in; put back in that order when the extraction printed
 * them otherwise:
 * - a label wrapped over several lines with the values on a middle line (`pdftotext -layout`);
 * - labels and values in separate runs (reading order of a PDF's text: labels, then numbers);
 * - a lone line of pipes standing for a run of empty cells in one-cell-per-line text.
 * Each pairing by count is said in a finding. Tokens moved together stand in a line of their own.
 */
export function reorderTable(
  lines: readonly Line[],
  index: TableIndex,
): { items: Item[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let items: Item[] = [];
  for (const line of withoutSpanPadding(lines, index)) {
    for (const token of line.tokens) items.push(itemOf(token, line));
  }
  items = piecesApart(items, index);
  items = pipeRuns(items, index, diagnostics);
  items = wrappedLabels(items, index);
  items = separateRuns(items, index, diagnostics);
  return { items, diagnostics };
}

/**
 * Padding a flattened row carries for its spanning cells, dropped:
 * - a label spanning several columns printed with the span's empty cells after it
 *   (`| 一、本年新收… |  |  | 2 | 0 | …`): the surplus empty fields right after the label;
 * - values spanning several columns (2019 table 二: widths [1][2][1] and [2][2]) printed with a
 *   field per column (`| 规章 | 4 | 4 |  | 61 |`): when the fields after the label are as many as
 *   the columns, each cell is the one field of its span that holds something (blank when none).
 */
function withoutSpanPadding(lines: readonly Line[], index: TableIndex): readonly Line[] {
  let changed = false;
  const out = lines.map((line) => {
    if (!line.row) return line;
    const at = line.tokens.findIndex((t) => t.text !== "" && index.rows.has(keyOf(t)));
    if (at < 0) return line;
    const row = index.rows.get(keyOf(line.tokens[at] as Token)) as RowEntry;
    const after = line.tokens.length - at - 1;
    const extra = after - row.cells.length;
    if (extra <= 0) return line;
    const surplus = line.tokens.slice(at + 1, at + 1 + extra);
    if (surplus.every((t) => t.text === "")) {
      changed = true;
      return {
        ...line,
        tokens: [...line.tokens.slice(0, at + 1), ...line.tokens.slice(at + 1 + extra)],
      };
    }
    const cells = bySpans(line, at, row);
    if (!cells) return line;
    changed = true;
    return { ...line, tokens: [...line.tokens.slice(0, at + 1), ...cells] };
  });
  return changed ? out : lines;
}

/**
 * A row's cells from one field per column (the trailing empty fields a flattened row dropped are
 * counted back), or undefined when the fields are not that many or a span holds two values.
 */
function bySpans(line: Line, at: number, row: RowEntry): Token[] | undefined {
  const width = row.spans.reduce((n, s) => n + s, 0);
  const fields = line.tokens.slice(at + 1);
  const trailing = width - fields.length;
  if (width === row.cells.length || trailing < 0 || trailing > (line.dropped ?? 0))
    return undefined;
  const blank = (fields.at(-1) ?? (line.tokens[at] as Token)).where;
  for (let i = 0; i < trailing; i++) fields.push({ text: "", where: blank });
  const cells: Token[] = [];
  let from = 0;
  for (const span of row.spans) {
    const own = fields.slice(from, from + span);
    from += span;
    const filled = own.filter((t) => t.text !== "");
    if (filled.length > 1) return undefined;
    cells.push(filled[0] ?? (own[0] as Token));
  }
  return cells;
}

/** A token where it was printed, with what every step asks of it: a value, or a label's key. */
export interface Item {
  readonly token: Token;
  readonly line: Line;
  /** A value or a blank cell. */
  readonly value: boolean;
  /** Its label key (empty for a value). */
  readonly key: string;
}

const MAX_LABEL = 120;
const keyOf = (t: Token) => (t.text.length <= MAX_LABEL ? labelKey(t.text) : "");
function itemOf(token: Token, line: Line): Item {
  const value = token.text === "" || looksLikeValue(token.text);
  return { token, line, value, key: value ? "" : keyOf(token) };
}
const isRowPrefix = (index: TableIndex, k: string) => k.length > 0 && index.rowPrefixes.has(k);
const isFragment = (index: TableIndex, k: string) =>
  k.length > 0 && (index.headers.has(k) || index.headerText.includes(k));

/**
 * A line of tokens moved together. Tokens taken from bare lines (no `|` or tab between fields) stay
 * bare, so that a short row is still read as one whose blanks left no trace.
 */
function synthetic(tokens: Token[], from: readonly Line[] = []): Line {
  const first = tokens[0] as Token;
  const joint = from.length && isBareRun(from) ? " " : " | ";
  return { tokens, text: tokens.map((t) => t.text).join(joint), row: true, where: first.where };
}

/** `label` + values + `rest of the label`: the label is joined and put before its values. */
function wrappedLabels(items: Item[], index: TableIndex): Item[] {
  let changed = false;
  const out: Item[] = [];
  let i = 0;
  while (i < items.length) {
    const item = items[i] as Item;
    const k = item.key;
    if (!k || index.rows.has(k) || !isRowPrefix(index, k)) {
      out.push(item);
      i++;
      continue;
    }
    let acc = k;
    const pieces: Item[] = [item];
    const held: Item[] = [];
    const skipped: Item[] = [];
    let found: RowEntry | undefined;
    let j = i + 1;
    for (; j < items.length && j - i < 40; j++) {
      const next = items[j] as Item;
      if (next.value) {
        held.push(next);
        continue;
      }
      const kn = next.key;
      if (!kn) break;
      const row = index.rows.get(acc + kn);
      if (row) {
        pieces.push(next);
        found = row;
        j++;
        break;
      }
      if (isRowPrefix(index, acc + kn)) {
        acc += kn;
        pieces.push(next);
        continue;
      }
      if (index.rows.has(kn) || !isFragment(index, kn)) break;
      skipped.push(next);
    }
    if (!found || held.filter((h) => h.token.text !== "").length === 0) {
      out.push(item);
      i++;
      continue;
    }
    // the rest of a spanning header wrapped beside the label (`无法提` … `供`) goes before it too
    for (; j < items.length; j++) {
      const next = items[j] as Item;
      if (next.value || index.rows.has(next.key) || !isFragment(index, next.key)) break;
      skipped.push(next);
    }
    const first = pieces[0] as Item;
    const label: Token = {
      text: pieces.map((p) => p.token.text).join(""),
      where: first.token.where,
    };
    const line = synthetic(
      [label, ...held.map((h) => h.token)],
      [...pieces, ...held].map((h) => h.line),
    );
    out.push(
      ...skipped,
      ...[label, ...held.map((h) => h.token)].map((token) => itemOf(token, line)),
    );
    changed = true;
    i = j;
  }
  return changed ? out : items;
}

/**
 * Labels and values printed in separate runs: labels l1…lk followed by exactly as many values as
 * their rows have cells, or a row followed by its own values and then those of the labels after.
 */
function separateRuns(items: Item[], index: TableIndex, diagnostics: Diagnostic[]): Item[] {
  let changed = false;
  const out: Item[] = [];
  const rowOf = (it: Item | undefined) => (it && !it.value ? index.rows.get(it.key) : undefined);
  const valuesFrom = (j: number) => {
    let n = 0;
    while (j + n < items.length && (items[j + n] as Item).value) n++;
    return n;
  };
  /** Row labels from j on, headers between them passed over (a block table repeats its header). */
  const labelsFrom = (j: number) => {
    const rows: { item: Item; row: RowEntry }[] = [];
    const between: Item[] = [];
    let m = j;
    for (; m < items.length; m++) {
      const it = items[m] as Item;
      const row = rowOf(it);
      if (row) {
        rows.push({ item: it, row });
        continue;
      }
      const wrapped = it.value ? undefined : wrappedFrom(m);
      if (wrapped) {
        rows.push(wrapped);
        between.push(...wrapped.skipped);
        m = wrapped.end - 1;
        continue;
      }
      if (it.value || !isFragment(index, it.key)) break;
      between.push(it);
    }
    return { rows, between, end: m };
  };
  /** A row label wrapped over several items from j on (pieces of headers between them passed over). */
  const wrappedFrom = (j: number) => {
    const first = items[j] as Item;
    let key = first.key;
    if (!index.rowPrefixes.has(key)) return undefined;
    const skipped: Item[] = [];
    for (let n = j + 1; n < items.length && n - j <= MAX_PIECES; n++) {
      const it = items[n] as Item;
      if (it.value) return undefined;
      if (index.rowPrefixes.has(key + it.key)) {
        key += it.key;
        const row = index.rows.get(key);
        if (row) {
          const item = itemOf({ text: row.label, where: first.token.where }, first.line);
          return { item, row, skipped, end: n + 1 };
        }
      } else if (isFragment(index, it.key)) skipped.push(it);
      else return undefined;
    }
    return undefined;
  };
  // the publisher's totals add up where a row is printed with its values: a row that the order of
  // separate runs gives values breaking its total was given the wrong ones
  let kept: boolean | undefined;
  const totalsKept = () =>
    (kept ??= items.some((it, n) => {
      const row = rowOf(it);
      if (!row || valuesFrom(n + 1) !== row.cells.length) return false;
      return keepsTotal(
        row,
        items.slice(n + 1, n + 1 + row.cells.length).map((v) => v.token),
      );
    }));
  const pair = (labels: { item: Item; row: RowEntry }[], values: Item[]) => {
    let v = 0;
    for (const { item, row } of labels) {
      let own = values.slice(v, v + row.cells.length).map((o) => o.token);
      v += own.length;
      const broken = totalsKept() ? brokenCells(row, own) : [];
      if (broken.length) {
        diagnostics.push(orderUndecided(index, row, own, broken));
        own = own.map((t, n) => (broken.includes(n) ? { text: "", where: t.where } : t));
      }
      const tokens = [item.token, ...own];
      const line = synthetic(tokens);
      out.push(...tokens.map((token) => itemOf(token, line)));
    }
    const where = values[0]?.token.where ?? labels[0]?.item.token.where;
    diagnostics.push(
      diagnostic("parse/runs-paired", "info", {
        path: `/tables/${index.table.id}`,
        params: {
          ...(where ? at(where) : {}),
          rows: labels.length,
          values: values.length,
        },
      }),
    );
    changed = true;
  };
  let i = 0;
  while (i < items.length) {
    const item = items[i] as Item;
    const row = rowOf(item);
    if (!row) {
      out.push(item);
      i++;
      continue;
    }
    const own = valuesFrom(i + 1);
    if (own === 0) {
      const { rows: labels, between, end } = labelsFrom(i);
      const count = valuesFrom(end);
      const need = labels.reduce((n, l) => n + l.row.cells.length, 0);
      if (labels.length >= 2 && count === need) {
        out.push(...between);
        pair(labels, items.slice(end, end + count));
        i = end + count;
        continue;
      }
    } else if (own > row.cells.length) {
      const extra = own - row.cells.length;
      const after = i + 1 + own;
      const { rows: labels, between, end } = labelsFrom(after);
      const need = labels.reduce((n, l) => n + l.row.cells.length, 0);
      const surplus = items.slice(i + 1 + row.cells.length, after);
      // the labels after have no values of their own printed after them
      const bare = valuesFrom(end) === 0;
      if (
        labels.length > 0 &&
        need === extra &&
        bare &&
        surplus.every((x) => x.token.text !== "")
      ) {
        out.push(...between);
        pair([{ item, row }, ...labels], items.slice(i + 1, after));
        i = end;
        continue;
      }
    }
    out.push(item);
    i++;
  }
  return changed ? out : items;
}

/**
 * Space-aligned text may set a row label one space after a piece of the spanning header beside it
 * (`三、本 （一）予以公开`, `理结果 只计这一情形…`): a field whose space-separated pieces are each a
 * piece of a header or the start of a row label is read as those pieces.
 */
function piecesApart(items: Item[], index: TableIndex): Item[] {
  let changed = false;
  const out: Item[] = [];
  for (const item of items) {
    const { text, where } = item.token;
    if (item.value || !/\s/u.test(text) || index.rowPrefixes.has(item.key)) {
      out.push(item);
      continue;
    }
    const pieces = [...text.matchAll(/\S+/gu)];
    const known = (k: string) => index.rowPrefixes.has(k) || isFragment(index, k);
    if (!pieces.every((p) => known(labelKey(p[0])))) {
      out.push(item);
      continue;
    }
    changed = true;
    for (const p of pieces) {
      const at =
        where.source === "text" ? { ...where, column: where.column + (p.index ?? 0) } : where;
      out.push(itemOf({ text: p[0], where: at }, item.line));
    }
  }
  return changed ? out : items;
}

/** A line of two or more pipes and nothing else (spaces aside). */
const PIPES = /^\s*[|｜](?:\s*[|｜])+\s*$/u;
/** Pieces a wrapped label is looked for in (a long label in a narrow cell takes a line per few characters). */
const MAX_PIECES = 12;

/**
 * One-cell-per-line text: a lone `||||` between a row's header and its values stands for as many
 * empty cells when the values that follow are that many short, and is padding when they are not.
 */
function pipeRuns(items: Item[], index: TableIndex, diagnostics: Diagnostic[]): Item[] {
  let changed = false;
  const out: Item[] = [];
  let row: RowEntry | undefined = index.unlabelled;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    const k = item.key;
    const named = k ? index.rows.get(k) : undefined;
    if (named) row = named;
    const line = item.line;
    if (line.tokens[0] !== item.token || !row || !PIPES.test(line.text)) {
      out.push(item);
      continue;
    }
    const pipes = line.text.replace(/[^|｜]/gu, "").length;
    let values = 0;
    for (let j = i + line.tokens.length; j < items.length; j++) {
      const t = (items[j] as Item).token;
      if (!looksLikeValue(t.text)) {
        if (t.text === "") continue;
        break;
      }
      values++;
    }
    if (values === row.cells.length) {
      // padding of the header's spans: dropped
      i += line.tokens.length - 1;
      changed = true;
      continue;
    }
    if (values + pipes !== row.cells.length) {
      out.push(item);
      continue;
    }
    i += line.tokens.length - 1;
    changed = true;
    {
      const blanks: Token[] = Array.from({ length: pipes }, () => ({
        text: "",
        where: line.where,
      }));
      const own = synthetic(blanks);
      out.push(...blanks.map((token) => itemOf(token, own)));
      diagnostics.push(
        diagnostic("parse/empty-run", "info", {
          path: `/tables/${index.table.id}`,
          cells: row.cells.slice(0, pipes).map((c) => c.id),
          params: { ...at(line.where), cells: pipes },
        }),
      );
    }
  }
  return changed ? out : items;
}
