import { bilingual, type Locale } from "@zfxxgk/schema";
import en, { demo as demoEn } from "./messages/en.js";
import type { DemoTexts, FormTexts, UiTexts } from "./messages/types.js";
import zhHans, { demo as demoZhHans } from "./messages/zh-Hans.js";
import zhHant, { demo as demoZhHant } from "./messages/zh-Hant.js";

/** The form's words, one file per locale; a new locale is one more file and its line here and below. */
export const TEXTS: { readonly [L in Locale]: FormTexts } = {
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  en,
};

/** The demo page's words, from the same files (unused by the element, so not in its bundle). */
export const DEMO_TEXTS: { readonly [L in Locale]: DemoTexts } = {
  "zh-Hans": demoZhHans,
  "zh-Hant": demoZhHant,
  en: demoEn,
};

/** A word of the element's own. */
export type UiWord = keyof UiTexts;

/** A word of the form in a locale, with its `{name}` placeholders filled. */
export function say(
  word: UiWord,
  locale: Locale,
  values: Record<string, string | number> = {},
): string {
  return TEXTS[locale].ui[word].replace(/\{(\w+)\}/gu, (_, k: string) => String(values[k] ?? ""));
}

/** A word as the element's errors say it: Chinese first, then English (「中文 / English」). */
export function sayBoth(word: UiWord, values?: Record<string, string | number>): string {
  return bilingual({ "zh-Hans": say(word, "zh-Hans", values), en: say(word, "en", values) });
}
