import {
  DOCX_MEDIA_TYPE,
  forChecks,
  missingMetadata,
  type PublishedKind,
  type PublishedOutcome,
  publishedMessages,
  readPublished,
} from "@zfxxgk/docx";
import { DecodeError, type ParseOutcome, parseHtml, parseText } from "@zfxxgk/parse";
import {
  type Diagnostic,
  editionIds,
  isEdition,
  type Locale,
  parseReport,
  type Report,
} from "@zfxxgk/schema";
import { toJsonOutput } from "@zfxxgk/validate";
import type { Role } from "./messages/types.js";
import { ProblemError, problem, worded } from "./problem.js";

const REQUEST: Role = { kind: "request" };

/**
 * A published document: its text or its HTML page given in a JSON envelope, or a request body's bytes
 * (text, web page or Word document), decoded the way the CLI decodes a file.
 */
export type PublishedDocument =
  | { readonly text: string }
  | { readonly html: string }
  | { readonly bytes: Uint8Array; readonly kind: PublishedKind };

/** What a request carries: report JSON (not yet checked) or a published document to read. */
export type Input = { readonly data: unknown } | { readonly document: PublishedDocument };

/** The kind of document a request body of this content type is. */
export function kindOfContentType(contentType: string | undefined): PublishedKind {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "text/html") return "html";
  if (type === DOCX_MEDIA_TYPE) return "docx";
  return "text";
}

/** Bodies sent as text, a web page or a Word document are published documents; JSON bodies are report JSON. */
export function inputOfBody(body: unknown, contentType: string | undefined): Input {
  if (body === undefined || body === "" || (body instanceof Uint8Array && body.length === 0)) {
    throw problem("bad-request", "emptyBody");
  }
  if (body instanceof Uint8Array) {
    return { document: { bytes: body, kind: kindOfContentType(contentType) } };
  }
  if (typeof body === "string") {
    return { document: /^text\/html\b/i.test(contentType ?? "") ? { html: body } : { text: body } };
  }
  return { data: body };
}

/** In a JSON envelope, `{ "text": … }` or `{ "html": … }` is a published document, anything else report JSON. */
export function inputOfField(value: unknown): Input {
  if (typeof value === "object" && value !== null && !("edition" in value)) {
    const { text, html } = value as { text?: unknown; html?: unknown };
    if (typeof text === "string") return { document: { text } };
    if (typeof html === "string") return { document: { html } };
  }
  return { data: value };
}

/** A published document read as the CLI reads a file (`readPublished` of @zfxxgk/docx). */
export async function parseDocument(
  document: PublishedDocument,
): Promise<ParseOutcome | PublishedOutcome> {
  if ("html" in document) return parseHtml(document.html);
  if ("text" in document) return parseText(document.text);
  try {
    return await readPublished(document.bytes, document.kind);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    throw new ProblemError("bad-encoding", e.messages);
  }
}

/** What a request's input was read as: its data and, for a published document, the parser's findings. */
export interface LoadedInput {
  /** Report JSON as given, or the report a published document was read as, nothing filled in. */
  readonly data: unknown;
  readonly parseDiagnostics: readonly Diagnostic[];
  readonly provenance?: Awaited<ReturnType<typeof parseDocument>>["provenance"];
}

/**
 * Report data as given or read, with the parser's findings for a document (the CLI's
 * `loadDocument`): an unknown edition and a document without a report are input problems. What the
 * document did not say stays unsaid: the checks take {@link checkable}, output {@link loadValidReport}.
 */
export async function loadInput(input: Input, role: Role = REQUEST): Promise<LoadedInput> {
  if ("data" in input) {
    checkEdition(input.data, role);
    return { data: input.data, parseDiagnostics: [] };
  }
  const parsed = await parseDocument(input.document);
  if (!parsed.report) throw unparsable(parsed.diagnostics, role);
  return {
    data: parsed.report,
    parseDiagnostics: parsed.diagnostics,
    provenance: parsed.provenance,
  };
}

/**
 * An input's data as the checks take it: what was read is checked even when its agency or year is
 * missing (a parse finding already), a placeholder standing in for the checks only (`forChecks` of
 * @zfxxgk/docx). Validation alone uses it; nothing it returns is answered with or rolled up.
 */
export function checkable(loaded: LoadedInput): unknown {
  if (loaded.parseDiagnostics.length === 0) return loaded.data;
  return forChecks(loaded.data as Report, loaded.parseDiagnostics);
}

/**
 * A report that must be valid for the request to go on (render, pdf, docx, cells): a document read
 * without its agency or year is refused, naming the parse findings. With `metadata: "as-read"`
 * (cells, which answer no metadata) such a document is taken as read, its empty agency or year kept
 * and nothing invented; the rest of it must be valid.
 */
export async function loadValidReport(
  input: Input,
  options: { metadata?: "required" | "as-read" } = {},
): Promise<Report> {
  const loaded = await loadInput(input);
  const missing = missingMetadata(loaded.parseDiagnostics);
  if (missing.length > 0 && options.metadata !== "as-read") {
    throw new ProblemError("invalid-report", worded("incompleteReport", { missing }), {
      members: (locale) => ({ diagnostics: diagnosticsJson(loaded.parseDiagnostics, locale) }),
    });
  }
  const result = parseReport(missing.length > 0 ? checkable(loaded) : loaded.data);
  if (result.ok) {
    if (missing.length === 0) return result.report;
    return { ...result.report, meta: (loaded.data as Report).meta } as Report;
  }
  const first = result.diagnostics[0];
  const more = result.diagnostics.length > 1 ? result.diagnostics.length - 1 : 0;
  throw new ProblemError("invalid-report", worded("invalidReport", { first, more }), {
    members: (locale) => ({ diagnostics: diagnosticsJson(result.diagnostics, locale) }),
  });
}

export function checkEdition(data: unknown, role: Role = REQUEST): void {
  const edition = (data as { edition?: unknown } | null)?.edition;
  if (typeof data === "object" && data !== null && edition !== undefined && !isEdition(edition)) {
    throw problem("input-unknown-edition", "inputUnknownEdition", {
      role,
      edition,
      supported: editionIds,
    });
  }
}

export function unparsable(diagnostics: readonly Diagnostic[], role: Role = REQUEST): ProblemError {
  const first = diagnostics.find((d) => d.severity === "error");
  return new ProblemError("unparsable", worded("unparsable", { role, first }), {
    members: (locale) => ({ diagnostics: diagnosticsJson(diagnostics, locale) }),
  });
}

/** Findings in the JSON shape of `validate --format json`, the parser's (and Word reader's) messages included. */
export function diagnosticsJson(diagnostics: readonly Diagnostic[], locale: Locale) {
  return (
    toJsonOutput({ diagnostics }, { locale, messages: publishedMessages }).files[0]?.diagnostics ??
    []
  );
}
