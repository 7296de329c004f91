import type { Diagnostic, Scalar, Severity } from "@zfxxgk/schema";
import type { Provenance, Where } from "./types.js";

/** Location params of a diagnostic: line/column in text, table/row/cell/offset in HTML. */
export function at(where: Where): Record<string, Scalar> {
  if (where.source === "pdf") return { page: where.page, x: round(where.x), y: round(where.y) };
  if (where.source === "docx")
    return where.table < 0
      ? { paragraph: where.paragraph + 1 }
      : { table: where.table + 1, row: where.row + 1, column: where.column + 1 };
  return where.source === "text"
    ? { line: where.line, column: where.column }
    : where.table < 0
      ? { offset: where.offset }
      : {
          table: where.table + 1,
          row: where.row + 1,
          cell: where.cell + 1,
          offset: where.offset,
        };
}

const round = (n: number) => Math.round(n * 10) / 10;

export function provenanceOf(where: Where, raw: string): Provenance {
  if (where.source === "pdf") return { ...where, x: round(where.x), y: round(where.y), raw };
  if (where.source === "docx")
    return { source: "docx", table: where.table, row: where.row, column: where.column, raw };
  return where.source === "text"
    ? { source: "text", line: where.line, column: where.column, raw }
    : {
        source: "html",
        table: where.table,
        row: where.row,
        cell: where.cell,
        offset: where.offset,
        raw,
      };
}

export function diagnostic(
  code: string,
  severity: Severity,
  fields: Partial<Omit<Diagnostic, "code" | "severity">> = {},
): Diagnostic {
  return { code, severity, path: "", cells: [], ...fields };
}
