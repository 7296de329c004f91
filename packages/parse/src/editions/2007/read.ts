import {
  type BodySection,
  type Diagnostic,
  EDITIONS,
  type Edition,
  editionForYear,
  type GridNode,
  type PrintedRow,
  parseReport,
  type Report,
  type Statistics,
} from "@zfxxgk/schema";
import type { EditionIndex } from "../../grid-index.js";
import { at, diagnostic, provenanceOf } from "../../located.js";
import { labelKey, simplify } from "../../normalise.js";
import type { Line, ParseOptions, ParseOutcome, Provenance, Token } from "../../types.js";

/**
 * Reads a 2008–2018 report (old regulation, 国务院令第492号): a title, the sections the report
 * itself numbers (一、… with （一）… sub-headings), the 落款 and date, and, when attached, the
 * 《政府信息公开情况统计表》 (`统计指标 | 单位 | 统计数`, national rows matched to the grid by label
 * in order, local rows and extra value columns kept as printed).
 */

const SECTION = /^([一二三四五六七八九十]{1,3})、\s*(.+)$/;
const SUBHEADING = /^[（(]([一二三四五六七八九十]{1,3})[)）]\s*(.+)$/;
const DATE = /([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日$/;
const TITLE_YEAR = /^(.*?)\s*([0-9]{4})\s*年度?/;
const NUMBER = /^[0-9]+$/;
const DECIMAL = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;

const compact = (text: string) => text.replace(/\s+/g, "");
const INDICATOR = labelKey("统计指标");
const UNIT = labelKey("单位");

/** The header row of the statistics table: 统计指标 | 单位 | value columns. */
export function isStatisticsHeader(line: Line): boolean {
  const [first, second] = line.tokens.map((t) => labelKey(t.text));
  return line.row && first === INDICATOR && second === UNIT;
}

/** A printed value: counts as numbers, amounts (万元) as the decimal written, marks as marks. */
function cellValue(text: string, amount = false): number | string | null {
  const t = compact(text);
  if (t === "") return null;
  if (NUMBER.test(t) && !amount) return Number(t);
  if (DECIMAL.test(t)) return t;
  if (/^[-—－–─]+$/.test(t)) return "—";
  if (t === "/" || t === "／") return "/";
  if (t === "无") return "无";
  return t;
}

interface RowKey {
  readonly id: string;
  readonly cell: boolean;
  readonly amount: boolean;
  readonly keys: readonly string[];
}

const TABLE = "S";
const rowKeys = new Map<Edition, readonly RowKey[]>();

/** The statistics table's rows in official order, with the label keys they are found by. */
function rowKeysOf(edition: Edition): readonly RowKey[] {
  let keys = rowKeys.get(edition);
  if (keys) return keys;
  const table = EDITIONS[edition].grid.tables.find((t) => t.id === TABLE);
  const rows: readonly GridNode[] = table?.layout === "matrix" ? table.rows : [];
  const kind = table?.layout === "matrix" ? table.kind : undefined;
  keys = rows.map((node) => ({
    id: node.key ?? node.heading ?? "",
    cell: node.key !== undefined,
    amount: (node.kind ?? kind) === "amount",
    keys: [
      labelKey(node.label["zh-Hans"]),
      ...(node.note ? [labelKey(node.label["zh-Hans"] + node.note["zh-Hans"])] : []),
    ],
  }));
  rowKeys.set(edition, keys);
  return keys;
}

interface Read {
  readonly statistics: Statistics;
  readonly values: Record<string, number | string | null>;
  readonly provenance: Record<string, Provenance>;
  readonly diagnostics: Diagnostic[];
}

/** The statistics table from its header row on; undefined when there is none. */
function readTable(
  gridKeys: readonly RowKey[],
  lines: readonly Line[],
  from: number,
  head: Partial<Statistics>,
): Read {
  const header = lines[from] as Line;
  const columns = header.tokens
    .slice(2)
    .map((t) => compact(t.text))
    .filter(Boolean);
  const values: Record<string, number | string | null> = {};
  const provenance: Record<string, Provenance> = {};
  const diagnostics: Diagnostic[] = [];
  const rows: PrintedRow[] = [];
  let cursor = 0;
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (!line.row) break;
    const [labelToken, unitToken, ...valueTokens] = line.tokens;
    const label = labelToken?.text.trim() ?? "";
    if (!label) continue;
    const unit = unitToken?.text.trim() || undefined;
    const found = matchRow(gridKeys, label, cursor);
    const printedValues = columns.map((_, c) => valueTokens[c] as Token | undefined);
    if (found !== undefined) {
      cursor = found + 1;
      const node = gridKeys[found];
      const row: PrintedRow = { key: node?.id ?? "", label, ...(unit ? { unit } : {}) };
      if (node?.cell) {
        const first = printedValues[0];
        values[node.id] = cellValue(first?.text ?? "", node.amount);
        if (first) provenance[`S.${node.id}`] = provenanceOf(first.where, first.text);
        const more = printedValues.slice(1).map((t) => cellValue(t?.text ?? ""));
        rows.push(more.length ? { ...row, values: more } : row);
      } else {
        const more = printedValues.map((t) => cellValue(t?.text ?? ""));
        rows.push(more.some((v) => v !== null) ? { ...row, values: more } : row);
      }
    } else {
      rows.push({
        label,
        ...(unit ? { unit } : {}),
        values: printedValues.map((t) => cellValue(t?.text ?? "")),
      });
      diagnostics.push(
        diagnostic("parse/statistics-local-row", "info", { actual: label, params: at(line.where) }),
      );
    }
  }
  for (const node of gridKeys)
    if (node.cell && !(node.id in values)) {
      values[node.id] = null;
      diagnostics.push(
        diagnostic("parse/statistics-row-missing", "info", {
          path: `/tables/S/${node.id}`,
          cells: [`S.${node.id}`],
        }),
      );
    }
  return {
    statistics: {
      title: head.title ?? "政府信息公开情况统计表",
      ...head,
      columns: columns.length ? columns : ["统计数"],
      rows,
    },
    values,
    provenance,
    diagnostics,
  };
}

function matchRow(gridKeys: readonly RowKey[], label: string, from: number): number | undefined {
  const key = labelKey(label);
  for (let i = from; i < gridKeys.length; i++) if (gridKeys[i]?.keys.includes(key)) return i;
  return undefined;
}

const simplified = (line: Line): Line => ({
  ...line,
  text: simplify(line.text),
  tokens: line.tokens.map((t) => ({ ...t, text: simplify(t.text) })),
});

const APPENDIX_HEAD = [
  /^附[表件]\s*[0-9一二三]?$/,
  /统计表$/,
  /^[（(][0-9]{4}年度?[)）]$/,
  /^填报单位/,
];
/** A line that heads the statistics table: 附表, its title, its year, the 填报单位 line. */
const isAppendixHead = (line: Line) =>
  APPENDIX_HEAD.some((re) => re.test(compact(simplify(line.text))));

const normaliseHeading = (text: string) =>
  text.replace(/^[(（]([一二三四五六七八九十]{1,3})[)）]\s*/, "（$1）");

/** Reads an old report from its lines. */
export function readOldReport(
  published: readonly Line[],
  options: ParseOptions,
  context: { readonly index: EditionIndex; readonly evidence: number; readonly title?: string },
): ParseOutcome {
  const { edition } = context.index;
  const gridKeys = rowKeysOf(edition);
  const lines = options.simplify ? published.map(simplified) : published;
  const diagnostics: Diagnostic[] = [];
  const titleLine = lines.findIndex(
    (l) => !l.row && /政府信息公开/.test(simplify(l.text)) && /报告/.test(simplify(l.text)),
  );
  const title = (titleLine >= 0 ? lines[titleLine]?.text : context.title)?.trim();
  const m = title ? TITLE_YEAR.exec(title) : null;
  const agency = m?.[1]?.trim() || undefined;
  const year = m?.[2] ? Number(m[2]) : undefined;
  let i = titleLine + 1;
  // The title repeated, broken over lines.
  let repeat = "";
  while (title && i < lines.length && !lines[i]?.row) {
    const next = compact(repeat + (lines[i]?.text ?? ""));
    if (!compact(title).startsWith(next) || next === "") break;
    repeat = next;
    i++;
  }
  const tableAt = lines.findIndex(isStatisticsHeader);
  let end = tableAt >= 0 ? tableAt : lines.length;
  // The table's own lines above it (附表, its title, （2018年度）, 填报单位) are not the body's.
  while (tableAt >= 0 && end > i && !lines[end - 1]?.row && isAppendixHead(lines[end - 1] as Line))
    end--;
  // The 落款: a date line, the line before it the signature (or both on one line).
  let dateAt = -1;
  for (let k = end - 1; k >= i; k--) {
    const text = lines[k]?.text ?? "";
    if (!lines[k]?.row && DATE.test(text) && text.length <= 40) {
      dateAt = k;
      break;
    }
  }
  let publishedOn: string | undefined;
  let bodyEnd = end;
  if (dateAt >= 0) {
    const d = DATE.exec(lines[dateAt]?.text ?? "") as RegExpExecArray;
    publishedOn = `${d[1]}-${(d[2] as string).padStart(2, "0")}-${(d[3] as string).padStart(2, "0")}`;
    const sameLine = (lines[dateAt]?.text ?? "").replace(DATE, "").trim();
    bodyEnd = sameLine ? dateAt : dateAt - 1;
  }
  // Without a date, a last line that is the body's name alone is the signature.
  if (dateAt < 0 && agency && compact(lines[bodyEnd - 1]?.text ?? "") === compact(agency))
    bodyEnd--;
  const preamble: { type: "paragraph"; text: string }[] = [];
  const body: BodySection[] = [];
  for (let k = i; k < bodyEnd; k++) {
    const line = lines[k] as Line;
    const text = line.text.trim();
    const section = SECTION.exec(text);
    if (section && text.length <= 60 && !/[。；]$/.test(text)) {
      body.push({
        number: section[1] as string,
        heading: (section[2] as string).trim(),
        blocks: [],
      });
      continue;
    }
    const current = body.at(-1);
    if (!current) {
      preamble.push({ type: "paragraph", text });
      continue;
    }
    const blocks = current.blocks as { type: "heading" | "paragraph"; text: string }[];
    if (SUBHEADING.test(text) && text.length <= 80 && !/[。；]$/.test(text))
      blocks.push({ type: "heading", text: normaliseHeading(text) });
    else blocks.push({ type: "paragraph", text });
  }
  // Between the 落款 and the table: 附表, its title, （2018年度）, 填报单位.
  const head: { title?: string; period?: string; filler?: string } = {};
  for (let k = Math.max(dateAt + 1, bodyEnd); k < (tableAt >= 0 ? tableAt : end); k++) {
    const text = compact(simplify(lines[k]?.text ?? ""));
    const filler = /^填报单位(?:[（(]盖章[)）])?[:：](.+)$/.exec(text);
    const period = /^[（(]([0-9]{4}年度?)[)）]$/.exec(text);
    if (filler) head.filler = filler[1] as string;
    else if (period) head.period = period[1] as string;
    else if (/统计表$/.test(text)) head.title = text;
  }
  const report: Record<string, unknown> = {
    edition,
    meta: {
      agency: agency ?? "",
      year: year ?? 0,
      ...(title ? { title } : {}),
      ...(publishedOn ? { publishedOn } : {}),
    },
    ...(preamble.length ? { preamble } : {}),
    body,
  };
  let provenance: Record<string, Provenance> = {};
  if (tableAt >= 0) {
    const read = readTable(gridKeys, lines, tableAt, head);
    report.tables = { S: read.values };
    report.statistics = read.statistics;
    provenance = read.provenance;
    diagnostics.push(...read.diagnostics);
  } else {
    report.tables = {
      S: Object.fromEntries(gridKeys.filter((g) => g.cell).map((g) => [g.id, null])),
    };
    diagnostics.push(diagnostic("parse/no-statistics-table", "warning"));
  }
  if (!agency)
    diagnostics.push(diagnostic("parse/missing-agency", "error", { path: "/meta/agency" }));
  if (year === undefined)
    diagnostics.push(diagnostic("parse/missing-year", "error", { path: "/meta/year" }));
  const issued = year === undefined ? undefined : editionForYear(year);
  if (year !== undefined && issued !== edition)
    diagnostics.push(
      diagnostic("parse/edition-year", "warning", {
        path: "/edition",
        actual: edition,
        ...(issued ? { expected: issued } : {}),
        params: { year, evidence: context.evidence },
      }),
    );
  const checked = parseReport(report);
  if (!checked.ok) return { diagnostics: [...diagnostics, ...checked.diagnostics], provenance };
  return { report: checked.report as Report, diagnostics, provenance };
}
