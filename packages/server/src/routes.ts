import { DOCX_MEDIA_TYPE, DocxError, publishedMessages, renderDocx } from "@zfxxgk/docx";
import { renderHtml } from "@zfxxgk/render";
import {
  EDITIONS,
  editionIds,
  isEdition,
  jsonSchemaOf,
  type Locale,
  toCells,
} from "@zfxxgk/schema";
import { ruleCatalog, toJsonOutput, validate, withSources } from "@zfxxgk/validate";
import type { FastifyReply, FastifyRequest } from "fastify";
import {
  checkable,
  diagnosticsJson,
  inputOfBody,
  inputOfField,
  loadInput,
  loadValidReport,
  parseDocument,
  unparsable,
} from "./inputs.js";
import { DOCUMENT_LOCALE, documentLocaleOf, LANG, langOf } from "./lang.js";
import type { PdfService } from "./pdf-service.js";
import { type ProblemCode, ProblemError, problem } from "./problem.js";
import {
  type RollupRequest,
  rollupAnswer,
  rollupOutputSchema,
  rollupRequestSchema,
} from "./rollup-request.js";
import {
  catalogSchema,
  cellsSchema,
  documentSchema,
  parseOutputSchema,
  REPORT,
  validateOutputSchema,
} from "./schemas.js";

type Schema = Record<string, unknown>;

/** What a route handler may use. */
export interface RouteContext {
  readonly pdf: PdfService | undefined;
  readonly ready: () => { ready: boolean; pdf: "up" | "down" | "disabled" };
  readonly metrics: () => Promise<{ contentType: string; text: string }>;
  /** The OpenAPI document and its page, made once. */
  readonly openapi: () => { readonly document: Record<string, unknown>; readonly page: string };
}

/**
 * One route, described once: Fastify validates and serialises with these schemas, and the OpenAPI document
 * is generated from them.
 */
export interface RouteSpec {
  readonly method: "GET" | "POST";
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: "reports" | "reference" | "operations";
  /** Whether an API key is asked for when keys are configured. */
  readonly protected: boolean;
  readonly params?: Schema;
  readonly query?: Schema;
  /** Request body per content type. */
  readonly body?: Readonly<Record<string, Schema>>;
  /** The 200 answer: content type and, for JSON, its schema. */
  readonly ok: { readonly type: string; readonly schema?: Schema; readonly description: string };
  /** Problems this route answers with (besides the ones every route may: 400, 401, 413, 415, 500). */
  readonly problems: readonly ProblemCode[];
  readonly handler: (
    request: FastifyRequest,
    reply: FastifyReply,
    context: RouteContext,
  ) => Promise<unknown>;
}

/** Published documents, read from their bytes as the CLI reads a file (UTF-8, a byte order mark, or a page's declared charset). */
const DOCUMENT_BODIES = {
  "text/plain": {
    type: "string",
    description: "A published report as text (read by @zfxxgk/parse).",
  },
  "text/html": {
    type: "string",
    description: "A published report's web page (read by @zfxxgk/parse).",
  },
  [DOCX_MEDIA_TYPE]: {
    type: "string",
    contentMediaType: DOCX_MEDIA_TYPE,
    description: "A published report as a Word document, .docx (read by @zfxxgk/docx).",
  },
} as const;

const REPORT_BODIES = { "application/json": REPORT, ...DOCUMENT_BODIES } as const;

const lang = LANG;
const locale = DOCUMENT_LOCALE;

const query = (properties: Schema): Schema => ({
  type: "object",
  properties,
  additionalProperties: false,
});

type Query = { lang?: string; fragment?: boolean };
/** The locale of the messages, from `?lang=` (default `zh-Hans`). */
const messageLocale = (request: FastifyRequest): Locale => langOf(request) ?? "zh-Hans";
const bodyInput = (request: FastifyRequest) =>
  inputOfBody(request.body, request.headers["content-type"]);

