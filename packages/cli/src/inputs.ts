import { readFile, stat } from "node:fs/promises";
import { extname, isAbsolute } from "node:path";
import type { ParseOutcome } from "@zfxxgk/parse";
import {
  type Diagnostic,
  editionIds,
  isEdition,
  parseReport,
  type Report,
  schemaMessages,
} from "@zfxxgk/schema";
import { glob, isDynamicPattern } from "tinyglobby";
import { forChecks, parsePublished, publishedMessages, sniff } from "./documents.js";
import { CliError } from "./errors.js";
import { bilingual, cliError } from "./messages.js";
import { note, recordInput } from "./output.js";
import { megabytes, settings } from "./settings.js";

/** Files named on the command line, globs expanded (sorted, duplicates removed). */
export async function expandInputs(patterns: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = await glob(pattern, {
      onlyFiles: true,
      expandDirectories: false,
      absolute: isAbsolute(pattern),
    });
    if (matches.length === 0) {
      throw cliError("no-match", "noMatch", { pattern });
    }
    files.push(...matches.sort());
  }
  return [...new Set(files)];
}

/** The bytes of a file named on the command line: it exists, is a file and is within `--max-size`. */
export async function readBytesOf(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") throw cliError("not-found", "notFound", { file });
    throw cliError("unreadable", "unreadable", { file, code: String(e.code) });
  });
  if (info.isDirectory()) {
    throw cliError("is-directory", "isDirectory", { file });
  }
  if (info.size > settings.maxBytes)
    throw cliError("input-too-large", "inputTooLarge", {
      file,
      size: megabytes(info.size),
      limit: megabytes(settings.maxBytes),
    });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    throw cliError("unreadable", "unreadable", { file, code });
  }
  recordInput(file);
  return bytes;
}

/** A file named on the command line as text: within `--max-size`, its encoding told apart (see decode.ts). */
export async function readInput(file: string): Promise<string> {
  return await textOf(file, await readBytesOf(file), kindOf(file) === "html");
}

/** Bytes as text in the one way published documents are decoded (@zfxxgk/parse); a note when it had to decide. */
export async function textOf(file: string, bytes: Uint8Array, html: boolean): Promise<string> {
  const { DecodeError, decodeInput } = await import("@zfxxgk/parse");
  let decoded: import("@zfxxgk/parse").Decoded;
  try {
    decoded = decodeInput(bytes, file, html);
  } catch (e) {
    throw e instanceof DecodeError ? new CliError(e.code, e.messages) : e;
  }
  if (decoded.note) note(`${file}: ${bilingual(decoded.note.messages)}`);
  return decoded.text;
}

export type InputKind = "json" | "html" | "text";

export function kindOf(file: string): InputKind {
  const ext = extname(file).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".html" || ext === ".htm") return "html";
  return "text";
}

/**
 * A report document as the validator takes it: JSON as parsed data (not-JSON and unknown editions are input
 * errors), published text or HTML through the parser, whose diagnostics come along.
 */
export async function loadDocument(file: string): Promise<{
  data: unknown;
  parseDiagnostics: readonly Diagnostic[];
  /** For a published document: where each cell was read (the parser's provenance). */
  provenance?: ParseOutcome["provenance"];
}> {
  const bytes = await readBytesOf(file);
  const kind = sniff(file, bytes);
  if (kind === "json") {
    return { data: parseJson(file, await textOf(file, bytes, false)), parseDiagnostics: [] };
  }
  const parseMessages = await publishedMessages();
  const parsed = await parsePublished(file, bytes, kind);
  if (!parsed.report) {
    const first = parsed.diagnostics.find((d) => d.severity === "error");
    throw cliError("unparsable", "unparsable", { file, first, messages: parseMessages });
  }
  // what was read is checked even when the metadata is incomplete (that is a finding already)
  return {
    data: await forChecks(parsed.report, parsed.diagnostics),
    parseDiagnostics: parsed.diagnostics,
    provenance: parsed.provenance,
  };
}

export function parseJson(file: string, text: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw cliError("not-json", "notJson", { file, detail });
  }
  const edition = (data as { edition?: unknown } | null)?.edition;
  if (typeof data === "object" && data !== null && edition !== undefined && !isEdition(edition)) {
    throw cliError("unknown-edition", "unknownEdition", {
      file,
      edition: JSON.stringify(edition),
      supported: editionIds,
    });
  }
  return data;
}

/** A report that must be valid for the command to go on (render, pdf, cells, fill-totals). */
export async function loadValidReport(file: string): Promise<Report> {
  const { data } = await loadDocument(file);
  const result = parseReport(data);
  if (result.ok) return result.report;
  const first = result.diagnostics[0];
  const more = result.diagnostics.length > 1 ? result.diagnostics.length - 1 : 0;
  throw cliError("invalid-report", "invalidReport", {
    file,
    first,
    more,
    messages: schemaMessages,
  });
}
