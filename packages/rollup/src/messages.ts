import type { MessageMap } from "@zfxxgk/schema";
import en from "./messages/en.js";
import type { RollupMessages } from "./messages/types.js";
import zhHans from "./messages/zh-Hans.js";
import zhHant from "./messages/zh-Hant.js";

/** Messages of the roll-up's findings (`rollup/…`), one file per locale. */
export const rollupMessages: MessageMap = {
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  en,
} satisfies Record<string, RollupMessages>;
