import { LOCALE_TAGS, type Locale, localeOf } from "@zfxxgk/schema";
import { InvalidArgumentError, Option } from "commander";
import { both, cliError, helpText } from "./messages.js";

/** The tags `--locale` of a document takes: those of the messages' `--locale` less English. */
const DOCUMENT_TAGS = LOCALE_TAGS.filter((tag) => localeOf(tag) !== "en");

/**
 * `--locale` of the commands that write the report itself (HTML, PDF, Word): simplified or traditional,
 * `zh-Hans` (default) or `zh-Hant`, with the aliases of `localeOf` (`zh`, `zh-CN`, `zh-TW`, `zh-HK`).
 */
export const documentLocaleOption = () =>
  new Option("--locale <locale>", helpText("helpDocumentLocale", { tags: DOCUMENT_TAGS }))
    .argParser((value: string): Exclude<Locale, "en"> => {
      const locale = localeOf(value);
      if (locale !== "zh-Hans" && locale !== "zh-Hant")
        throw new InvalidArgumentError(both("unknownScript", { value, tags: DOCUMENT_TAGS }));
      return locale;
    })
    .default("zh-Hans");

/** `--timeout` of the commands that print PDFs, in seconds per report. */
export const timeoutOption = () =>
  new Option("--timeout <seconds>", helpText("helpTimeout")).default("30");

export function parseTimeout(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
    throw cliError("bad-timeout", "badTimeout", { value });
  return Math.round(seconds * 1000);
}
