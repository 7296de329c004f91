import {
  type CellKind,
  type Diagnostic,
  EDITIONS,
  type Edition,
  type GridNode,
  type PrintedRow,
  type Statistics,
} from "@zfxxgk/schema";
import { at, diagnostic, provenanceOf } from "../../located.js";
import { labelKey, simplify } from "../../normalise.js";
import type { Line, Provenance, Token, Where } from "../../types.js";
import { looksLikeValue, readValue } from "../../values.js";

/**
 * The 《政府信息公开情况统计表》 as publishers print it, in any of the shapes published text takes:
 * one row per line (`|`, tabs, aligned spaces, Markdown), one cell per line, or a row's label,
 * unit and value run together. Rows are matched to the national grid by label in order, with or
 * without their numbering (一、/（一）/1./其中：) and counting-rule notes; the unit is read from its
 * own column or from the label (`主动公开政府信息数（条）`); rows the grid lacks are kept as printed.
 */

const compact = (text: string) => text.replace(/\s+/g, "");

/** Header words of the label column, the unit column and columns that only number the rows. */
const INDICATOR = new Set([
  "统计指标",
  "指标名称",
  "指标",
  "统计项目",
  "项目",
  "项目名称",
  "统计内容",
]);
const UNIT_HEADER = new Set(["单位", "计量单位"]);
const NUMBER_HEADER = new Set(["序号", "编号", "行次"]);
/** Units printed in the table beside those of the grid (local tables count in more units). */
const MORE_UNITS = ["元", "项", "份", "个", "人", "家", "场", "期", "户", "天", "小时", "人次"];
const DASH_UNIT = /^[-—–－─]+$/u;
const NUMBERING =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十0-9]{1,3}\s*[)）]|[0-9]{1,2}\s*[.．、]|[0-9]{1,2}\s+(?=\p{Script=Han}))\s*/u;
const OF_WHICH = /^其中\s*[:：]?\s*/u;
const TRAILING_NOTE = /[（(][^（()）]*[)）]$/u;
/** A value at the end of a run-together row: a number, a dash or a slash. */
const VALUE_END = /(?:[0-9]+(?:\.[0-9]+)?|[-—–－─]+|[/／])$/u;
const ROW_NUMBER = /^[（(]?[一二三四五六七八九十0-9]{1,3}[)）.．、]?$/u;
const HAN = /\p{Script=Han}/u;
const PROSE_END = /[。；;！？!?]$/u;
const MAX_ROW_TEXT = 120;

export interface RowKey {
  readonly id: string;
  readonly cell: boolean;
  readonly kind: CellKind;
  /** Keys of the label as the grid prints it, with and without its note. */
  readonly keys: readonly string[];
  /** Key of the label without numbering, 其中 and note. */
  readonly bare: string;
}

/** The label without its numbering, 其中 and trailing parenthesis, as a comparison key. */
function bareKey(label: string): string {
  let text = label.trim();
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(NUMBERING, "").replace(OF_WHICH, "").trim();
  }
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(TRAILING_NOTE, "").trim();
  }
  return labelKey(text);
}

const TABLE = "S";
const rowKeys = new Map<Edition, readonly RowKey[]>();
const unitWords = new Map<Edition, ReadonlySet<string>>();

/** The statistics table's rows in official order, with the label keys they are found by. */
export function rowKeysOf(edition: Edition): readonly RowKey[] {
  let keys = rowKeys.get(edition);
  if (keys) return keys;
  const table = EDITIONS[edition].grid.tables.find((t) => t.id === TABLE);
  const rows: readonly GridNode[] = table?.layout === "matrix" ? table.rows : [];
  const kind = table?.layout === "matrix" ? table.kind : "count";
  keys = rows.map((node) => ({
    id: node.key ?? node.heading ?? "",
    cell: node.key !== undefined,
    kind: node.kind ?? kind,
    keys: [
      labelKey(node.label["zh-Hans"]),
      ...(node.note ? [labelKey(node.label["zh-Hans"] + node.note["zh-Hans"])] : []),
    ],
    bare: bareKey(node.label["zh-Hans"]),
  }));
  rowKeys.set(edition, keys);
  unitWords.set(
    edition,
    new Set([
      ...rows.flatMap((n) =>
        n.unit && !DASH_UNIT.test(n.unit["zh-Hans"]) ? [n.unit["zh-Hans"]] : [],
      ),
      ...MORE_UNITS,
    ]),
  );
  return keys;
}

