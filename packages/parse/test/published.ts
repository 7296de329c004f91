import {
  type Report as AnyReport,
  type CellValue,
  EDITIONS,
  hasSections,
  type LayoutCell,
  type Locale,
  readCell,
  tableLayout,
  toCells,
} from "@zfxxgk/schema";
import * as OpenCC from "opencc-js";

/**
 * A report written out the ways published reports are, from the grid (labels are never retyped):
 * tables flattened to `a | b | c` lines, one cell per line, bare lines in traditional characters
 * with converter artefacts, and CMS HTML with rowspan/colspan. A report without the grid's
 * sections (2008–2018) is written as its numbered sections, its 落款 and its statistics table as
 * printed (`统计指标 | 单位 | 统计数…`).
 */

type Report = AnyReport;
type PrintedCell = { text: string; span: number; data: boolean };
type Printed = { readonly statistics?: OldStatistics; readonly body?: OldSection[] };
type OldSection = { number?: string; heading: string; blocks: { text: string }[] };
type OldStatistics = {
  title: string;
  period?: string;
  filler?: string;
  columns: string[];
  rows: { key?: string; label: string; unit?: string; values?: CellValue[] }[];
};

/** The statistics table of a report without sections, as printed: header row, then each row. */
export function printedStatistics(report: Report): PrintedCell[][] {
  const stats = (report as Printed).statistics;
  if (!stats) return [];
  const table = EDITIONS[report.edition].grid.tables[0];
  const cells = toCells(report);
  const head = (text: string) => ({ text, span: 1, data: false });
  const value = (v: CellValue | undefined) => ({ text: show(v ?? null), span: 1, data: true });
  return [
    ["统计指标", "单位", ...stats.columns].map(head),
    ...stats.rows.map((row) => {
      const id = row.key === undefined ? undefined : `${table?.id}.${row.key}`;
      const own = id !== undefined && id in cells ? [cells[id] as CellValue] : [];
      const values = [...own, ...(row.values ?? [])];
      while (values.length < stats.columns.length) values.push(null);
      return [head(row.label), head(row.unit ?? ""), ...values.map(value)];
    }),
  ];
}

/** The text of a report without sections: title, numbered sections, 落款, the table's title lines. */
export function oldReportLines(report: Report): string[] {
  const { body = [], statistics } = report as Printed;
  const lines = [
    report.meta.title ?? `${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告`,
    ...(report.preamble ?? []).map((p) => p.text),
  ];
  for (const section of body) {
    lines.push(section.number ? `${section.number}、${section.heading}` : section.heading);
    for (const b of section.blocks) lines.push(b.text);
  }
  lines.push(report.meta.agency);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(report.meta.publishedOn ?? "");
  if (date) lines.push(`${date[1]}年${Number(date[2])}月${Number(date[3])}日`);
  if (statistics) {
    lines.push(statistics.title);
    if (statistics.period) lines.push(`（${statistics.period}）`);
    if (statistics.filler) lines.push(`填报单位（盖章）：${statistics.filler}`);
  }
  return lines;
}

const toHant = OpenCC.Converter({ from: "cn", to: "tw" });
const show = (v: CellValue) => (v === null ? "" : String(v));
const label = (c: LayoutCell, locale: Locale) =>
  c.type === "data" ? "" : c.label[locale] + (c.note ? c.note[locale] : "");

function rows(report: Report, locale: Locale): { cells: { text: string; span: number }[] }[] {
  if (!hasSections(report)) return printedStatistics(report).map((cells) => ({ cells }));
  const out: { cells: { text: string; span: number }[] }[] = [];
  for (const table of EDITIONS[report.edition].grid.tables) {
    const layout = tableLayout(table);
    for (const row of [...layout.head, ...layout.body]) {
      out.push({
        cells: row.map((c) => ({
          text: c.type === "data" ? show(readCell(report, c.cell) as CellValue) : label(c, locale),
          span: c.colspan,
        })),
      });
    }
  }
  return out;
}

