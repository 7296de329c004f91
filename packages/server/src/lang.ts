import { LOCALE_TAGS, type Locale, localeOf } from "@zfxxgk/schema";
import type { FastifyRequest } from "fastify";

/**
 * The `?lang=` query parameter: the locale of the messages, in the toolkit's one vocabulary
 * (`zh-Hans`, `zh-Hant`, `en`); `zh`, `zh-CN`, `zh-TW` and `zh-HK` are accepted as their aliases
 * (`localeOf` of @zfxxgk/schema), so that clients that send `zh` keep working.
 */
export const LANG = {
  type: "string",
  enum: LOCALE_TAGS,
  description:
    "Language of the messages: `zh-Hans` (default), `zh-Hant` or `en` (`zh`, `zh-CN` → `zh-Hans`; `zh-TW`, `zh-HK` → `zh-Hant`). With it, an error's `detail` and `title` are in that language only; without it, in Chinese and English.",
} as const;

/**
 * The `?locale=` query parameter of `render`, `pdf` and `docx`: the script of the document made, in the
 * same vocabulary as `?lang=` less English (a report is written in Chinese): `zh-Hans` (default) or
 * `zh-Hant`, with `zh`, `zh-CN` → `zh-Hans` and `zh-TW`, `zh-HK` → `zh-Hant`.
 */
export const DOCUMENT_LOCALE = {
  type: "string",
  enum: LOCALE_TAGS.filter((tag) => localeOf(tag) !== "en"),
  default: "zh-Hans",
  description:
    "Simplified or traditional characters: `zh-Hans` (default) or `zh-Hant` (`zh`, `zh-CN` → `zh-Hans`; `zh-TW`, `zh-HK` → `zh-Hant`), the vocabulary of `?lang=`.",
} as const;

/** The script of the document a request asked for with `?locale=` (read through `localeOf`), `zh-Hans` by default. */
export function documentLocaleOf(request: FastifyRequest): Exclude<Locale, "en"> {
  const given = (request.query as { locale?: unknown } | undefined)?.locale;
  const locale = typeof given === "string" ? localeOf(given) : undefined;
  return locale === "zh-Hant" ? "zh-Hant" : "zh-Hans";
}

/** The locale a request asked for with `?lang=`, or undefined (also when it names none). */
export function langOf(request: FastifyRequest): Locale | undefined {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang;
  return typeof lang === "string" ? localeOf(lang) : undefined;
}
