/// <reference path="./opencc-dict.d.ts" />
import type { MessageMap, MessageTemplate } from "@zfxxgk/schema";
import { ConverterFactory } from "opencc-js/core";
import STCharacters from "opencc-js/dict/STCharacters";
import TWVariants from "opencc-js/dict/TWVariants";

/**
 * Traditional characters, one character at a time (OpenCC's simplified → traditional characters,
 * then Taiwan's variant forms such as 臺 and 裡), without the phrase dictionary of about 1 MB.
 * Made when first needed, so that a bundle which never converts leaves the table out.
 */
let toTraditional: ((text: string) => string) | undefined;

/**
 * The `zh-Hant` locale of messages raised outside the validator and the model (the parser's, the
 * CLI's …), whose files have no generated zh-Hant wording: every message without a traditional
 * wording of its own is the `zh-Hans` one in traditional characters, converted when shown.
 */
export function withTraditional(map: MessageMap): MessageMap {
  toTraditional ??= ConverterFactory([STCharacters], [TWVariants]);
  const convert = toTraditional;
  const own = map["zh-Hant"] ?? {};
  const derived: Record<string, MessageTemplate> = {};
  for (const [code, template] of Object.entries(map["zh-Hans"] ?? {}))
    derived[code] = own[code] ?? ((d) => convert(template(d)));
  return { ...map, "zh-Hant": derived };
}
