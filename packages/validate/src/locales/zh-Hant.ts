/// <reference path="./opencc-dict.d.ts" />
import type { MessageMap, MessageTemplate } from "@zfxxgk/schema";
import { ConverterFactory } from "opencc-js/core";
import STCharacters from "opencc-js/dict/STCharacters";
import TWVariants from "opencc-js/dict/TWVariants";

/**
 * Traditional characters, one character at a time (OpenCC's simplified → traditional characters,
 * then Taiwan's variant forms such as 臺 and 裡), without the phrase dictionary of about 1 MB, so
 * that the browser bundle of @zfxxgk/form stays small. Official labels inside a message come from
 * the grid's own zh-Hant labels, which already read this way.
 */
const toTraditional = ConverterFactory([STCharacters], [TWVariants]);

/**
 * The `zh-Hant` locale: every message that has no traditional wording of its own is the `zh-Hans`
 * one in traditional characters. A locale with its own words is one more map in `mergeMessages`.
 */
export function withTraditional(map: MessageMap): MessageMap {
  const own = map["zh-Hant"] ?? {};
  const derived: Record<string, MessageTemplate> = {};
  for (const [code, template] of Object.entries(map["zh-Hans"] ?? {}))
    derived[code] = own[code] ?? ((d) => toTraditional(template(d)));
  return { ...map, "zh-Hant": derived };
}