export const ROUTES: readonly RouteSpec[] = [
  {
    method: "POST",
    url: "/v1/validate",
    operationId: "validate",
    summary: "校验报告 / Validate a report",
    description:
      'The report\'s model check, accounting identities and consistency rules; the answer is the JSON of `zfxxgk validate --format json`. Send the report as JSON, or a published report as text/plain, text/html or a Word document (.docx). To compare with last year\'s report, send `{ "report": …, "previous": … }` as JSON, where each is a report or `{ "text": … }` / `{ "html": … }`. Findings are an answer (200), not an error.',
    tag: "reports",
    protected: true,
    query: query({ lang }),
    body: {
      "application/json": {
        anyOf: [
          REPORT,
          {
            type: "object",
            required: ["report"],
            properties: {
              report: { anyOf: [REPORT, documentSchema] },
              previous: { anyOf: [REPORT, documentSchema] },
            },
            additionalProperties: false,
          },
        ],
      },
      ...DOCUMENT_BODIES,
    },
    ok: { type: "application/json", schema: validateOutputSchema, description: "The findings." },
    problems: ["not-json", "unparsable", "input-unknown-edition"],
    async handler(request) {
      const envelope = envelopeOf(request.body);
      const report = await loadInput(envelope ? inputOfField(envelope.report) : bodyInput(request));
      const previous =
        envelope?.previous === undefined
          ? undefined
          : await loadInput(inputOfField(envelope.previous), { kind: "previous" });
      const result = validate(checkable(report), previous ? { previous: checkable(previous) } : {});
      return toJsonOutput(
        [
          {
            file: "-",
            diagnostics: [
              ...report.parseDiagnostics,
              ...(report.provenance
                ? withSources(result.diagnostics, report.provenance)
                : result.diagnostics),
            ],
          },
        ],
        {
          locale: messageLocale(request),
          messages: publishedMessages,
        },
      );
    },
  },
  {
    method: "POST",
    url: "/v1/render",
    operationId: "render",
    summary: "生成官方版式的 HTML / Render the official HTML",
    description:
      "A valid report (JSON, or a published text/HTML report read back) as the official HTML page, or as a fragment to embed. Everything from the report is escaped.",
    tag: "reports",
    protected: true,
    query: query({
      fragment: { type: "boolean", default: false, description: "An embeddable fragment." },
      locale,
    }),
    body: REPORT_BODIES,
    ok: { type: "text/html", description: "The HTML, UTF-8." },
    problems: ["not-json", "invalid-report", "unparsable", "input-unknown-edition"],
    async handler(request, reply) {
      const report = await loadValidReport(bodyInput(request));
      const { fragment } = request.query as Query;
      reply.type("text/html; charset=utf-8");
      return renderHtml(report, { fragment: Boolean(fragment), locale: documentLocaleOf(request) });
    },
  },
  {
    method: "POST",
    url: "/v1/pdf",
    operationId: "pdf",
    summary: "生成官方版式的 PDF / Print the official PDF",
    description:
      "A valid report as the official PDF (A4, embedded fonts). PDFs go through a bounded queue: when it is full the answer is 503 with Retry-After (seconds).",
    tag: "reports",
    protected: true,
    query: query({ locale }),
    body: REPORT_BODIES,
    ok: { type: "application/pdf", description: "The PDF." },
    problems: [
      "not-json",
      "invalid-report",
      "unparsable",
      "input-unknown-edition",
      "pdf-failed",
      "pdf-busy",
      "timeout",
    ],
    async handler(request, reply, { pdf }) {
      const report = await loadValidReport(bodyInput(request));
      if (!pdf) {
        throw problem("pdf-disabled", "pdfDisabled");
      }
      const bytes = await pdf.render(report, {
        locale: documentLocaleOf(request),
      });
      reply.type("application/pdf");
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  },
  {
    method: "POST",
    url: "/v1/docx",
    operationId: "docx",
    summary: "生成官方版式的 Word 文档 / The official layout as a Word document",
    description:
      "A valid report as a Word document (.docx) in the official layout, the same bytes as `zfxxgk docx`: the tables as Word tables, the narrative as paragraphs, the report's JSON kept in the document so that it reads back exactly.",
    tag: "reports",
    protected: true,
    query: query({ locale }),
    body: REPORT_BODIES,
    ok: { type: DOCX_MEDIA_TYPE, description: "The Word document." },
    problems: ["not-json", "invalid-report", "unparsable", "input-unknown-edition", "docx-failed"],
    async handler(request, reply) {
      const report = await loadValidReport(bodyInput(request));
      let bytes: Uint8Array;
      try {
        bytes = await renderDocx(report, { locale: documentLocaleOf(request) });
      } catch (e) {
        if (e instanceof DocxError) throw new ProblemError("docx-failed", e.messages);
        throw e;
      }
      reply.type(DOCX_MEDIA_TYPE);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  },
  {
    method: "POST",
    url: "/v1/rollup",
    operationId: "rollup",
    summary: "汇总所属单位的年度报告 / Roll up a region's reports",
    description:
      "One aggregate report from the reports of a region's bodies, summed cell by cell as `zfxxgk rollup` sums them: every constituent validated, duplicates, other years and unmappable editions left out and said, the expected list checked, the aggregate validated. With `?provenance=true` the answer says who contributed what to each cell. Large roll-ups may need a higher body limit (`ZFXXGK_BODY_LIMIT`).",
    tag: "reports",
    protected: true,
    query: query({
      lang,
      provenance: { type: "boolean", default: false, description: "Who contributed to each cell." },
    }),
    body: { "application/json": rollupRequestSchema },
    ok: {
      type: "application/json",
      schema: rollupOutputSchema,
      description: "The aggregate and the findings.",
    },
    problems: ["not-json", "unparsable", "input-unknown-edition"],
    async handler(request) {
      return rollupAnswer(request.body as RollupRequest, {
        locale: messageLocale(request),
        provenance: Boolean((request.query as { provenance?: boolean }).provenance),
      });
    },
  },
  {
    method: "POST",
    url: "/v1/parse",
    operationId: "parse",
    summary: "读取已发布的报告 / Read a published report",
    description:
      "A published report (text, web page or Word document) back into the model, with the parser's findings and where each cell's value was read.",
    tag: "reports",
    protected: true,
    query: query({ lang }),
    body: { ...DOCUMENT_BODIES, "application/json": documentSchema },
    ok: { type: "application/json", schema: parseOutputSchema, description: "The report read." },
    problems: ["not-json", "unparsable"],
    async handler(request) {
      const body = bodyInput(request);
      const input = "document" in body ? body : inputOfField(body.data);
      if (!("document" in input)) {
        throw problem("bad-request", "notADocument");
      }
      const outcome = await parseDocument(input.document);
      if (!outcome.report) throw unparsable(outcome.diagnostics);
      return {
        report: outcome.report,
        diagnostics: diagnosticsJson(outcome.diagnostics, messageLocale(request)),
        provenance: outcome.provenance,
      };
    },
  },
  {
    method: "POST",
    url: "/v1/cells",
    operationId: "cells",
    summary: "按单元格编号列出表格数据 / The flat cell view",
    description: "Cell id → value for a valid report, in official order; a blank cell is null.",
    tag: "reports",
    protected: true,
    body: REPORT_BODIES,
    ok: { type: "application/json", schema: cellsSchema, description: "The cells." },
    problems: ["not-json", "invalid-report", "unparsable", "input-unknown-edition"],
    async handler(request) {
      // cells carry no metadata: a document read without its agency or year is listed as read
      return toCells(await loadValidReport(bodyInput(request), { metadata: "as-read" }));
    },
  },
  {
    method: "GET",
    url: "/v1/schema/:edition",
    operationId: "schema",
    summary: "报告的 JSON Schema / The report's JSON Schema",
    description: `The JSON Schema (draft 2020-12) of one edition's report, as @zfxxgk/schema ships it. Editions: ${Object.keys(EDITIONS).join(", ")}.`,
    tag: "reference",
    protected: true,
    params: {
      type: "object",
      required: ["edition"],
      properties: { edition: { type: "string", description: "A format edition." } },
    },
    ok: { type: "application/schema+json", description: "The JSON Schema." },
    problems: ["unknown-edition"],
    async handler(request, reply) {
      const { edition } = request.params as { edition: string };
      if (!isEdition(edition)) throw unknownEdition(edition);
      reply.type("application/schema+json");
      return JSON.stringify(jsonSchemaOf(edition));
    },
  },
  {
    method: "GET",
    url: "/v1/rules",
    operationId: "rules",
    summary: "校验规则目录 / The rule catalog",
    tag: "reference",
    protected: true,
    ok: { type: "application/json", schema: catalogSchema, description: "The catalog." },
    problems: [],
    async handler() {
      return ruleCatalog;
    },
  },
  {
    method: "GET",
    url: "/healthz",
    operationId: "health",
    summary: "进程存活 / Liveness",
    description: "200 while the process serves requests.",
    tag: "operations",
    protected: false,
    ok: {
      type: "application/json",
      schema: { type: "object", properties: { status: { type: "string", enum: ["ok"] } } },
      description: "Alive.",
    },
    problems: [],
    async handler() {
      return { status: "ok" };
    },
  },
  {
    method: "GET",
    url: "/readyz",
    operationId: "ready",
    summary: "可以接收请求 / Readiness",
    description:
      "200 when the PDF browser is up (or PDFs are disabled), 503 otherwise (the browser is being started again); 503 while shutting down.",
    tag: "operations",
    protected: false,
    ok: {
      type: "application/json",
      schema: {
        type: "object",
        properties: {
          status: { type: "string", enum: ["ready", "not-ready"] },
          pdf: { type: "string", enum: ["up", "down", "disabled"] },
        },
      },
      description: "Ready (the same body with 503 when not).",
    },
    problems: ["shutting-down"],
    async handler(_request, reply, { ready }) {
      const state = ready();
      reply.code(state.ready ? 200 : 503);
      return { status: state.ready ? "ready" : "not-ready", pdf: state.pdf };
    },
  },
  {
    method: "GET",
    url: "/metrics",
    operationId: "metrics",
    summary: "Prometheus 指标 / Prometheus metrics",
    description:
      "Requests and latencies per route, PDF queue depth, PDFs printing, browser up and restarts, process metrics.",
    tag: "operations",
    protected: false,
    ok: { type: "text/plain", description: "Prometheus text format 0.0.4." },
    problems: [],
    async handler(_request, reply, { metrics }) {
      const { contentType, text } = await metrics();
      reply.type(contentType);
      return text;
    },
  },
  {
    method: "GET",
    url: "/openapi.json",
    operationId: "openapi",
    summary: "本接口的 OpenAPI 文档 / This OpenAPI document",
    tag: "operations",
    protected: false,
    ok: { type: "application/json", description: "OpenAPI 3.1." },
    problems: [],
    async handler(_request, reply, { openapi }) {
      reply.type("application/json; charset=utf-8");
      return JSON.stringify(openapi().document);
    },
  },
  {
    method: "GET",
    url: "/docs",
    operationId: "docs",
    summary: "接口说明页 / The API described as a web page",
    description:
      "The OpenAPI document as one self-contained page (no script, nothing loaded from elsewhere).",
    tag: "operations",
    protected: false,
    ok: { type: "text/html", description: "The page." },
    problems: [],
    async handler(_request, reply, { openapi }) {
      reply
        .type("text/html; charset=utf-8")
        .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'");
      return openapi().page;
    },
  },
];

function envelopeOf(body: unknown): { report: unknown; previous?: unknown } | undefined {
  if (typeof body !== "object" || body === null || !("report" in body)) return undefined;
  return body as { report: unknown; previous?: unknown };
}

export function unknownEdition(edition: string): ProblemError {
  const supported = editionIds;
  return problem("unknown-edition", "unknownEdition", { edition, supported });
}
