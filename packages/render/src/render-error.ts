import { type Locale, type LocaleTexts, wordedIn } from "@zfxxgk/schema";
import { errors as en } from "./messages/en.js";
import type { RenderErrorMessages } from "./messages/types.js";
import { errors as zhHans } from "./messages/zh-Hans.js";
import { errors as zhHant } from "./messages/zh-Hant.js";

/** The wording of the renderer's errors, one per locale; a new locale is one more file and line. */
export const renderErrorMessages: { readonly [L in Locale]: RenderErrorMessages } = {
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  en,
};

/** Why a value cannot be drawn, from the locale files, in every locale. */
export const reasonOf = <K extends Exclude<keyof RenderErrorMessages, "invalidInput">>(
  key: K,
  ...params: Parameters<RenderErrorMessages[K]>
): LocaleTexts => wordedIn(renderErrorMessages, key, ...params);

/**
 * A report the renderer cannot draw, with the JSON Pointer of the offending value: why in every
 * locale (`reasons`), the whole message in every locale (`messages`, from the package's locale
 * files); `message` is Chinese, then English.
 */
export class RenderInputError extends Error {
  readonly code = "render/invalid-input";
  /** Why, in English (`reasons.en`). */
  readonly reason: string;
  /** Why, in Simplified Chinese (`reasons["zh-Hans"]`). */
  readonly reasonZh: string;
  readonly messages: LocaleTexts;
  constructor(
    readonly path: string,
    readonly reasons: LocaleTexts,
  ) {
    const at = path || "/";
    const of = (l: Locale) => renderErrorMessages[l].invalidInput({ path: at, reason: reasons[l] });
    const whole: LocaleTexts = { "zh-Hans": of("zh-Hans"), "zh-Hant": of("zh-Hant"), en: of("en") };
    super(`${whole["zh-Hans"]}（${whole.en}）`);
    this.name = "RenderInputError";
    this.reason = reasons.en;
    this.reasonZh = reasons["zh-Hans"];
    this.messages = whole;
  }
}