const unitsOf = (edition: Edition) => {
  rowKeysOf(edition);
  return unitWords.get(edition) as ReadonlySet<string>;
};

/** The grid row a printed label stands for: the next in order first, then any row not yet used. */
function matchRow(
  gridKeys: readonly RowKey[],
  label: string,
  from: number,
  used: ReadonlySet<number>,
): number | undefined {
  const key = labelKey(label);
  const bare = bareKey(label);
  const order = gridKeys.map((_, i) => (i + from) % gridKeys.length);
  for (const test of [
    (g: RowKey) => g.keys.includes(key),
    (g: RowKey) => bare.length > 0 && g.bare === bare,
  ])
    for (const i of order) if (!used.has(i) && test(gridKeys[i] as RowKey)) return i;
  return undefined;
}

/** The header of the table: the line it starts on and where its rows begin. */
export interface TableHeader {
  readonly at: number;
  readonly rowsFrom: number;
  readonly unitColumn: boolean;
  /** Columns printed before the label (序号). */
  readonly leading: number;
  readonly columns: readonly string[];
}

const wordOf = (text: string) => labelKey(text);

/** Finds the header `统计指标 | 单位 | 统计数…` in any shape; undefined when the table has none. */
export function findHeader(lines: readonly Line[], from = 0): TableHeader | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text.length > MAX_ROW_TEXT) continue;
    const tokens = line.tokens.map((t) => t.text.trim());
    let leading = 0;
    while (leading < tokens.length - 1 && NUMBER_HEADER.has(wordOf(tokens[leading] ?? "")))
      leading++;
    const first = wordOf(tokens[leading] ?? "");
    // run together: 统计指标单位统计数
    const together = [...INDICATOR].find((w) => first.startsWith(w) && first.length > w.length);
    if (together && tokens.length === 1) {
      let rest = first.slice(together.length);
      const unit = [...UNIT_HEADER].find((w) => rest.startsWith(w));
      if (!unit && !/统计数|数量|数值/.test(rest)) continue;
      rest = unit ? rest.slice(unit.length) : rest;
      return {
        at: i,
        rowsFrom: i + 1,
        unitColumn: unit !== undefined,
        leading,
        columns: [rest || "统计数"],
      };
    }
    if (!INDICATOR.has(first)) continue;
    // the header's other cells: on this line, or one per line after it
    const rest = tokens.slice(leading + 1);
    let next = i + 1;
    if (rest.filter(Boolean).length === 0)
      while (next < lines.length && rest.length < 12) {
        const cell = lines[next] as Line;
        const text = cell.tokens.map((t) => t.text.trim()).join("");
        if (cell.tokens.length > 1 || !text || text.length > 12 || ROW_NUMBER.test(text)) break;
        if (NUMBERING.test(text) || HAN.test(text) === false) break;
        rest.push(text);
        next++;
      }
    const cells = rest.filter(Boolean);
    // `单位 统计数` in one field (text extracted with a single space between the headers)
    const joined = [...UNIT_HEADER].find(
      (w) => wordOf(cells[0] ?? "").startsWith(w) && wordOf(cells[0] ?? "").length > w.length,
    );
    if (joined) cells.splice(0, 1, joined, wordOf(cells[0] ?? "").slice(joined.length));
    const unitColumn = cells.length > 0 && UNIT_HEADER.has(wordOf(cells[0] as string));
    const columns = (unitColumn ? cells.slice(1) : cells).map(compact);
    const weak = first !== "统计指标" && first !== "指标名称";
    if (weak && !unitColumn && !columns.some((c) => /数|计/.test(c))) continue;
    if (!unitColumn && columns.length === 0) continue;
    return {
      at: i,
      rowsFrom: next,
      unitColumn,
      leading,
      columns: columns.length ? columns : ["统计数"],
    };
  }
  return undefined;
}

