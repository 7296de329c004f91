import {
  type BodySection,
  type Diagnostic,
  editionForYear,
  parseReport,
  type Report,
} from "@zfxxgk/schema";
import type { EditionIndex } from "../../grid-index.js";
import { diagnostic } from "../../located.js";
import { fromOpening, fromSignature } from "../../meta-sources.js";
import { countPinyinArtefacts, simplify, stripPinyinArtefacts } from "../../normalise.js";
import type { Line, ParseOptions, ParseOutcome, Provenance } from "../../types.js";
import { findHeader, readStatistics, rowKeysOf } from "./statistics.js";

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
const compact = (text: string) => text.replace(/\s+/g, "");

const cleaned =
  (clean: (s: string) => string) =>
  (line: Line): Line => ({
    ...line,
    text: clean(line.text),
    tokens: line.tokens.map((t) => ({ ...t, text: clean(t.text) })),
  });

/** Converter artefacts (`報(bào)告`) are removed only from text that evidently has them. */
function hasArtefacts(lines: readonly Line[]): boolean {
  let n = 0;
  for (const l of lines) {
    n += countPinyinArtefacts(l.text, 2);
    if (n >= 2) return true;
  }
  return false;
}

const TITLE_PROSE = /[，。；,;]/u;

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
  const artefacts = hasArtefacts(published);
  const lines =
    options.simplify || artefacts
      ? published.map(
          cleaned((s) => {
            const t = artefacts ? stripPinyinArtefacts(s) : s;
            return options.simplify ? simplify(t) : t;
          }),
        )
      : published;
  const diagnostics: Diagnostic[] = [];
  const isTitle = (text: string) =>
    text.length <= 80 &&
    !TITLE_PROSE.test(text) &&
    /政府信息公开/.test(simplify(text)) &&
    /报告/.test(simplify(text));
  let titleLine = lines.findIndex((l) => !l.row && isTitle(l.text));
  let printedTitle = (titleLine >= 0 ? lines[titleLine]?.text : context.title)?.trim();
  // a title broken over two lines whose second line alone reads as a title, without the year
  const before = lines[titleLine - 1];
  if (before && !before.row && printedTitle && !TITLE_YEAR.test(printedTitle)) {
    const joined = `${before.text.trim()}${printedTitle}`;
    if (isTitle(joined) && TITLE_YEAR.test(joined)) printedTitle = joined;
  }
  // a title broken over two lines (a PDF's wide heading)
  for (let k = 0; titleLine < 0 && k < Math.min(lines.length - 1, 10); k++) {
    const [a, b] = [lines[k] as Line, lines[k + 1] as Line];
    const joined = `${a.text.trim()}${b.text.trim()}`;
    if (a.row || b.row || isTitle(a.text) || !isTitle(joined)) continue;
    titleLine = k + 1;
    printedTitle = joined;
  }
  // the body and title are named in simplified characters, as by the other editions' reader
  const title = printedTitle && simplify(stripPinyinArtefacts(printedTitle));
  const m = title ? TITLE_YEAR.exec(title) : null;
  let agency = m?.[1]?.trim() || undefined;
  let year = m?.[2] ? Number(m[2]) : undefined;
  let i = titleLine + 1;
  // The title repeated, broken over lines.
  let repeat = "";
  while (title && i < lines.length && !lines[i]?.row) {
    const next = compact(repeat + (lines[i]?.text ?? ""));
    if (!compact(printedTitle ?? "").startsWith(next) || next === "") break;
    repeat = next;
    i++;
  }
  const header = findHeader(lines, i);
  const tableAt = header ? header.at : -1;
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
  // No title: the body named in the opening sentence, or signing at the end
  if (agency === undefined || year === undefined) {
    const front = lines.slice(0, end);
    const opening = fromOpening(front);
    const signature = fromSignature(lines.slice(0, dateAt >= 0 ? dateAt + 1 : end));
    const named = opening?.agency ?? signature?.agency;
    agency ??= named && simplify(named);
    year ??= opening?.year;
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
    const printed = simplify(lines[k]?.text ?? "").trim();
    const text = compact(printed);
    const filler = /^填\s*报\s*单\s*位\s*(?:[（(]\s*盖\s*章\s*[)）])?\s*[:：]\s*(.+)$/u.exec(
      printed,
    );
    const period = /^[（(]([0-9]{4}年度?)[)）]$/.exec(text);
    if (filler) head.filler = filler[1] as string;
    else if (period) head.period = period[1] as string;
    else if (/统计表$/.test(text)) head.title = text;
  }
  // no title and no opening sentence that names the year: the statistics table's （2018年度）
  if (year === undefined && head.period) {
    year = Number(head.period.slice(0, 4));
    diagnostics.push(
      diagnostic("parse/year-inferred", "warning", {
        path: "/meta/year",
        actual: year,
        params: { from: "statistics" },
      }),
    );
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
  if (header) {
    const read = readStatistics(edition, lines, header, head);
    report.tables = { S: read.values };
    report.statistics = read.statistics;
    provenance = read.provenance;
    diagnostics.push(...read.diagnostics);
  } else {
    report.tables = {
      S: Object.fromEntries(
        rowKeysOf(edition)
          .filter((g) => g.cell)
          .map((g) => [g.id, null]),
      ),
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
