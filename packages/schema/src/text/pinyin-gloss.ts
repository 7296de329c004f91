/**
 * The pinyin gloss some traditional-character converters leave after a Han character: `發(fā)布`,
 * `辦(bàn)結`. One definition for the parser and the validator. Only tone-marked lower-case Latin
 * syllables of up to six letters right after a Han character qualify, so `（PDF）` or `(a)` stay.
 */
const GLOSS = /([\u3400-\u9fff])[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6})[)）]/g;
const HAS_TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/** The text without pinyin glosses. */
export function stripPinyinGlosses(text: string): string {
  if (!text.includes("(") && !text.includes("（")) return text;
  return text.replace(GLOSS, (whole, han: string, syllable: string) =>
    HAS_TONE.test(syllable) ? han : whole,
  );
}

/** How many pinyin glosses a text holds, counting up to `cap` (only "some or none" matters). */
export function countPinyinGlosses(text: string, cap = 3): number {
  if (!text.includes("(") && !text.includes("（")) return 0;
  let n = 0;
  for (const m of text.matchAll(GLOSS)) if (HAS_TONE.test(m[2] ?? "") && ++n >= cap) break;
  return n;
}
