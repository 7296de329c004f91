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

/** The parser's findings that a reading could not tell the report's agency or year. */
export const MISSING_METADATA = ["parse/missing-agency", "parse/missing-year"] as const;

/**
 * The findings of a reading that say its agency or year could not be determined: a report read with
 * any is not the report a user gave in full, and is neither output nor aggregated (the CLI and the
 * service refuse it, naming these findings).
 */
export function missingMetadata(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => (MISSING_METADATA as readonly string[]).includes(d.code));
}

/**
 * The report a reading assembled, made checkable when its metadata is incomplete: a missing agency or
 * year (already a parse finding, see {@link missingMetadata}) is filled with a placeholder so that the
 * rules can still run. For validation only: what it returns is invented, and must never be rendered,
 * written out or rolled up; output paths take the report as read and refuse it.
 */
export function forChecks(report: Report, diagnostics: readonly Diagnostic[]): Report {
  if (missingMetadata(diagnostics).length === 0) return report;
  const meta = { ...report.meta };
  if (!meta.agency) meta.agency = "（未能确定的机关 / body not determined）";
  if (!meta.year) meta.year = new Date().getUTCFullYear() - 1;
  return { ...report, meta };
}
