import { extname } from "node:path";
import type { DecodeError } from "@zfxxgk/parse";
import type { Diagnostic, MessageMap, Report } from "@zfxxgk/schema";
import { CliError } from "./errors.js";
import { textOf } from "./inputs.js";
import { bilingual } from "./messages.js";
import { note } from "./output.js";

const isDecodeError = (e: unknown): e is DecodeError =>
  e instanceof Error && e.name === "DecodeError";

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

/** A published report (PDF, Word, HTML or text) read as @zfxxgk/docx reads it; never throws for its content. */
export async function parsePublished(
  file: string,
  bytes: Uint8Array,
  kind: DocumentKind = sniff(file, bytes),
): Promise<Parsed & { kind: DocumentKind }> {
  const { readPublished } = await import("@zfxxgk/docx");
  if (kind === "json") {
    const { parseText } = await import("@zfxxgk/parse");
    return { ...parseText(await textOf(file, bytes, false)), kind };
  }
  try {
    const { note: said, ...parsed } = await readPublished(bytes, kind, file);
    if (said) note(`${file}: ${bilingual(said.messages)}`);
    return parsed;
  } catch (e) {
    throw isDecodeError(e) ? new CliError(e.code, e.messages) : e;
  }
}

/** Messages of everything {@link parsePublished} reports: the parser's and those of Word files. */
export async function publishedMessages(): Promise<MessageMap> {
  return (await import("@zfxxgk/docx")).publishedMessages;
}

/**
 * The report a parse assembled, made checkable (see `forChecks` of @zfxxgk/docx): for the rules only,
 * never for what a command writes out or rolls up.
 */
export async function forChecks(
  report: Report,
  diagnostics: readonly Diagnostic[],
): Promise<Report> {
  return (await import("@zfxxgk/docx")).forChecks(report, diagnostics);
}

/** The parse findings that a document's agency or year could not be determined (see @zfxxgk/docx). */
export async function missingMetadata(diagnostics: readonly Diagnostic[]): Promise<Diagnostic[]> {
  return (await import("@zfxxgk/docx")).missingMetadata(diagnostics);
}
