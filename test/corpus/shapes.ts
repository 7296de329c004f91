import {
  type CellValue,
  EDITIONS,
  editionOf,
  hasSections,
  type LayoutCell,
  type Report,
  readCell,
  type SectionedReport,
  tableLayout,
} from "@zfxxgk/schema";
import { oldReportLines, printedStatistics } from "../../packages/parse/test/published.js";

/**
 * Published reports written out in the shapes real ones come in, from a report and its edition's
 * grid (labels are never retyped). Each function says the shape it stands for.
 */

type Row = { cells: { text: string; span: number; data: boolean }[] };

const show = (v: CellValue) => (v === null ? "" : String(v));
const labelOf = (c: LayoutCell) =>
  c.type === "data" ? "" : c.label["zh-Hans"] + (c.note ? c.note["zh-Hans"] : "");
const gridOf = (report: Report) => editionOf(report.edition).grid;
const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;");

export const titleOf = (report: Report) =>
  report.meta.title ?? `${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告`;

function tableRows(report: Report, id: string): Row[] {
  if (!hasSections(report)) return printedStatistics(report).map((cells) => ({ cells }));
  const table = gridOf(report).tables.find((t) => t.id === id);
  if (!table) return [];
  const layout = tableLayout(table);
  return [...layout.head, ...layout.body].map((row) => ({
    cells: row.map((c) => ({
      text: c.type === "data" ? show(readCell(report, c.cell) as CellValue) : labelOf(c),
      span: c.colspan,
      data: c.type === "data",
    })),
  }));
}

/** The document's lines: title, preamble, each section's heading, narrative and table lines. */
function documentLines(
  report: Report,
  table: (id: string) => string[],
  options: { title?: boolean } = {},
): string[] {
  if (!hasSections(report)) {
    const old = [...oldReportLines(report), ...table(gridOf(report).tables[0]?.id ?? "")];
    return options.title === false ? old.slice(1) : old;
  }
  const lines = options.title === false ? [] : [titleOf(report)];
  for (const p of report.preamble ?? []) lines.push(p.text);
  for (const section of gridOf(report).sections) {
    lines.push(section.heading["zh-Hans"]);
    for (const b of report.sections[section.key as keyof SectionedReport["sections"]])
      lines.push(b.text);
    if ("table" in section && section.table) lines.push(...table(section.table));
  }
  return lines;
}

/** Crawled text: every table row's label and values run together with no separator. */
export function runTogether(report: Report): string {
  return documentLines(report, (id) =>
    tableRows(report, id).map((row) =>
      row.cells.some((c) => c.data)
        ? row.cells.map((c) => c.text).join("")
        : row.cells.map((c) => c.text).join(" "),
    ),
  ).join("\n");
}

/**
 * Markdown from a PDF-to-text converter: `| a | b |` rows with a `|---|` rule under the first row
 * of each table, padding cells misaligned, the first two header rows merged into one line.
 */
export function converterMarkdown(report: Report): string {
  return documentLines(report, (id) => {
    const rows = tableRows(report, id);
    const out: string[] = [];
    rows.forEach((row, i) => {
      const cells = row.cells.flatMap((c) => [c.text, ...Array(c.span - 1).fill("")]);
      const line = `|${cells.map((c, k) => (k % 2 ? ` ${c}  ` : c)).join("|")}|`;
      if (i === 1 && !row.cells.some((c) => c.data)) {
        out[out.length - 2] = `${out[out.length - 2]?.slice(0, -1)}${line}`;
        return;
      }
      out.push(line);
      if (i === 0) out.push(`|${cells.map(() => "---").join("|")}|`);
    });
    return out;
  }).join("\n");
}

/**
 * One cell per line (`value |`) where each table's unlabelled row begins with a lone line of
 * pipes standing for its first blank cells (one `|` per blank).
 */
export function cellPerLineWithPipeRuns(report: Report): string {
  return documentLines(report, (id) =>
    tableRows(report, id).flatMap((row) => {
      const lines: string[] = [];
      let blanks = 0;
      const leading = !row.cells.some((c) => !c.data);
      row.cells.forEach((c, i) => {
        if (leading && c.data && c.text === "" && lines.length === 0) {
          blanks++;
          return;
        }
        if (blanks) {
          lines.push("|".repeat(blanks));
          blanks = 0;
        }
        const pad =
          i === row.cells.length - 1
            ? "|".repeat(row.cells.reduce((n, x) => n + x.span - 1, 0))
            : "";
        lines.push(`${c.text} |${pad}`);
      });
      if (blanks) lines.push("|".repeat(blanks));
      return lines;
    }),
  ).join("\n");
}

