import * as OpenCC from "opencc-js";

const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });

/**
 * A Han character followed by its pinyin in parentheses, left behind by some traditional-character
 * converters: `發(fā)布` → `發布`. Only tone-marked or plain lower-case Latin syllables qualify.
 */
const PINYIN_ARTEFACT = /([\u3400-\u9fff])[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6})[)）]/g;
const HAS_TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

export function stripPinyinArtefacts(text: string): string {
  if (!text.includes("(") && !text.includes("（")) return text;
  return text.replace(PINYIN_ARTEFACT, (whole, han: string, syllable: string) =>
    HAS_TONE.test(syllable) ? han : whole,
  );
}

/** How many converter artefacts a text holds (capped: only "some or none" matters). */
export function countPinyinArtefacts(text: string, cap = 3): number {
  if (!text.includes("(") && !text.includes("（")) return 0;
  let n = 0;
  PINYIN_ARTEFACT.lastIndex = 0;
  for (const m of text.matchAll(PINYIN_ARTEFACT)) {
    if (HAS_TONE.test(m[2] ?? "") && ++n >= cap) break;
  }
  return n;
}

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
