import type { MessageTemplate } from "@zfxxgk/schema";

/** The codes the parser raises itself (the model's `schema/…` codes are worded by @zfxxgk/schema). */
export const PARSE_CODES = [
  "parse/not-a-report",
  "parse/edition-year",
  "parse/missing-section",
  "parse/missing-table",
  "parse/missing-row",
  "parse/row-incomplete",
  "parse/duplicate-row",
  "parse/local-subrows",
  "parse/not-a-number",
  "parse/count-not-integer",
  "parse/too-large",
  "parse/value-with-unit",
  "parse/missing-note",
  "parse/stray-value",
  "parse/unrecognised-text",
  "parse/unknown-cell",
  "parse/digits-split",
  "parse/digits-undecided",
  "parse/blanks-placed",
  "parse/blanks-undecided",
  "parse/runs-paired",
  "parse/order-undecided",
  "parse/empty-run",
  "parse/no-text-layer",
  "parse/pdf-unreadable",
  "parse/missing-title",
  "parse/missing-agency",
  "parse/missing-year",
  "parse/agency-inferred",
  "parse/year-inferred",
  "parse/embedded-invalid",
  "parse/binary-input",
  "parse/input-too-long",
  "parse/too-many-findings",
  "parse/internal-error",
] as const;

export type ParseCode = (typeof PARSE_CODES)[number];

/**
 * One locale's wording of every code the parser raises, keyed by code. A locale is one file of this
 * type (`zh-Hans.ts`, `en.ts`; `zh-Hant.ts` is generated from `zh-Hans.ts` by `npm run messages`).
 */
export type ParseMessages = { readonly [C in ParseCode]: MessageTemplate };

/**
 * One locale's wording of the errors the parser throws (`DecodeError`) and of the notes of
 * `decodeInput`, each typed with what it says: each locale file's `errors`. `file` undefined: the
 * bytes have no name (a request body).
 */
export interface ParseErrorMessages {
  /** A byte order mark, but bytes that are not valid in its encoding. */
  readonly bomInvalid: (p: { readonly file?: string; readonly encoding: string }) => string;
  /** Not UTF-8, and no encoding it looks like; `declared`: what the page declares. */
  readonly encodingUnknown: (p: { readonly file?: string; readonly declared?: string }) => string;
  /** Not UTF-8, but it looks like `like`; `convert` is the iconv command that converts it. */
  readonly encodingLike: (p: {
    readonly file?: string;
    readonly declared?: string;
    readonly like: string;
    readonly convert: string;
  }) => string;
  /** A note, not an error: the page declares another charset but is valid UTF-8. */
  readonly declaredButUtf8: (p: { readonly declared: string }) => string;
}
