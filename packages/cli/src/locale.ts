import { LOCALE_TAGS, type Locale, localeOf } from "@zfxxgk/schema";
import { InvalidArgumentError, Option } from "commander";
import { both, helpText } from "./messages.js";

/**
 * `--locale` of the commands that print findings or descriptions: the language of the messages,
 * `zh-Hans` (default), `zh-Hant` or `en`; `zh-CN`, `zh-TW` and `zh-HK` are read through `localeOf`.
 */
export const messageLocaleOption = () =>
  new Option("--locale <locale>", helpText("helpMessageLocale", { tags: LOCALE_TAGS }))
    .argParser((value: string) => {
      const locale = localeOf(value);
      if (!locale) {
        throw new InvalidArgumentError(both("unknownLocale", { value, tags: LOCALE_TAGS }));
      }
      return locale;
    })
    .default("zh-Hans");

/** The former `--lang zh|en`, still accepted and no longer shown: `--locale` is the one word. */
export const langAlias = () => new Option("--lang <lang>").choices(["zh", "en"]).hideHelp();

export function messageLocaleOf(options: { locale: Locale; lang?: "zh" | "en" }): Locale {
  if (options.lang) return localeOf(options.lang) ?? "zh-Hans";
  return options.locale;
}
