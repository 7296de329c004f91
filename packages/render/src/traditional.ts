import * as OpenCC from "opencc-js";
import type { RenderLocale } from "./options.js";

let toTraditional: ((text: string) => string) | undefined;

/**
 * Text for the output script. Traditional uses OpenCC's cn → tw converter (character-level
 * Taiwan-standard forms such as 臺 and 裡, no phrase substitution), which matches the grid's
 * zh-Hant labels (平臺) and keeps terms like 信息 that the official format uses.
 */
export function scriptText(locale: RenderLocale): (text: string) => string {
  if (locale === "zh-Hans") return identity;
  const converter = toTraditional ?? OpenCC.Converter({ from: "cn", to: "tw" });
  toTraditional = converter;
  return converter;
}

const identity = (text: string) => text;

/** The `lang` attribute of each output script. */
export const LANG: Record<RenderLocale, string> = { "zh-Hans": "zh-CN", "zh-Hant": "zh-TW" };
