import type { MessageMap } from "./diagnostic.js";
import en from "./messages/en.js";
import zhHans from "./messages/zh-Hans.js";
import zhHant from "./messages/zh-Hant.js";

/** Messages for the codes parseReport raises, one file per locale (`messages/`). */
export const schemaMessages: MessageMap = { "zh-Hans": zhHans, "zh-Hant": zhHant, en };
