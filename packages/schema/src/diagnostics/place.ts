import type { Locale } from "../grid/types.js";
import { where as en } from "./messages/en.js";
import { where as zhHans } from "./messages/zh-Hans.js";
import { where as zhHant } from "./messages/zh-Hant.js";
import { placeIn } from "./place-in.js";

const WORDS = { "zh-Hans": zhHans, "zh-Hant": zhHant, en };

/** Where a JSON Pointer points, in the words of the report: a cell, a section heading or a metadata field. */
export function placeOf(path: string, locale: Locale, cellId?: string): string {
  const lang = WORDS[locale] ? locale : "zh-Hans";
  return placeIn(path, lang, WORDS[lang], cellId);
}
