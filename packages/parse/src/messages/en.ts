import { type Diagnostic, EDITIONS, editionForYear, editionIds } from "@zfxxgk/schema";
import type { PdfUnreadable } from "../pdf/unreadable.js";
import { cell, p, rowOf, tableOf } from "./params.js";
import type { ParseErrorMessages, ParseMessages } from "./types.js";

/** The English wording of every code the parser raises, one per code. */
const L = "en";

/** "line 3, column 5"; HTML: table, row and cell, or the offset. */
function whereEn(d: Diagnostic): string {
  if (p(d, "page") !== undefined) return ` (page ${p(d, "page")}, x ${p(d, "x")}, y ${p(d, "y")})`;
  if (p(d, "line") !== undefined) return ` (line ${p(d, "line")}, column ${p(d, "column")})`;
  if (p(d, "column") !== undefined)
    return ` (table ${p(d, "table")}${rowOf(d) ? `, row ${rowOf(d)}` : ""}, column ${p(d, "column")})`;
  if (p(d, "paragraph") !== undefined) return ` (paragraph ${p(d, "paragraph")})`;
  if (p(d, "row") !== undefined && typeof p(d, "row") === "number")
    return ` (table ${p(d, "table")}, row ${p(d, "row")}, cell ${p(d, "cell")})`;
  if (p(d, "offset") !== undefined) return ` (offset ${p(d, "offset")})`;
  return "";
}

const FROM_EN: Record<string, string> = {
  sentence: "the opening sentence",
  signature: "the signature at the end",
  paragraph: "the first paragraph",
  statistics: "the year of the statistics table",
};
const formatsEn = () => editionIds.map((e) => EDITIONS[e].name[L]).join(", ");

/** Why a PDF cannot be read (`reason`). */
const pdfUnreadable: { readonly [R in PdfUnreadable]: (d: Diagnostic) => string } = {
  "not-pdf": () => "not a PDF file",
  "too-large": (d) => `the file is over ${p(d, "limit")} bytes`,
  encrypted: () =>
    "it is encrypted (it has an open password); remove the password, save, then read it",
  truncated: () =>
    "the file is incomplete (its end is missing), perhaps cut short when downloaded or copied; get the original again",
  damaged: () =>
    "its structure (cross-reference table or trailer) is damaged; open it in a PDF reader, save it again, then read it",
  "reader-error": (d) => `the PDF reader says: ${p(d, "cause")}`,
};

