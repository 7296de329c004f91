import { overviewAspects2021 } from "../editions/2021/grid.js";
import { EDITIONS, type Report } from "../editions/index.js";
import { writeCell } from "./cell-access.js";

export interface EmptyReportOptions {
  readonly agency: string;
  readonly year: number;
  readonly edition?: "2021";
}

/** A report to fill in: every table cell blank, 一、总体情况 laid out with its five aspects. */
export function emptyReport({ agency, year, edition = "2021" }: EmptyReportOptions): Report {
  const numerals = ["一", "二", "三", "四", "五"];
  const report: Report = {
    edition,
    meta: { agency, year, period: { start: `${year}-01-01`, end: `${year}-12-31` } },
    sections: {
      overview: overviewAspects2021.map((a, i) => ({
        type: "heading" as const,
        text: `（${numerals[i]}）${a["zh-Hans"]}`,
      })),
      proactive: [],
      applications: [],
      reviews: [],
      problems: [],
      other: [],
    },
    tables: {} as Report["tables"],
  };
  for (const cell of EDITIONS[edition].cells) writeCell(report, cell, null);
  return report;
}
