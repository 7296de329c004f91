import { parseMessages } from "@zfxxgk/parse";
import { type MessageMap, mergeMessages } from "@zfxxgk/schema";
import en from "./messages/en.js";
import type { DocxMessages } from "./messages/types.js";
import zhHans from "./messages/zh-Hans.js";
import zhHant from "./messages/zh-Hant.js";

/** The package's own locale files, one per locale; a new locale is one more file and line. */
const own = {
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  en,
} as const satisfies Record<string, DocxMessages>;

/** Messages of `readDocx` findings: the parser's (`parse/…`, `schema/…`) and the file's own (`docx/…`). */
export const docxMessages: MessageMap = mergeMessages(parseMessages, own);
