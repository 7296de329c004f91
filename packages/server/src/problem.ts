/**
 * Errors as RFC 9457 problem details: a stable `code`, the message in Chinese and English (worded as the
 * CLI words it), `detail` joining both the way the CLI prints them.
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly code: string;
  readonly "zh-CN": string;
  readonly en: string;
  readonly [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Every problem code this service answers with, its HTTP status and its title. */
export const PROBLEMS = {
  "bad-request": { status: 400, title: "请求不符合接口说明 / Bad request" },
  "not-json": { status: 400, title: "请求体不是有效的 JSON / Body is not valid JSON" },
  unauthorized: { status: 401, title: "需要有效的 API 密钥 / API key required" },
  "not-found": { status: 404, title: "没有这个地址 / Not found" },
  "unknown-edition": { status: 404, title: "格式版本未知 / Unknown edition" },
  "body-too-large": { status: 413, title: "请求体过大 / Body too large" },
  "unsupported-media-type": {
    status: 415,
    title: "不支持的内容类型 / Unsupported media type",
  },
  "bad-encoding": { status: 415, title: "文本编码无法确定 / Text encoding not recognised" },
  unparsable: { status: 422, title: "没有可识别的年度报告 / No report found" },
  "invalid-report": { status: 422, title: "报告不符合格式 / Invalid report" },
  "input-unknown-edition": { status: 422, title: "格式版本未知 / Unknown edition" },
  "docx-failed": { status: 422, title: "无法生成 Word 文档 / Word document could not be made" },
  "internal-error": { status: 500, title: "内部错误 / Internal error" },
  "pdf-failed": { status: 502, title: "生成 PDF 失败 / PDF generation failed" },
  "pdf-disabled": { status: 503, title: "本服务未启用 PDF / PDFs are disabled" },
  "pdf-busy": { status: 503, title: "PDF 队列已满 / PDF queue full" },
  "shutting-down": { status: 503, title: "服务正在停止 / Shutting down" },
  timeout: { status: 504, title: "处理超时 / Timed out" },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

/** Thrown by handlers; the error handler answers it as problem details. */
export class ProblemError extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly zh: string,
    readonly en: string,
    /** Extension members (for example `diagnostics`) and headers to send with it. */
    readonly extra: { members?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(`${zh} / ${en}`);
    this.name = "ProblemError";
    this.status = PROBLEMS[code].status;
  }
}

export function problemOf(error: ProblemError, instance?: string): Problem {
  return {
    type: `urn:zfxxgk:problem:${error.code}`,
    title: PROBLEMS[error.code].title,
    status: error.status,
    detail: error.message,
    ...(instance ? { instance } : {}),
    code: error.code,
    "zh-CN": error.zh,
    en: error.en,
    ...error.extra.members,
  };
}

/** The JSON Schema of a problem, for the OpenAPI document and the serialiser. */
export const problemSchema = {
  type: "object",
  description:
    "RFC 9457 problem details; `zh-CN` and `en` carry the message, `detail` both of them.",
  required: ["type", "title", "status", "detail", "code", "zh-CN", "en"],
  properties: {
    type: { type: "string", format: "uri" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    instance: { type: "string" },
    code: { type: "string", enum: Object.keys(PROBLEMS) },
    "zh-CN": { type: "string" },
    en: { type: "string" },
    diagnostics: {
      type: "array",
      description: "The findings that made the input unusable, as in `POST /v1/validate`.",
      items: { $ref: "#/components/schemas/Diagnostic" },
    },
  },
  additionalProperties: true,
} as const;
