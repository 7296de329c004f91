import { bilingual, type Locale, type LocaleTexts, wordedIn } from "@zfxxgk/schema";
import { errors as errorsEn, titles as titlesEn } from "./messages/en.js";
import type { ProblemTitles, ServerErrorMessages } from "./messages/types.js";
import { errors as errorsHans, titles as titlesHans } from "./messages/zh-Hans.js";
import { errors as errorsHant, titles as titlesHant } from "./messages/zh-Hant.js";

/**
 * Errors as RFC 9457 problem details: a stable `code`, the message in every locale (`zh-Hans`,
 * `zh-Hant`, `en`; `zh-CN` is the former name of `zh-Hans`, kept for the clients that read it), and
 * `detail` and `title` in the locale of `?lang=`, or without it both Chinese and English the way the
 * CLI prints them.
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly code: string;
  readonly "zh-Hans": string;
  readonly "zh-Hant": string;
  readonly en: string;
  /** @deprecated The same as `zh-Hans`, its former name. */
  readonly "zh-CN": string;
  readonly [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** The service's locale files, one per locale; a new locale is one more file and line. */
export const serverErrorMessages: { readonly [L in Locale]: ServerErrorMessages } = {
  "zh-Hans": errorsHans,
  "zh-Hant": errorsHant,
  en: errorsEn,
};

/** The title of every problem code in each locale. */
export const problemTitles: { readonly [L in Locale]: ProblemTitles } = {
  "zh-Hans": titlesHans,
  "zh-Hant": titlesHant,
  en: titlesEn,
};

/** One message of the locale files, worded in every locale. */
export const worded = <K extends keyof ServerErrorMessages>(
  key: K,
  ...params: Parameters<ServerErrorMessages[K]>
): LocaleTexts => wordedIn(serverErrorMessages, key, ...params);

const STATUS = {
  "bad-request": 400,
  "not-json": 400,
  unauthorized: 401,
  "not-found": 404,
  "unknown-edition": 404,
  "body-too-large": 413,
  "unsupported-media-type": 415,
  "bad-encoding": 415,
  unparsable: 422,
  "invalid-report": 422,
  "input-unknown-edition": 422,
  "docx-failed": 422,
  "internal-error": 500,
  "pdf-failed": 502,
  "pdf-disabled": 503,
  "pdf-busy": 503,
  "shutting-down": 503,
  timeout: 504,
} as const;

export type ProblemCode = keyof typeof STATUS;

/** Both Chinese and English, the way the CLI prints them. */

/** The title of a problem code in every locale. */
const titlesOf = (code: ProblemCode): LocaleTexts => ({
  "zh-Hans": problemTitles["zh-Hans"][code],
  "zh-Hant": problemTitles["zh-Hant"][code],
  en: problemTitles.en[code],
});

/**
 * Every problem code this service answers with, its HTTP status and its title (Chinese and English;
 * each locale's from `problemTitles`).
 */
export const PROBLEMS = Object.fromEntries(
  (Object.keys(STATUS) as ProblemCode[]).map((code) => [
    code,
    { status: STATUS[code], title: bilingual(titlesOf(code)) },
  ]),
) as {
  readonly [C in ProblemCode]: { readonly status: (typeof STATUS)[C]; readonly title: string };
};

/** Extension members of a problem: fixed, or worded in the locale of the answer. */
type Members = Record<string, unknown> | ((locale: Locale) => Record<string, unknown>);

/** Thrown by handlers; the error handler answers it as problem details. */
export class ProblemError extends Error {
  readonly status: number;
  /** The message in Simplified Chinese (`messages["zh-Hans"]`). */
  readonly zh: string;
  /** The message in English (`messages.en`). */
  readonly en: string;
  constructor(
    readonly code: ProblemCode,
    /** The message in every locale, from the locale files (`worded`, or another package's error's). */
    readonly messages: LocaleTexts,
    /** Extension members (for example `diagnostics`) and headers to send with it. */
    readonly extra: { members?: Members; headers?: Record<string, string> } = {},
  ) {
    super(bilingual(messages));
    this.name = "ProblemError";
    this.status = STATUS[code];
    this.zh = messages["zh-Hans"];
    this.en = messages.en;
  }
}

/** A problem of the service worded from its locale files. */
export function problem<K extends keyof ServerErrorMessages>(
  code: ProblemCode,
  key: K,
  ...params: Parameters<ServerErrorMessages[K]>
): ProblemError {
  return new ProblemError(code, worded(key, ...params));
}

/**
 * The problem details of an error: `title` and `detail` in `locale` (the request's `?lang=`), or
 * without one in Chinese and English.
 */
export function problemOf(error: ProblemError, instance?: string, locale?: Locale): Problem {
  const { members } = error.extra;
  const titles = titlesOf(error.code);
  return {
    type: `urn:zfxxgk:problem:${error.code}`,
    title: locale ? titles[locale] : bilingual(titles),
    status: error.status,
    detail: locale ? error.messages[locale] : error.message,
    ...(instance ? { instance } : {}),
    code: error.code,
    "zh-Hans": error.messages["zh-Hans"],
    "zh-Hant": error.messages["zh-Hant"],
    en: error.messages.en,
    "zh-CN": error.messages["zh-Hans"],
    ...(typeof members === "function" ? members(locale ?? "zh-Hans") : members),
  };
}

/** The JSON Schema of a problem, for the OpenAPI document and the serialiser. */
export const problemSchema = {
  type: "object",
  description:
    "RFC 9457 problem details. `zh-Hans`, `zh-Hant` and `en` carry the message in each locale; `detail` and `title` are in the locale of `?lang=` where the route takes it, otherwise Chinese and English (`zh-Hans / en`).",
  required: ["type", "title", "status", "detail", "code", "zh-Hans", "zh-Hant", "en", "zh-CN"],
  properties: {
    type: { type: "string", format: "uri" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    instance: { type: "string" },
    code: { type: "string", enum: Object.keys(STATUS) },
    "zh-Hans": { type: "string", description: "The message in Simplified Chinese." },
    "zh-Hant": { type: "string", description: "The message in Traditional Chinese." },
    en: { type: "string", description: "The message in English." },
    "zh-CN": {
      type: "string",
      deprecated: true,
      description: "Deprecated: the same as `zh-Hans`, its former name; read `zh-Hans`.",
    },
    diagnostics: {
      type: "array",
      description: "The findings that made the input unusable, as in `POST /v1/validate`.",
      items: { $ref: "#/components/schemas/Diagnostic" },
    },
  },
  additionalProperties: true,
} as const;