const HEADER_WORDS = [...INDICATOR, ...UNIT_HEADER, ...NUMBER_HEADER].join("");

/** A header printed again (a table continued on the next page), or a piece of a broken one. */
function isHeaderAgain(line: Line, header: TableHeader): boolean {
  const first = wordOf(line.tokens[0]?.text ?? "");
  if (first && findHeader([line]) !== undefined) return true;
  const text = wordOf(line.text);
  if (line.tokens.length > 1 || text.length === 0 || text.length > 4) return false;
  return (HEADER_WORDS + header.columns.map(wordOf).join("")).includes(text);
}

interface RawRow {
  label: string;
  where: Where;
  cells: Token[];
  /** Unit split off run-together text. */
  unit?: string;
}

/** Splits `1.政府网站公开政府信息数条135` into label, unit and value. */
function splitRunTogether(
  token: Token,
  units: ReadonlySet<string>,
  unitColumn: boolean,
): { label: string; cells: Token[]; unit?: string } {
  let text = token.text.trim();
  const cells: Token[] = [];
  const value = VALUE_END.exec(text);
  let valueText = value?.[0];
  if (valueText && value && value.index > 0) text = text.slice(0, value.index).trimEnd();
  else valueText = undefined;
  let unit: string | undefined;
  if (unitColumn) {
    const plain = simplify(text);
    const found = [...units]
      .sort((a, b) => b.length - a.length)
      .find((u) => plain.endsWith(u) && plain.length > u.length);
    if (found) {
      unit = text.slice(text.length - found.length);
      text = text.slice(0, text.length - found.length);
    } else if (valueText && DASH_UNIT.test(valueText)) {
      // `三、依申请公开情况——`: the dash is the unit column, no value follows
      unit = valueText;
      valueText = undefined;
    }
  }
  if (valueText !== undefined) {
    const column =
      token.where.source === "text" ? token.where.column + token.text.lastIndexOf(valueText) : 0;
    cells.push({
      text: valueText,
      where: token.where.source === "text" ? { ...token.where, column } : token.where,
    });
  }
  return { label: text.trim(), cells, ...(unit ? { unit } : {}) };
}

/** `(一)主动公开政府信息数 条`: a unit after the label, one space apart (pdftotext -raw). */
function spacedUnit(
  text: string,
  units: ReadonlySet<string>,
  unitColumn: boolean,
): { label: string; cells: Token[]; unit?: string } {
  const m = /^(.*\S)\s+(\S{1,3})$/u.exec(text);
  const unit = m?.[2];
  if (!unitColumn || !m || !unit || !(units.has(simplify(unit)) || DASH_UNIT.test(unit)))
    return { label: text, cells: [] };
  return { label: m[1] as string, cells: [], unit };
}

const isLabel = (text: string, units: ReadonlySet<string>) => {
  const t = compact(text);
  return (
    t !== "" && HAN.test(t) && !looksLikeValue(t) && !units.has(simplify(t)) && !DASH_UNIT.test(t)
  );
};

/** The unit written into the label: `主动公开政府信息数（条）`, `（单位：件）`. */
function unitInLabel(label: string, units: ReadonlySet<string>) {
  const m = /[（(]\s*(?:单位|單位)?\s*[:：]?\s*([^（()）]{1,3})\s*[)）]$/u.exec(label);
  const unit = m?.[1]?.trim();
  if (!m || !unit || !units.has(simplify(unit))) return undefined;
  return { label: label.slice(0, m.index).trim(), unit };
}