function sectionLines(report: Report, locale: Locale, table: (id: string) => string[]): string[] {
  if (!hasSections(report))
    return [...oldReportLines(report), ...table(EDITIONS[report.edition].grid.tables[0]?.id ?? "")];
  const lines = [
    report.meta.title ?? `${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告`,
  ];
  for (const p of report.preamble ?? []) lines.push(p.text);
  for (const section of EDITIONS[report.edition].grid.sections) {
    lines.push(section.heading[locale]);
    const blocks = (report.sections as Record<string, { text: string }[]>)[section.key] ?? [];
    for (const b of blocks) lines.push(b.text);
    if (section.table) lines.push(...table(section.table));
  }
  return lines;
}

function tableRows(report: Report, locale: Locale) {
  const all = rows(report, locale);
  const byTable = new Map<string, typeof all>();
  if (!hasSections(report))
    return byTable.set(EDITIONS[report.edition].grid.tables[0]?.id ?? "", all);
  let at = 0;
  for (const table of EDITIONS[report.edition].grid.tables) {
    const layout = tableLayout(table);
    const n = layout.head.length + layout.body.length;
    byTable.set(table.id, all.slice(at, at + n));
    at += n;
  }
  return byTable;
}

/** Seed 000's shape: one table row per line, `|` after each cell, colspans padded at the end. */
export function pipeText(report: Report): string {
  const tables = tableRows(report, "zh-Hans");
  return sectionLines(report, "zh-Hans", (id) =>
    (tables.get(id) ?? []).map((row) => {
      const pad = row.cells.reduce((n, c) => n + c.span - 1, 0);
      return `${row.cells.map((c) => c.text).join(" | ")} |${"|".repeat(pad)}`;
    }),
  ).join("\n");
}

/** Seed 004's shape: every cell on its own line followed by `|`, colspans padded on the last. */
export function cellPerLine(report: Report): string {
  const tables = tableRows(report, "zh-Hans");
  return sectionLines(report, "zh-Hans", (id) =>
    (tables.get(id) ?? []).flatMap((row) => {
      const pad = row.cells.reduce((n, c) => n + c.span - 1, 0);
      return row.cells.map(
        (c, i) => `${c.text} |${i === row.cells.length - 1 ? "|".repeat(pad) : ""}`,
      );
    }),
  ).join("\n");
}

/** A converter artefact after every 發 and 報: `發(fā)布`, `報(bào)告`. */
const artefacts = (s: string) => s.replaceAll("發", "發(fā)").replaceAll("報", "報(bào)");

/** Seed 002's shape: traditional characters with artefacts, one cell per line, blank lines between. */
export function bareTraditional(report: Report): string {
  const tables = tableRows(report, "zh-Hans");
  return sectionLines(report, "zh-Hans", (id) =>
    (tables.get(id) ?? []).flatMap((row) => row.cells.map((c) => c.text)),
  )
    .map((line) => artefacts(toHant(line)))
    .join("\n\n");
}

/** A CMS page: the tables with their spans, no data attributes, labels broken by `<br>`. */
export function cmsHtml(report: Report): string {
  const html: string[] = ["<html><body><div class=content>"];
  const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
  const lines = sectionLines(report, "zh-Hans", (id) => [`\u0000${id}`]);
  for (const line of lines) {
    if (!line.startsWith("\u0000")) {
      html.push(`<p style="text-indent:2em">${esc(line)}</p>`);
      continue;
    }
    if (!hasSections(report)) {
      html.push('<table border="1" cellspacing="0"><tbody>');
      for (const row of printedStatistics(report))
        html.push(
          `<tr>${row.map((c) => `<td><p><span>${esc(c.text)}</span></p></td>`).join("")}</tr>`,
        );
      html.push("</tbody></table>");
      continue;
    }
    const table = EDITIONS[report.edition].grid.tables.find((t) => t.id === line.slice(1));
    if (!table) continue;
    const layout = tableLayout(table);
    html.push('<table border="1" cellspacing="0"><tbody>');
    for (const row of [...layout.head, ...layout.body]) {
      html.push("<tr>");
      for (const c of row) {
        const span = `${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ""}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ""}`;
        const text =
          c.type === "data"
            ? esc(show(readCell(report, c.cell) as CellValue))
            : esc(label(c, "zh-Hans")).replace(/^(.{2})(.{2,})$/u, "$1<br/>$2");
        html.push(`<td${span}><p align="center"><span>${text}</span></p></td>`);
      }
      html.push("</tr>");
    }
    html.push("</tbody></table>");
  }
  html.push("</div></body></html>");
  return html.join("\n");
}
