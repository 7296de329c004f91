import { stripPinyinGlosses as stripPinyinArtefacts } from "@zfxxgk/schema";
import * as OpenCC from "opencc-js";

const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });

/** The converter artefacts are defined once, in @zfxxgk/schema. */
export {
  countPinyinGlosses as countPinyinArtefacts,
  stripPinyinGlosses as stripPinyinArtefacts,
} from "@zfxxgk/schema";

const cache = new Map<string, string>();
const keys = new Map<string, string>();
const CACHE_LIMIT = 20_000;
const ASCII = /^[ -~]*$/;

/** Traditional → simplified, memoised (the converter costs microseconds per call). */
export function simplify(text: string): string {
  if (ASCII.test(text)) return text;
  const known = cache.get(text);
  if (known !== undefined) return known;
  const out: string = toSimplified(text) ?? text;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

/** Everything that is not a letter or a digit: punctuation of both widths, quotes, spaces. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The comparison key of a label: converter artefacts stripped, traditional → simplified, full/half
 * width folded (NFKC), punctuation and spaces removed, lower case. Applied to grid labels and to
 * published text alike, so the two are compared in the same form.
 */
export function labelKey(text: string): string {
  const known = keys.get(text);
  if (known !== undefined) return known;
  const folded = stripPinyinArtefacts(text).normalize("NFKC").replace(NOT_WORD, "").toLowerCase();
  const key = simplify(folded);
  if (keys.size >= CACHE_LIMIT) keys.clear();
  keys.set(text, key);
  return key;
}
