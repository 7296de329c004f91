import { bilingual as joined, type Locale, type LocaleTexts, wordedIn } from "@zfxxgk/schema";
import { CliError } from "./errors.js";
import en from "./messages/en.js";
import type { CliMessages } from "./messages/types.js";
import zhHans from "./messages/zh-Hans.js";
import zhHant from "./messages/zh-Hant.js";

/** The CLI's own locale files, one per locale; a new locale is one more file and line. */
export const LOCALE_MESSAGES: { readonly [L in Locale]: CliMessages } = {
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  en,
};

/** One message of the locale files in a locale. */
export function say<K extends keyof CliMessages>(
  locale: Locale,
  key: K,
  ...params: Parameters<CliMessages[K]>
): string {
  return (LOCALE_MESSAGES[locale][key] as (...p: Parameters<CliMessages[K]>) => string)(...params);
}

/**
 * Text in the CLI's convention: Chinese, then English. "中文 / English" on one line, or each on lines
 * of its own when the Chinese has several; `between` sets the separator (`" "` for a label 「中文 English」).
 */
export function bilingual(
  texts: Pick<LocaleTexts, "zh-Hans" | "en">,
  between = texts["zh-Hans"].includes("\n") ? "\n" : " / ",
): string {
  return joined(texts, between);
}

/** One message of the locale files as the CLI prints it: 「中文 / English」 (see {@link bilingual}). */
export function both<K extends keyof CliMessages>(
  key: K,
  ...params: Parameters<CliMessages[K]>
): string {
  return bilingual(wordedIn(LOCALE_MESSAGES, key, ...params));
}

/** A short label of the locale files as the CLI prints it: 「中文 English」. */
export function label<K extends keyof CliMessages>(
  key: K,
  ...params: Parameters<CliMessages[K]>
): string {
  return bilingual(wordedIn(LOCALE_MESSAGES, key, ...params), " ");
}

/**
 * A help text of the locale files (a command's, an argument's or an option's) as commander prints it:
 * 「中文 / English」, the slash right after a closing full-width parenthesis 「（…）/ English」.
 */
export function helpText<K extends keyof CliMessages>(
  key: K,
  ...params: Parameters<CliMessages[K]>
): string {
  const texts = wordedIn(LOCALE_MESSAGES, key, ...params);
  return bilingual(texts, texts["zh-Hans"].endsWith("）") ? "/ " : " / ");
}

/** A usage or input problem worded from the locale files: Chinese first, then English. */
export function cliError<K extends keyof CliMessages>(
  code: string,
  key: K,
  ...params: Parameters<CliMessages[K]>
): CliError {
  return new CliError(code, wordedIn(LOCALE_MESSAGES, key, ...params));
}