/** The table's rows from its header on, each with its label and the cells printed after it. */
function rawRows(
  lines: readonly Line[],
  header: TableHeader,
  units: ReadonlySet<string>,
  gridKeys: readonly RowKey[],
  diagnostics: Diagnostic[],
): { rows: RawRow[]; end: number } {
  const rows: RawRow[] = [];
  let end = lines.length;
  const startsRow = (label: string) =>
    NUMBERING.test(label) || matchRow(gridKeys, label, 0, new Set()) !== undefined;
  for (let i = header.rowsFrom; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = line.text.trim();
    if (!line.row && (PROSE_END.test(text) || text.length > MAX_ROW_TEXT)) {
      end = i;
      break;
    }
    // the header again on the next page, or pieces of a header broken over lines (统计 / 数)
    if (isHeaderAgain(line, header)) continue;
    let tokens = line.tokens.filter((t) => !t.pad);
    // a 序号 column before the label: keep the number with the label
    if (header.leading && tokens.length > 1 && ROW_NUMBER.test(compact(tokens[0]?.text ?? ""))) {
      const [number, label, ...more] = tokens as [Token, Token, ...Token[]];
      if (isLabel(label.text, units))
        tokens = [{ ...label, text: `${compact(number.text)} ${label.text.trim()}` }, ...more];
    }
    const expected = (header.unitColumn ? 1 : 0) + header.columns.length;
    const rowLine = line.row && tokens.length > 1;
    tokens.forEach((token, k) => {
      const current = rows.at(-1);
      const filled = current ? current.cells.length + (current.unit ? 1 : 0) : 0;
      // a cell by its place: after a row line's label, or amid a row printed one cell per line
      const inPlace =
        current !== undefined &&
        ((rowLine && k > 0) ||
          (!rowLine &&
            filled > 0 &&
            filled < expected &&
            !startsRow(splitRunTogether(token, units, header.unitColumn).label)));
      if (inPlace || !isLabel(token.text, units)) {
        const row = rows.at(-1);
        if (row) row.cells.push(token);
        else if (token.text.trim())
          diagnostics.push(
            diagnostic("parse/stray-value", "warning", {
              path: `/tables/${TABLE}`,
              actual: token.text,
              params: { ...at(token.where), table: TABLE },
            }),
          );
        return;
      }
      const alone = !line.row && tokens.length === 1;
      const split = alone
        ? splitRunTogether(token, units, header.unitColumn)
        : spacedUnit(token.text.trim(), units, header.unitColumn);
      const previous = rows.at(-1);
      // a label broken over two lines: the second half joins the first
      if (
        previous &&
        matchRow(gridKeys, split.label, 0, new Set()) === undefined &&
        matchRow(gridKeys, previous.label + split.label, 0, new Set()) !== undefined &&
        matchRow(gridKeys, previous.label, 0, new Set()) === undefined
      ) {
        previous.label += split.label;
        previous.cells.push(...split.cells);
        if (split.unit) previous.unit = split.unit;
        return;
      }
      rows.push({
        label: split.label,
        where: token.where,
        cells: split.cells,
        ...(split.unit ? { unit: split.unit } : {}),
      });
    });
  }
  // lines after the table that are not rows of it (a signature, a note): not table rows
  while (rows.length) {
    const last = rows.at(-1) as RawRow;
    if (last.cells.some((c) => c.text.trim()) || last.unit) break;
    if (matchRow(gridKeys, last.label, 0, new Set()) !== undefined) break;
    rows.pop();
  }
  return { rows, end };
}

export interface StatisticsRead {
  readonly statistics: Statistics;
  readonly values: Record<string, number | string | null>;
  readonly provenance: Record<string, Provenance>;
  readonly diagnostics: Diagnostic[];
  /** The line after the table. */
  readonly end: number;
}

