import { extname } from "node:path";
import type { Diagnostic, MessageMap, Report } from "@zfxxgk/schema";
import { textOf } from "./inputs.js";

type Parsed = import("@zfxxgk/parse").ParseOutcome & {
  pdf?: { pages: number; method: string };
};

export type DocumentKind = "json" | "html" | "text" | "pdf" | "docx";

/** What a file is, from its first bytes (a PDF or HTML page may have any name) and its name. */
export function sniff(file: string, bytes: Uint8Array): DocumentKind {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  const ext = extname(file).toLowerCase();
  // a zip archive is read as Word, which says so when it is not (Excel, a plain zip)
  if (ext === ".docx" || head.startsWith("PK\x03\x04")) return "docx";
  if (ext === ".json") return "json";
  if (ext === ".html" || ext === ".htm") return "html";
  if (/^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(head.replace(/^\uFEFF/, ""))) {
    return "html";
  }
  return "text";
}

/** A published report (PDF, Word, HTML or text) read by the parser; never throws for its content. */
export async function parsePublished(
  file: string,
  bytes: Uint8Array,
  kind: DocumentKind = sniff(file, bytes),
): Promise<Parsed & { kind: DocumentKind }> {
  const { parseHtml, parsePdf, parseText } = await import("@zfxxgk/parse");
  if (kind === "pdf") return { ...(await parsePdf(bytes)), kind };
  if (kind === "docx") return { ...(await import("@zfxxgk/docx")).readDocx(bytes), kind };
  const text = textOf(file, bytes, kind === "html");
  const parsed = kind === "html" ? parseHtml(text) : parseText(text);
  return { ...parsed, kind };
}

/** Messages of everything {@link parsePublished} reports: the parser's and those of Word files. */
export async function publishedMessages(): Promise<MessageMap> {
  return (await import("@zfxxgk/docx")).docxMessages;
}

/**
 * The report a parse assembled, ready for the rules even when its metadata is incomplete: a
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