export default {
  "parse/not-a-report": (d) =>
    p(d, "empty")
      ? "The input is empty; no report content was found"
      : `Not recognised as a report in a known format (${formatsEn()}) (only ${p(d, "headings")} of the required section headings and no tables were found)${
          p(d, "year") !== undefined && !editionForYear(Number(p(d, "year")))
            ? `; this is a report for ${p(d, "year")}, whose format is not supported yet`
            : ""
        }`,
  "parse/edition-year": (d) =>
    `Read as the ${d.actual} format from its table labels${d.expected ? `, while the ${d.expected} format was issued for ${p(d, "year")}` : `, while no format is known for ${p(d, "year")}`}${p(d, "evidence") ? "" : " (no label told the formats apart)"}; please check`,
  "parse/missing-section": (d) => `Section "${p(d, "section")}" not found`,
  "parse/missing-table": (d) => `Table "${p(d, "title")}" not found; all its cells are blank`,
  "parse/missing-row": (d) =>
    `Table ${tableOf(d)} lacks the row "${p(d, "row")}"; its cells are blank`,
  "parse/row-incomplete": (d) =>
    `Row "${p(d, "row")}" should have ${d.expected} values, only ${d.actual} were read${whereEn(d)}; the rest are blank`,
  "parse/duplicate-row": (d) =>
    `Row "${p(d, "row")}" appears again${whereEn(d)}; the first values are kept`,
  "parse/local-subrows": (d) =>
    `Row "${p(d, "row")}" is split into local sub-rows${whereEn(d)}: ${d.actual}; its cells are their sums${Number(p(d, "blank")) > 0 ? `, except ${p(d, "blank")} that do not add up and are left blank` : ""}; please check`,
  "parse/not-a-number": (d) =>
    `Cell ${cell(d)}: "${d.actual}" is not a number${whereEn(d)}; left blank`,
  "parse/count-not-integer": (d) =>
    `Cell ${cell(d)}: count "${d.actual}" is not a whole number${whereEn(d)}; left blank`,
  "parse/too-large": (d) => `Cell ${cell(d)}: "${d.actual}" is too large${whereEn(d)}; left blank`,
  "parse/value-with-unit": (d) =>
    `Cell ${cell(d)}: value written with the unit "${p(d, "unit")}"${whereEn(d)}; read as ${d.expected}`,
  "parse/missing-note": (d) =>
    `Table ${tableOf(d)} lacks the note the format prescribes: "${p(d, "noteEn")}"${whereEn(d)} (X-09)`,
  "parse/stray-value": (d) =>
    `Value "${d.actual}" in table ${tableOf(d)} belongs to no row${whereEn(d)}; ignored`,
  "parse/unrecognised-text": (d) =>
    `Text "${d.actual}" in table ${tableOf(d)} is not an official label${whereEn(d)}; ignored`,
  "parse/unknown-cell": (d) => `The page marks an unknown cell "${d.actual}"${whereEn(d)}; ignored`,
  "parse/digits-split": (d) =>
    `Row "${p(d, "row")}" has its digits run together (${d.actual})${whereEn(d)}; only one split is consistent with ${p(d, "by") === "table" ? "the table's identities" : "the row's total"}: ${d.expected}, taken; please check`,
  "parse/digits-undecided": (d) =>
    `Row "${p(d, "row")}" has its digits run together (${d.actual})${whereEn(d)}; ${
      Number(p(d, "candidates")) < 0
        ? "there are too many possible splits"
        : Number(p(d, "candidates")) === 0
          ? "no split is consistent with the identities"
          : `${p(d, "candidates")} splits are consistent with the identities`
    }; ${
      Number(p(d, "decided")) > 0
        ? `${p(d, "decided")} cells on which every split agrees were taken, the others are left blank`
        : "its cells are left blank"
    }`,
  "parse/blanks-placed": (d) =>
    `Row "${p(d, "row")}" should have ${d.expected} values, only ${d.actual} were read${whereEn(d)} (one cell per line, where a blank cell leaves no line); only one placement keeps the row's total: taken; please check`,
  "parse/blanks-undecided": (d) =>
    `Row "${p(d, "row")}" should have ${d.expected} values, only ${d.actual} were read${whereEn(d)} (one cell per line, where a blank cell leaves no line); which cells are blank cannot be told; ${Number(p(d, "decided")) > 0 ? `${p(d, "decided")} cells on which every placement agrees were taken, ` : ""}the others are left blank`,
  "parse/runs-paired": (d) =>
    `Table ${tableOf(d)} prints its labels and values in separate runs${whereEn(d)}; ${p(d, "values")} values were given to ${p(d, "rows")} rows by their cell counts; please check`,
  "parse/order-undecided": (d) =>
    `Row "${p(d, "row")}": the values the text's order gives it (${d.actual}) break the row's total${whereEn(d)}; that order is not the table's, and the cells of the total are left blank`,
  "parse/empty-run": (d) =>
    `A lone line of pipes in table ${tableOf(d)} stands for ${p(d, "cells")} blank cells${whereEn(d)}; read as blank`,
  "parse/no-text-layer": (d) =>
    `The PDF has no text layer (${p(d, "pages")} pages, probably scanned); its content cannot be read; run OCR first`,
  "parse/pdf-unreadable": (d) =>
    `The PDF cannot be read: ${pdfUnreadable[p(d, "reason") as PdfUnreadable]?.(d) ?? pdfUnreadable["reader-error"](d)}`,
  "parse/missing-title": () => "No report title found",
  "parse/missing-agency": () => "The reporting body could not be determined",
  "parse/missing-year": () => "The report year could not be determined",
  "parse/agency-inferred": (d) =>
    `No title: the reporting body "${d.actual}" was taken from ${FROM_EN[String(p(d, "from"))] ?? "the first paragraph"}${whereEn(d)}; please check`,
  "parse/year-inferred": (d) =>
    `Neither a title nor a statistical period gives the year: the report year ${d.actual} was taken from ${FROM_EN[String(p(d, "from"))] ?? "the text"}${whereEn(d)}; please check`,
  "parse/embedded-invalid": () =>
    "The report data embedded in the page is not a valid report; read from the tables and text instead",
  "parse/binary-input": () => "The input is not text (many control characters or binary data)",
  "parse/input-too-long": (d) =>
    `The input is too long: only the first ${p(d, "lines")} lines were read${whereEn(d)}`,
  "parse/too-many-findings": (d) =>
    `Too many findings: ${p(d, "dropped")} more${p(d, "table") ? ` in table ${p(d, "table")}` : ""} not listed`,
  "parse/internal-error": (d) => `Internal parser error: ${p(d, "detail")}`,
} satisfies ParseMessages;

/** The errors the parser throws (an encoding it cannot tell, …); `file` undefined: the content of a request. */
export const errors = {
  bomInvalid: ({ file, encoding }) =>
    `${file ?? "the content"} starts with a ${encoding} byte order mark but is not valid ${encoding}`,
  encodingUnknown: ({ file, declared }) =>
    `${file ?? "the content"} is not UTF-8 text and its encoding cannot be told (${declared ? `the page declares ${declared} but its bytes do not fit it; ` : ""}it may be binary). Save it as UTF-8 and try again`,
  encodingLike: ({ file, declared, like, convert }) =>
    `${file ?? "the content"} is not UTF-8; it looks like ${like} (${declared ? `the page declares ${declared} but its bytes do not fit it; ` : ""}not read, to avoid misreading it). Convert it to UTF-8: ${convert}, or save it as UTF-8 in an editor`,
  declaredButUtf8: ({ declared }) =>
    `the page declares ${declared} but is valid UTF-8; read as UTF-8`,
} satisfies ParseErrorMessages;
