import {
  type Diagnostic,
  type Locale,
  type MessageMap,
  mergeMessages,
  renderMessage,
  schemaMessages,
} from "@zfxxgk/schema";
import { withTraditional } from "./locales/zh-Hant.js";
import en from "./messages/en.js";
import type { LocaleMessages } from "./messages/types.js";
import zhHans from "./messages/zh-Hans.js";
import zhHant from "./messages/zh-Hant.js";

/** The validator's own locale files, one per locale; a new locale is one more file and line. */
export const LOCALE_MESSAGES = {
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  en,
} as const satisfies Record<string, LocaleMessages>;

/** Every message of the toolkit's validation, per language: the model's codes, then the validator's. */
export const messages: MessageMap = mergeMessages(
  schemaMessages,
  LOCALE_MESSAGES as unknown as MessageMap,
);

export function messageOf(
  d: Diagnostic,
  locale: Locale = "zh-Hans",
  map: MessageMap = messages,
): string {
  try {
    return renderMessage(d, locale, map);
  } catch {
    return `${d.code} ${d.path}`;
  }
}

const merged = new WeakMap<MessageMap, MessageMap>();

/**
 * The validator's messages with a caller's added (for codes raised elsewhere, such as the parser's);
 * merged once per map, since formatters ask for it on every call. The caller's codes without a
 * `zh-Hant` wording of their own get their `zh-Hans` one in traditional characters, converted when
 * shown (the validator's and the model's own are converted when the package is built).
 */
export function withMessages(extra?: MessageMap): MessageMap {
  if (!extra) return messages;
  let map = merged.get(extra);
  if (!map) {
    map = mergeMessages(messages, withTraditional(extra));
    merged.set(extra, map);
  }
  return map;
}
