import {
  DOCX_MEDIA_TYPE,
  forChecks,
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

/**
 * Report data as the validator takes it, with the parser's findings for a document (the CLI's
 * `loadDocument`): an unknown edition and a document without a report are input problems.
 */
export async function loadInput(
  input: Input,
  role: Role = REQUEST,
): Promise<{
  data: unknown;
  parseDiagnostics: readonly Diagnostic[];
  provenance?: Awaited<ReturnType<typeof parseDocument>>["provenance"];
}> {
  if ("data" in input) {
    checkEdition(input.data, role);
    return { data: input.data, parseDiagnostics: [] };
  }
  const parsed = await parseDocument(input.document);
  if (!parsed.report) throw unparsable(parsed.diagnostics, role);
  // what was read is checked even when the metadata is incomplete (that is a finding already)
  return {
    data: forChecks(parsed.report, parsed.diagnostics),
    parseDiagnostics: parsed.diagnostics,
    provenance: parsed.provenance,
  };
}

/** A report that must be valid for the request to go on (render, pdf, cells). */
export async function loadValidReport(input: Input): Promise<Report> {
  const { data } = await loadInput(input);
  const result = parseReport(data);
  if (result.ok) return result.report;
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
