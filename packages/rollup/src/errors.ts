import { bilingual, type Locale, type LocaleTexts, wordedIn } from "@zfxxgk/schema";
import { errors as en } from "./messages/en.js";
import type { RollupErrorMessages } from "./messages/types.js";
import { errors as zhHans } from "./messages/zh-Hans.js";
import { errors as zhHant } from "./messages/zh-Hant.js";

/** The wording of the roll-up's errors, one per locale; a new locale is one more file and line. */
export const rollupErrorMessages: { readonly [L in Locale]: RollupErrorMessages } = {
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  en,
};

/** Stable codes of the errors the roll-up throws. */
export type RollupErrorCode = "rollup/no-edition" | "rollup/expected-no-name";

/**
 * An input the roll-up cannot start from (a `RangeError`, as before): a stable `code`, its message in
 * every locale (`messages`, from the package's locale files); `message` is Chinese, then English.
 */
export class RollupError extends RangeError {
  constructor(
    readonly code: RollupErrorCode,
    readonly messages: LocaleTexts,
  ) {
    super(bilingual(messages));
    this.name = "RollupError";
  }
}

/** One error of the locale files, worded in every locale. */
export function rollupError<K extends keyof RollupErrorMessages>(
  code: RollupErrorCode,
  key: K,
  ...params: Parameters<RollupErrorMessages[K]>
): RollupError {
  return new RollupError(code, wordedIn(rollupErrorMessages, key, ...params));
}