/** Raw reading order of a PDF's text: each table's labels in one run, then all its values. */
export function separateRuns(report: Report): string {
  return documentLines(report, (id) => {
    const rows = tableRows(report, id);
    const labels: string[] = [];
    const values: string[] = [];
    for (const row of rows) {
      const data = row.cells.filter((c) => c.data);
      const text = row.cells.filter((c) => !c.data).map((c) => c.text);
      if (!data.length) labels.push(...text);
      else if (!text.length) values.push(...data.map((c) => c.text || "0"));
      else {
        labels.push(text.at(-1) ?? "");
        values.push(...data.map((c) => c.text || "0"));
      }
    }
    return [...labels, ...values];
  }).join("\n");
}

/** Text without a title: the body is named in the opening sentence only. */
export function openingSentenceOnly(report: Report): string {
  const lines = documentLines(
    report,
    (id) => tableRows(report, id).map((row) => `${row.cells.map((c) => c.text).join(" | ")} |`),
    { title: false },
  );
  return [
    `根据《中华人民共和国政府信息公开条例》规定，现公布${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告。`,
    ...lines,
  ].join("\n");
}

/** Text without a title or opening sentence: the body signs at the end, with the date. */
export function signatureOnly(report: Report): string {
  const lines = documentLines(
    report,
    (id) => tableRows(report, id).map((row) => `${row.cells.map((c) => c.text).join(" | ")} |`),
    { title: false },
  );
  return [
    `根据《条例》要求，特编制本机关${report.meta.year}年政府信息公开工作年度报告。`,
    ...lines,
    report.meta.agency,
    `${report.meta.year + 1}年1月20日`,
  ].join("\n");
}

/**
 * A Word document saved as HTML for a portal: mso classes, `<o:p>`, `&nbsp;`, `<br>` in labels,
 * the page inside a layout table, and table 三 split over two `<table>` elements.
 */
export function wordHtml(report: Report): string {
  const out: string[] = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><title>',
    esc(titleOf(report)),
    "</title><style>p.MsoNormal{margin:0}</style></head><body lang=ZH-CN><div class=WordSection1>",
    '<table class=MsoNormalTable width="100%"><tr><td>',
  ];
  const para = (t: string) =>
    `<p class=MsoNormal style='text-indent:21.0pt'><span style='font-family:仿宋_GB2312'>${esc(t)}<o:p></o:p></span></p>`;
  const lines = documentLines(report, (id) => [`\u0000${id}`]);
  for (const line of lines) {
    if (!line.startsWith("\u0000")) {
      out.push(para(line));
      continue;
    }
    const id = line.slice(1);
    const table = gridOf(report).tables.find((t) => t.id === id);
    if (!table) continue;
    if (!hasSections(report)) {
      out.push("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>");
      for (const row of printedStatistics(report))
        out.push(
          `<tr>${row.map((c) => `<td style='border:solid windowtext 1.0pt'><p class=MsoNormal><span>${c.text === "" ? "&nbsp;" : esc(c.text)}<o:p></o:p></span></p></td>`).join("")}</tr>`,
        );
      out.push("</table>");
      continue;
    }
    const layout = tableLayout(table);
    const rows = [...layout.head, ...layout.body];
    const splitAt = rows.length > 12 ? Math.floor(rows.length / 2) + 1 : rows.length;
    out.push("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>");
    rows.forEach((row, i) => {
      if (i === splitAt) {
        out.push(
          "</table>",
          para(""),
          "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>",
        );
      }
      out.push("<tr style='height:15.0pt'>");
      for (const c of row) {
        const span = `${c.rowspan > 1 ? ` rowspan=${c.rowspan}` : ""}${c.colspan > 1 ? ` colspan=${c.colspan}` : ""}`;
        const text =
          c.type === "data"
            ? show(readCell(report, c.cell) as CellValue)
            : esc(labelOf(c)).replace(/^(.{3})(.{3,})$/u, "$1<br>\n$2");
        out.push(
          `<td width=60 valign=top${span} style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal align=center><span lang=EN-US>${text === "" ? "&nbsp;" : text}<o:p></o:p></span></p></td>`,
        );
      }
      out.push("</tr>");
    });
    out.push("</table>");
  }
  out.push("</td></tr></table></div></body></html>");
  return out.join("\n");
}

/** `pdftotext -layout` style furniture: a form feed, a running header and a page number. */
export function withPageFurniture(text: string, title: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, i) => {
    out.push(line);
    if (i > 0 && i % 40 === 0) {
      out.push(`-${page}-`, `\f${title}`, `Page ${page + 1} - ${title}`, `P. ${page + 1}`);
      page++;
    }
  });
  return out.join("\n");
}

/** The editions the corpus covers (every edition in the registry with examples). */
export const editions = Object.keys(EDITIONS);
