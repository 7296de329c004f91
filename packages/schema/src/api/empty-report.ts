import {
  CURRENT_EDITION,
  EDITIONS,
  type Edition,
  type Report,
  type ReportOf,
  type SectionedReport,
} from "../editions/index.js";
import { writeCell } from "./cell-access.js";

export interface EmptyReportOptions {
  readonly agency: string;
  readonly year: number;
  /** The format edition; the current one by default. */
  readonly edition?: Edition;
}

const NUMERALS = "一二三四五六七八九十";

/** A report to fill in: every table cell blank, 一、总体情况 laid out with the aspects it must cover. */
export function emptyReport<E extends Edition>(
  options: EmptyReportOptions & { readonly edition: E },
): ReportOf<E>;
/** Without an edition: the current one, whose body is the sections of its grid. */
export function emptyReport(options: EmptyReportOptions): SectionedReport;
export function emptyReport({
  agency,
  year,
  edition = CURRENT_EDITION,
}: EmptyReportOptions): Report {
  const { grid, cells, vocabulary, blank } = EDITIONS[edition];
  const sections: Record<string, { type: "heading"; text: string }[]> = {};
  for (const section of grid.sections) sections[section.key] = [];
  const [first] = grid.sections;
  if (first)
    sections[first.key] = vocabulary.overviewAspects.map((a, i) => ({
      type: "heading" as const,
      text: `（${NUMERALS[i]}）${a["zh-Hans"]}`,
    }));
  const report = {
    edition,
    meta: { agency, year, period: { start: `${year}-01-01`, end: `${year}-12-31` } },
    ...(grid.sections.length ? { sections } : {}),
    ...structuredClone(blank),
    tables: {},
  } as Report;
  for (const cell of cells) writeCell(report, cell, null);
  return report;
}
