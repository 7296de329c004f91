/**
 * Traditional → simplified for the characters the narrative rules look for (keywords of
 * applications, reviews and lawsuits, and the numerals). Text outside this set is left alone,
 * which is enough to find the figures; it is not a general converter.
 */
const PAIRS =
  "請请開开結结轉转辦办復复議议訴诉訟讼審审維维糾纠處处應应與与數数兩两萬万億亿億亿據据稱称項项" +
  "動动關关監监臺台設设護护障障總总計计況况報报資资訊讯屬属無无於于為为這这個个並并僅仅獲获經经決决" +
  "齣出們们對对來来時时後后從从據据條条納纳認认諾诺說说錯错雜杂標标準准證证範范體体內内態态";

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i] as string, PAIRS[i + 1] as string);

/** Simplified characters and ASCII digits, character for character (offsets are kept). */
export function normalize(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
    else out += MAP.get(ch) ?? ch;
  }
  return out;
}
