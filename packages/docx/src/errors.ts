import { bilingual, type Locale, type LocaleTexts, wordedIn } from "@zfxxgk/schema";
import { errors as errorsEn } from "./messages/en.js";
import type { DocxErrorMessages } from "./messages/types.js";
import { errors as errorsHans } from "./messages/zh-Hans.js";
import { errors as errorsHant } from "./messages/zh-Hant.js";

/** The wording of the errors `renderDocx` throws, one per locale (each locale file's `errors`). */
export const docxErrorMessages: { readonly [L in Locale]: DocxErrorMessages } = {
  "zh-Hans": errorsHans,
  "zh-Hant": errorsHant,
  en: errorsEn,
};

/** One error of the locale files, worded in every locale. */
export const docxError = <K extends keyof DocxErrorMessages>(
  key: K,
  ...params: Parameters<DocxErrorMessages[K]>
): LocaleTexts => wordedIn(docxErrorMessages, key, ...params);

/** Stable codes of the errors `renderDocx` throws. */
export type DocxErrorCode = "invalid-report" | "unknown-edition" | "unsupported-shape";

/**
 * A Word document could not be made: a stable `code`, its message in every locale (`messages`, from
 * the package's locale files); `message` is Chinese, then English.
 */
export class DocxError extends Error {
  /** The message in Simplified Chinese (`messages["zh-Hans"]`). */
  readonly zh: string;
  /** The message in English (`messages.en`). */
  readonly en: string;
  constructor(
    readonly code: DocxErrorCode,
    readonly messages: LocaleTexts,
  ) {
    super(bilingual(messages));
    this.name = "DocxError";
    this.zh = messages["zh-Hans"];
    this.en = messages.en;
  }
}
