/**
 * Traditional → simplified for the characters the narrative rules look for (keywords of
 * applications, reviews and lawsuits, and the numerals). Text outside this set is left alone,
 * which is enough to find the figures; it is not a general converter.
 */
const PAIRS =
  "請请開开結结轉转辦办復复議议訴诉訟讼審审維维糾纠處处應应與与數数兩两萬万億亿億亿據据稱称項项" +
  "動动關关監监臺台設设護护障障總总計计況况報报資资訊讯屬属無无於于為为這这個个並并僅仅獲获經经決决" +
  "齣出們们對对來来時时後后從从據据條条納纳認认諾诺說说錯错雜杂標标準准證证範范體体內内態态";

/** Replacement code unit per code unit (0 = keep): the pairs above and full-width digits. */
const TABLE = new Uint16Array(0x10000);
for (let i = 0; i + 1 < PAIRS.length; i += 2)
  if (PAIRS[i] !== PAIRS[i + 1]) TABLE[PAIRS.charCodeAt(i)] = PAIRS.charCodeAt(i + 1);
for (let d = 0; d < 10; d++) TABLE[0xff10 + d] = 0x30 + d;

/** Whether `normalize` leaves this code unit as it is. */
export const isNormal = (code: number) => TABLE[code] === 0;

/** Simplified characters and ASCII digits, character for character (offsets are kept). */
export function normalize(text: string): string {
  let i = 0;
  while (i < text.length && TABLE[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const out: string[] = [text.slice(0, i)];
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const to = TABLE[code] as number;
    out.push(String.fromCharCode(to === 0 ? code : to));
  }
  return out.join("");
}

/** Per character, the characters that normalize to it. */
const SOURCES = new Map<number, string[]>();
for (let from = 0; from < TABLE.length; from++) {
  const to = TABLE[from] as number;
  if (to !== 0) SOURCES.set(to, [...(SOURCES.get(to) ?? []), String.fromCharCode(from)]);
}

const escaped = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");

/**
 * A regular expression source that matches `word` wherever `normalize` would turn the text into
 * it (申[请請] for 申请), so a text can be searched without being normalized first.
 */
export function forms(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const all = [...(TABLE[c] === 0 ? [String.fromCharCode(c)] : []), ...(SOURCES.get(c) ?? [])];
    out += all.length === 1 ? escaped(all[0] as string) : `[${all.map(escaped).join("")}]`;
  }
  return out;
}
