import type { Locale } from "../grid/types.js";

/** The languages the toolkit speaks: `zh-Hans` (the official wording), `zh-Hant`, `en`. */
export const LOCALES: readonly Locale[] = ["zh-Hans", "zh-Hant", "en"];

/**
 * Language tags accepted for a locale besides its own name, lower-cased. The one place that maps
 * them: `zh-CN` (the former name of Simplified messages) and `zh` are `zh-Hans`.
 */
const TAGS: Readonly<Record<string, Locale>> = {
  "zh-hans": "zh-Hans",
  zh: "zh-Hans",
  "zh-cn": "zh-Hans",
  "zh-sg": "zh-Hans",
  "zh-hans-cn": "zh-Hans",
  "zh-hant": "zh-Hant",
  "zh-tw": "zh-Hant",
  "zh-hk": "zh-Hant",
  "zh-mo": "zh-Hant",
  "zh-hant-tw": "zh-Hant",
  en: "en",
};

/** The locale a language tag names (`zh-CN` → `zh-Hans`, `en-GB` → `en`), or undefined. */
export function localeOf(tag: string): Locale | undefined {
  const key = tag.trim().toLowerCase();
  return TAGS[key] ?? (key.startsWith("en-") ? "en" : undefined);
}

/** Every tag `localeOf` accepts, for option parsers that list their choices. */
export const LOCALE_TAGS: readonly string[] = [...LOCALES, "zh-CN", "zh-TW", "zh-HK", "zh"];

/**
 * The HTML `lang` (BCP 47) of each locale, for the documents and pages the toolkit writes: the one
 * map of them (`zh-Hant` is written in Taiwan-standard characters, OpenCC cn → tw).
 */
export const HTML_LANG: { readonly [L in Locale]: string } = {
  "zh-Hans": "zh-CN",
  "zh-Hant": "zh-TW",
  en: "en",
};

/** One text in every locale, as the toolkit's errors carry their message (`messages`). */
export type LocaleTexts = { readonly [L in Locale]: string };

/** A text as the toolkit's errors say it in one line: Chinese first, then English (「中文 / English」). */
export function bilingual(texts: Pick<LocaleTexts, "zh-Hans" | "en">, between = " / "): string {
  return `${texts["zh-Hans"]}${between}${texts.en}`;
}

/**
 * One message of a package's locale files (one object per locale, the same keys in each, each a
 * function of the same typed params) worded in every locale: how errors take their text from the
 * message files instead of the place that raises them.
 */
export function wordedIn<
  M extends { readonly [P in keyof M]: (...params: never[]) => string },
  K extends keyof M,
>(files: { readonly [L in Locale]: M }, key: K, ...params: Parameters<M[K]>): LocaleTexts {
  const of = (l: Locale) => (files[l][key] as (...p: Parameters<M[K]>) => string)(...params);
  return { "zh-Hans": of("zh-Hans"), "zh-Hant": of("zh-Hant"), en: of("en") };
}
