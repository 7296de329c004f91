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

/** One locale's wording of the errors the roll-up throws (`RollupError`): each locale file's `errors`. */
export interface RollupErrorMessages {
  /** `rollup/no-edition`: no format edition for the report `year` (and none was given). */
  readonly noEdition: (p: { readonly year: number }) => string;
  /** `rollup/expected-no-name`: a row of the expected list (CSV) with neither name nor credit code. */
  readonly expectedNoName: (p: { readonly line: number }) => string;
}
