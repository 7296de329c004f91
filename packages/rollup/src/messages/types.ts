import type { MessageTemplate } from "@zfxxgk/schema";

/** The codes the roll-up raises. */
export const ROLLUP_CODES = [
  "rollup/invalid",
  "rollup/constituent-errors",
  "rollup/duplicate-content",
  "rollup/duplicate-body",
  "rollup/year",
  "rollup/edition-refused",
  "rollup/edition-mapped",
  "rollup/unit-converted",
  "rollup/unit-missing",
  "rollup/unit-slip",
  "rollup/blank",
  "rollup/mark",
  "rollup/joint-documents",
  "rollup/missing",
  "rollup/unexpected",
  "rollup/narrative",
] as const;

/** One locale's wording of those codes; a locale is one file (`zh-Hant.ts` generated from `zh-Hans.ts`). */
export type RollupMessages = { readonly [C in (typeof ROLLUP_CODES)[number]]: MessageTemplate };
