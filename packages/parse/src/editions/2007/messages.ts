import type { MessageMap } from "@zfxxgk/schema";
import en from "./messages/en.js";
import type { OldReportMessages } from "./messages/types.js";
import zhHans from "./messages/zh-Hans.js";
import zhHant from "./messages/zh-Hant.js";

/** Messages of what reading a 2008–2018 report finds, one file per locale. */
export const oldReportMessages: MessageMap = {
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  en,
} satisfies Record<string, OldReportMessages>;
