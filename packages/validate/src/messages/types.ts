import type { FindingOf, TypedCode } from "../findings.js";

/** The codes the validator words itself (the model's `schema/…` codes are worded by @zfxxgk/schema). */
export type ValidatorCode = Exclude<TypedCode, `schema/${string}`>;

/**
 * One locale's wording of every finding the validator raises, keyed by code, each template typed
 * with its code's finding. A locale is one file of this type (`zh-Hans.ts`, `en.ts`; `zh-Hant.ts`
 * is generated from `zh-Hans.ts`).
 */
export type LocaleMessages = { readonly [C in ValidatorCode]: (d: FindingOf<C>) => string };

/** What the shared templates of a locale file read of a finding (several codes share one). */
export interface Worded {
  readonly cells: readonly string[];
  readonly actual?: unknown;
  readonly expected?: unknown;
  readonly difference?: unknown;
  readonly params?: object;
}
