import { type MessageMap, mergeMessages, schemaMessages } from "@zfxxgk/schema";
import { oldReportMessages } from "./editions/2007/messages.js";
import en from "./messages/en.js";
import type { ParseMessages } from "./messages/types.js";
import zhHans from "./messages/zh-Hans.js";
import zhHant from "./messages/zh-Hant.js";

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
