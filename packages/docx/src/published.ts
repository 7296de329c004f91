import {
  type Decoded,
  decodeInput,
  type PdfOutcome,
  parseHtml,
  parsePdf,
  parseText,
} from "@zfxxgk/parse";
import type { Diagnostic, MessageMap, Report } from "@zfxxgk/schema";
import { docxMessages } from "./messages.js";
import { readDocx } from "./read-docx.js";

/** The kinds of published report that {@link readPublished} reads. */
export type PublishedKind = "pdf" | "docx" | "html" | "text";

/** The media type of a Word document (.docx). */
export const DOCX_MEDIA_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type PublishedOutcome = PdfOutcome & {
  readonly kind: PublishedKind;
  /** Said when the text's encoding had to be decided (see `decodeInput` of @zfxxgk/parse). */
  readonly note?: Decoded["note"];
};

/**
 * A published report (PDF, Word, web page or text) read from its bytes, the one way the CLI and the
 * HTTP service read them. Never throws for what a document says (that is in `diagnostics`); text whose
 * encoding cannot be told is a `DecodeError` naming `file` (or "the content").
 */
export async function readPublished(
  bytes: Uint8Array,
  kind: PublishedKind,
  file?: string,
): Promise<PublishedOutcome> {
  if (kind === "pdf") return { ...(await parsePdf(bytes)), kind };
  if (kind === "docx") return { ...readDocx(bytes), kind };
  const { text, note } = decodeInput(bytes, file, kind === "html");
  const parsed = kind === "html" ? parseHtml(text) : parseText(text);
  return { ...parsed, kind, ...(note ? { note } : {}) };
}

/** Messages of every finding {@link readPublished} may give: the parser's and those of Word files. */
export const publishedMessages: MessageMap = docxMessages;

/**
 * The report a reading assembled, ready for the rules even when its metadata is incomplete: a
 * missing agency or year (already a parse finding) is filled with a placeholder for the checks only.
 */
export function forChecks(report: Report, diagnostics: readonly Diagnostic[]): Report {
  const missing = diagnostics.some(
    (d) => d.code === "parse/missing-agency" || d.code === "parse/missing-year",
  );
  if (!missing) return report;
  const meta = { ...report.meta };
  if (!meta.agency) meta.agency = "（未能确定的机关 / body not determined）";
  if (!meta.year) meta.year = new Date().getUTCFullYear() - 1;
  return { ...report, meta };
}
