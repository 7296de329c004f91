import type { Locale } from "@zfxxgk/schema";
import * as OpenCC from "opencc-js";

const MEMO_LIMIT = 4096;
let toTraditional: ((text: string) => string) | undefined;

/**
 * Text for the output script. Traditional uses OpenCC's cn → tw converter (character-level
 * Taiwan-standard forms such as 臺 and 裡, no phrase substitution), which matches the grid's
 * zh-Hant labels (平臺) and keeps terms like 信息 that the official format uses.
 */
export function scriptText(locale: Exclude<Locale, "en">): (text: string) => string {
  if (locale === "zh-Hans") return identity;
  const converter = toTraditional ?? memoized(OpenCC.Converter({ from: "cn", to: "tw" }));
  toTraditional = converter;
  return converter;
}

/** The same conversion, remembered per text (reports are re-rendered with the same narrative). */
function memoized(convert: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const out = convert(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, out);
    return out;
  };
}

const identity = (text: string) => text;
