import {
  type Locale,
  type LocaleTexts,
  type MessageMap,
  mergeMessages,
  schemaMessages,
  wordedIn,
} from "@zfxxgk/schema";
import { oldReportMessages } from "./editions/2007/messages.js";
import en, { errors as errorsEn } from "./messages/en.js";
import type { ParseErrorMessages, ParseMessages } from "./messages/types.js";
import zhHans, { errors as errorsHans } from "./messages/zh-Hans.js";
import zhHant, { errors as errorsHant } from "./messages/zh-Hant.js";

/** The parser's own locale files, one per locale; a new locale is one more file and line. */
export const LOCALE_MESSAGES = {
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  en,
} as const satisfies Record<string, ParseMessages>;

/** Messages of every diagnostic the parser returns, its own and the model's (`schema/…`). */
export const parseMessages: MessageMap = mergeMessages(
  schemaMessages,
  LOCALE_MESSAGES,
  oldReportMessages,
);

/** The wording of the errors the parser throws, one per locale (each locale file's `errors`). */
export const parseErrorMessages: { readonly [L in Locale]: ParseErrorMessages } = {
  "zh-Hans": errorsHans,
  "zh-Hant": errorsHant,
  en: errorsEn,
};

/** One error of the locale files, worded in every locale. */
export const parseError = <K extends keyof ParseErrorMessages>(
  key: K,
  ...params: Parameters<ParseErrorMessages[K]>
): LocaleTexts => wordedIn(parseErrorMessages, key, ...params);
