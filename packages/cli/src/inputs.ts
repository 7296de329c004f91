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
import {
  forChecks,
  missingMetadata,
  parsePublished,
  publishedMessages,
  sniff,
} from "./documents.js";
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

/** A report document as read: its data and, for a published document, the parser's findings. */
export interface LoadedDocument {
  /** Report JSON as given, or the report a published document was read as, nothing filled in. */
  readonly data: unknown;
  readonly parseDiagnostics: readonly Diagnostic[];
  /** For a published document: where each cell was read (the parser's provenance). */
  readonly provenance?: ParseOutcome["provenance"];
}

/**
 * A report document as read: JSON as parsed data (not-JSON and unknown editions are input errors),
 * published text or HTML through the parser, whose diagnostics come along. What the document did not
 * say stays unsaid: the checks take {@link checkable}, what is written out {@link loadValidReport}.
 */
export async function loadDocument(file: string): Promise<LoadedDocument> {
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
  return {
    data: parsed.report,
    parseDiagnostics: parsed.diagnostics,
    provenance: parsed.provenance,
  };
}

/**
 * A document's data as the checks take it: what was read is checked even when its agency or year is
 * missing (a parse finding already), a placeholder standing in for the checks only. Validation alone
 * uses it; nothing it returns is written out or rolled up.
 */
export async function checkable(loaded: LoadedDocument): Promise<unknown> {
  if (loaded.parseDiagnostics.length === 0) return loaded.data;
  return await forChecks(loaded.data as Report, loaded.parseDiagnostics);
}

/**
 * Why a document read without its agency or year cannot be written out: the refusal naming the file
 * and the parse findings, or undefined when nothing is missing.
 */
export async function incomplete(
  file: string,
  loaded: LoadedDocument,
): Promise<CliError | undefined> {
  const missing = await missingMetadata(loaded.parseDiagnostics);
  if (missing.length === 0) return undefined;
  return cliError("incomplete-report", "incompleteReport", {
    file,
    missing,
    messages: await publishedMessages(),
  });
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

/**
 * A report that must be valid for the command to go on (render, pdf, docx, fill-totals, form): a
 * document read without its agency or year is refused, pointing at the parse finding. With
 * `metadata: "as-read"` (cells, which writes no metadata) such a document is taken as read, its
 * empty agency or year kept and nothing invented; the rest of it must be valid.
 */
export async function loadValidReport(
  file: string,
  options: { metadata?: "required" | "as-read" } = {},
): Promise<Report> {
  const loaded = await loadDocument(file);
  const refused = await incomplete(file, loaded);
  if (refused && options.metadata !== "as-read") throw refused;
  const result = parseReport(refused ? await checkable(loaded) : loaded.data);
  if (result.ok) {
    if (!refused) return result.report;
    return { ...result.report, meta: (loaded.data as Report).meta } as Report;
  }
  const first = result.diagnostics[0];
  const more = result.diagnostics.length > 1 ? result.diagnostics.length - 1 : 0;
  throw cliError("invalid-report", "invalidReport", {
    file,
    first,
    more,
    messages: schemaMessages,
  });
}