/** Reads the statistics table whose header was found, with the title lines read before it. */
export function readStatistics(
  edition: Edition,
  lines: readonly Line[],
  header: TableHeader,
  head: { title?: string; period?: string; filler?: string },
): StatisticsRead {
  const gridKeys = rowKeysOf(edition);
  const units = unitsOf(edition);
  const diagnostics: Diagnostic[] = [];
  const values: Record<string, number | string | null> = {};
  const provenance: Record<string, Provenance> = {};
  const { rows: raw, end } = rawRows(lines, header, units, gridKeys, diagnostics);
  const columns = header.columns;
  const rows: PrintedRow[] = [];
  const used = new Set<number>();
  let cursor = 0;

  const read = (token: Token | undefined, kind: CellKind, path: string, cell?: string) => {
    if (!token) return null;
    const got = readValue(token.text, kind);
    const retry = !got.ok && kind === "count" ? readValue(token.text, "amount") : got;
    const result = cell === undefined && !got.ok && retry.ok ? retry : got;
    if (result.ok) {
      if (result.unit)
        diagnostics.push(
          diagnostic("parse/value-with-unit", "warning", {
            path,
            cells: cell ? [cell] : [],
            actual: token.text,
            expected: String(result.value),
            params: { ...at(token.where), unit: result.unit },
          }),
        );
      return result.value;
    }
    diagnostics.push(
      diagnostic(`parse/${result.problem}`, "error", {
        path,
        cells: cell ? [cell] : [],
        actual: token.text,
        params: { ...at(token.where), kind },
      }),
    );
    return null;
  };

  raw.forEach((row) => {
    let label = row.label;
    let unit = row.unit;
    let cells = row.cells;
    const written = unitInLabel(label, units);
    const found = matchRow(gridKeys, written?.label ?? label, cursor, used);
    const node = found === undefined ? undefined : gridKeys[found];
    // the unit: its own column, else written into the label
    if (header.unitColumn && unit === undefined && cells.length) {
      const first = compact(cells[0]?.text ?? "");
      const plainNumber = /^[0-9]+(\.[0-9]+)?$/.test(first);
      if (!node?.cell || !plainNumber || cells.length > columns.length) {
        unit = cells[0]?.text.trim() || undefined;
        cells = cells.slice(1);
      }
    }
    if (written && unit === undefined) {
      label = written.label;
      unit = written.unit;
    }
    const extra = cells.slice(columns.length).filter((c) => c.text.trim());
    if (extra.length)
      diagnostics.push(
        diagnostic("parse/statistics-extra-cells", "warning", {
          actual: extra.map((c) => c.text.trim()).join(" "),
          expected: columns.length,
          params: { ...at((extra[0] as Token).where), label },
        }),
      );
    const printed = cells.slice(0, columns.length);
    if (found !== undefined && node) {
      used.add(found);
      cursor = found + 1;
      const entry: PrintedRow = { key: node.id, label, ...(unit ? { unit } : {}) };
      const index = rows.length;
      if (node.cell) {
        const [first, ...more] = printed;
        values[node.id] = read(
          first,
          node.kind,
          `/tables/${TABLE}/${node.id}`,
          `${TABLE}.${node.id}`,
        );
        if (first) provenance[`${TABLE}.${node.id}`] = provenanceOf(first.where, first.text);
        else
          diagnostics.push(
            diagnostic("parse/statistics-value-missing", "warning", {
              path: `/tables/${TABLE}/${node.id}`,
              cells: [`${TABLE}.${node.id}`],
              params: { ...at(row.where), label },
            }),
          );
        const rest = columns
          .slice(1)
          .map((_, k) => read(more[k], node.kind, `/statistics/rows/${index}/values/${k}`));
        rows.push(rest.length ? { ...entry, values: rest } : entry);
      } else {
        const rest = printed.map((t, k) =>
          read(t, "count", `/statistics/rows/${index}/values/${k}`),
        );
        rows.push(rest.some((v) => v !== null) ? { ...entry, values: rest } : entry);
      }
      return;
    }
    const kind: CellKind = unit && /万元|萬元/.test(unit) ? "amount" : "count";
    const index = rows.length;
    rows.push({
      label,
      ...(unit ? { unit } : {}),
      values: columns.map((_, k) =>
        read(printed[k], kind, `/statistics/rows/${index}/values/${k}`),
      ),
    });
    diagnostics.push(
      diagnostic("parse/statistics-local-row", "info", { actual: label, params: at(row.where) }),
    );
  });
  for (const node of gridKeys)
    if (node.cell && !(node.id in values)) {
      values[node.id] = null;
      diagnostics.push(
        diagnostic("parse/statistics-row-missing", "info", {
          path: `/tables/${TABLE}/${node.id}`,
          cells: [`${TABLE}.${node.id}`],
        }),
      );
    }
  return {
    statistics: {
      ...head,
      title: head.title ?? "政府信息公开情况统计表",
      columns: [...columns],
      rows,
    },
    values,
    provenance,
    diagnostics,
    end,
  };
}
