import type { Diagnostic } from "@zfxxgk/schema";
import { p } from "../../../messages/params.js";
import type { OldReportMessages } from "./types.js";

// The English wording of what reading a 2008–2018 report finds.

/** " (page 3)", " (line 12)", " (table 2, row 5)". */
const line = (d: Diagnostic) => {
  if (p(d, "page") !== undefined) return ` (page ${p(d, "page")})`;
  if (p(d, "line") !== undefined) return ` (line ${p(d, "line")})`;
  if (p(d, "table") !== undefined) return ` (table ${p(d, "table")}, row ${p(d, "row")})`;
  return "";
};

export default {
  "parse/no-statistics-table": () =>
    "No statistics table (政府信息公开情况统计表) was found: the report was read as its sections, figures left in the text",
  "parse/statistics-local-row": (d) =>
    `The statistics row "${d.actual}" is not a row of the national table; kept as printed (label, unit, values)${line(d)}`,
  "parse/statistics-row-missing": (d) =>
    `The statistics table has no row ${d.cells[0]} of the national table; it is left blank`,
  "parse/statistics-value-missing": (d) =>
    `The statistics row "${p(d, "label")}" has no value${line(d)}; it is left blank`,
  "parse/statistics-extra-cells": (d) =>
    `The statistics row "${p(d, "label")}" has more values ("${d.actual}") than the header's ${d.expected} value columns${line(d)}; they are ignored`,
} satisfies OldReportMessages;
