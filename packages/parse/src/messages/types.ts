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
