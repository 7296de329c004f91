import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Diagnostic, Report } from "@zfxxgk/schema";

type Parsed = import("@zfxxgk/parse").ParseOutcome & {
  pdf?: { pages: number; method: string };
};

export type DocumentKind = "json" | "html" | "text" | "pdf";

/** What a file is, from its first bytes (a PDF or HTML page may have any name) and its name. */
export function sniff(file: string, bytes: Uint8Array): DocumentKind {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  const ext = extname(file).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".html" || ext === ".htm") return "html";
  if (/^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(head.replace(/^\uFEFF/, ""))) {
    return "html";
  }
  return "text";
}

/**
 * Text of a published file: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030 (GBK) when
 * the bytes are not UTF-8. Which was used is returned so a caller can say so.
 */
export function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    try {
      return {
        text: new TextDecoder("gb18030", { fatal: true }).decode(bytes),
        encoding: "gb18030",
      };
    } catch {
      return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
    }
  }
}

/** A published report (PDF, HTML or text) read by the parser; never throws for its content. */
export async function parsePublished(
  file: string,
  bytes: Uint8Array,
  kind: DocumentKind = sniff(file, bytes),
): Promise<Parsed & { kind: DocumentKind; encoding?: string }> {
  const { parseHtml, parsePdf, parseText } = await import("@zfxxgk/parse");
  if (kind === "pdf") return { ...(await parsePdf(bytes)), kind };
  const { text, encoding } = decode(bytes);
  const parsed = kind === "html" ? parseHtml(text) : parseText(text);
  return { ...parsed, kind, encoding };
}

export async function readBytes(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(file));
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
