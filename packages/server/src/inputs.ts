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
  renderMessage,
  schemaMessages,
} from "@zfxxgk/schema";
import { toJsonOutput } from "@zfxxgk/validate";
import { ProblemError } from "./problem.js";

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
    throw new ProblemError(
      "bad-request",
      "请求体为空，请发送报告",
      "the request body is empty; send a report",
    );
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
    throw new ProblemError("bad-encoding", e.zh, e.en);
  }
}

/**
 * Report data as the validator takes it, with the parser's findings for a document (the CLI's
 * `loadDocument`): an unknown edition and a document without a report are input problems.
 */
export async function loadInput(
  input: Input,
  role = "请求",
  roleEn = "the request",
): Promise<{
  data: unknown;
  parseDiagnostics: readonly Diagnostic[];
  provenance?: Awaited<ReturnType<typeof parseDocument>>["provenance"];
}> {
  if ("data" in input) {
    checkEdition(input.data, role, roleEn);
    return { data: input.data, parseDiagnostics: [] };
  }
  const parsed = await parseDocument(input.document);
  if (!parsed.report) throw unparsable(parsed.diagnostics, role, roleEn);
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
  const [zh, en] = first
    ? [renderMessage(first, "zh-Hans", schemaMessages), renderMessage(first, "en", schemaMessages)]
    : ["", ""];
  const more = result.diagnostics.length > 1 ? result.diagnostics.length - 1 : 0;
  throw new ProblemError(
    "invalid-report",
    `请求中的报告不符合报告格式：${zh}${more ? `（另有 ${more} 处，可用 POST /v1/validate 查看）` : ""}`,
    `the report in the request is not a valid report: ${en}${more ? ` (and ${more} more; see POST /v1/validate)` : ""}`,
    { members: { diagnostics: diagnosticsJson(result.diagnostics, "zh-Hans") } },
  );
}

export function checkEdition(data: unknown, role = "请求", roleEn = "the request"): void {
  const edition = (data as { edition?: unknown } | null)?.edition;
  if (typeof data === "object" && data !== null && edition !== undefined && !isEdition(edition)) {
    const supported = editionIds;
    throw new ProblemError(
      "input-unknown-edition",
      `${role}的格式版本 ${JSON.stringify(edition)} 未知，支持：${supported.join("、")}`,
      `${roleEn} has unknown edition ${JSON.stringify(edition)}; supported: ${supported.join(", ")}`,
    );
  }
}

export function unparsable(
  diagnostics: readonly Diagnostic[],
  role = "请求",
  roleEn = "the request",
): ProblemError {
  const first = diagnostics.find((d) => d.severity === "error");
  const [zh, en] = first
    ? [
        `：${renderMessage(first, "zh-Hans", publishedMessages)}`,
        `: ${renderMessage(first, "en", publishedMessages)}`,
      ]
    : ["", ""];
  return new ProblemError(
    "unparsable",
    `${role}中没有可识别的年度报告${zh}`,
    `no annual report could be read from ${roleEn}${en}`,
    { members: { diagnostics: diagnosticsJson(diagnostics, "zh-Hans") } },
  );
}

/** Findings in the JSON shape of `validate --format json`, the parser's (and Word reader's) messages included. */
export function diagnosticsJson(diagnostics: readonly Diagnostic[], locale: Locale) {
  return (
    toJsonOutput({ diagnostics }, { locale, messages: publishedMessages }).files[0]?.diagnostics ??
    []
  );
}
