import {
  type CellValue,
  EDITIONS,
  type LayoutCell,
  type Locale,
  type SectionedReport as Report,
  readCell,
  tableLayout,
} from "@zfxxgk/schema";
import * as OpenCC from "opencc-js";

/**
 * A report written out the ways published reports are, from the grid (labels are never retyped):
 * tables flattened to `a | b | c` lines, one cell per line, bare lines in traditional characters
 * with converter artefacts, and CMS HTML with rowspan/colspan.
 */

const toHant = OpenCC.Converter({ from: "cn", to: "tw" });
const show = (v: CellValue) => (v === null ? "" : String(v));
const label = (c: LayoutCell, locale: Locale) =>
  c.type === "data" ? "" : c.label[locale] + (c.note ? c.note[locale] : "");

function rows(report: Report, locale: Locale): { cells: { text: string; span: number }[] }[] {
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
