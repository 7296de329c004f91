import type { Report } from "@zfxxgk/schema";
import { fromOverview, type Paragraph, sentenceEnd } from "./overview.js";

const shared = new Map<string, readonly string[]>();
/** One array per list of cells, so equal lists are the same object. */
const once = (cells: string[]): readonly string[] => {
  const key = cells.join("+");
  let list = shared.get(key);
  if (!list) {
    list = cells;
    shared.set(key, list);
  }
  return list;
};
const T3 = (row: string) => once([`T3.${row}.TOT`]);
const rows = (prefix: string, n: number) =>
  once(Array.from({ length: n }, (_, i) => `T3.${prefix}${i + 1}.TOT`));

/** Which cells a quoted percentage divides: the category it names over the base it is a share of. */
export interface Share {
  /** The category of table 三 (numerator); its key, e.g. "A" or "N" for the eight 不予公开 rows. */
  readonly category: string;
  readonly cells: readonly string[];
  /** The base: （七）总计 by default, 一、本年新收 when the sentence says so. */
  readonly base: readonly string[];
  /** The quoted percentage as published ("33.3") and its number of decimals. */
  readonly percent: string;
  readonly decimals: number;
  /** JSON Pointer of the paragraph that quotes it. */
  readonly path: string;
  /** The words around the percentage, as published. */
  readonly quote: string;
}

const CONCLUDED = T3("T");
const RECEIVED = T3("R1");

/** Category words, most specific first (不予公开 before 予以公开 cannot clash: neither contains the other). */
const CATEGORIES: [string, readonly string[], readonly string[]][] = [
  ["B", ["部分公开"], T3("B")],
  ["N", ["不予公开"], rows("N", 8)],
  ["U", ["无法提供"], rows("U", 3)],
  ["P", ["不予处理"], rows("P", 5)],
  ["O", ["其他处理"], rows("O", 3)],
  ["A", ["予以公开", "同意公开"], T3("A")],
  ["T", ["办结", "办理完毕", "答复完毕"], CONCLUDED],
];

/** Words that make a percentage a rate, a change or another period: it is then left alone. */
const OFF =
  /率|同比|环比|增长|增加|下降|减少|提高|降低|较上年|较去年|上年同期|累计|以来|历年|平均|主动|复议|诉讼|起诉|百分点/;
/** What may stand between 占 and the figure when the base is the default or a named one. */
const BASE_FILLER =
  /的|比例|比重|比|为|是|达|约|近|总数|总量|总件数|件数|数量|数|总|全部|全年|本年度?|申请|件|了|，|,|\s/g;
const PERCENT = /(\d+(?:\.\d+)?)\s*[%％]/g;
const hasPercent = (text: string) => text.includes("%") || text.includes("％");

/** The base a percentage is a share of, from the words after 占; undefined when it is not clear. */
function baseOf(words: string): readonly string[] | undefined {
  const rest = words.replace(BASE_FILLER, "");
  if (rest === "" || /^(办结|答复|办理|办结答复|总计)$/.test(rest)) return CONCLUDED;
  if (/^(收到|新收|受理|接收|新收到|收到的?)$/.test(rest)) return RECEIVED;
  return undefined;
}

/**
 * The category of the nearest clause that names one (办结3件，其中予以公开1件，占…). Another outcome
 * named in an earlier clause (予以公开1件，部分公开1件，占…) makes the share unclear; 办结 there is context.
 */
function categoryOf(words: string): (typeof CATEGORIES)[number] | undefined {
  if (words.includes("分别")) return undefined;
  let nearest: (typeof CATEGORIES)[number] | undefined;
  const clauses = words.split(/[，,]/);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i] as string;
    const found = CATEGORIES.filter(([, list]) => list.some((w) => clause.includes(w)));
    if (found.length > 1) return undefined;
    const [category] = found;
    if (!category) continue;
    if (!nearest) nearest = category;
    else if (category[0] !== "T") return undefined;
  }
  return nearest;
}

/**
 * Percentages of table 三 categories quoted in 一、总体情况. Conservative: a percentage is read only
 * when the words since the previous percentage name exactly one category and the base is
 * （七）总计 (the default, or 办结 stated) or 一、本年新收 (stated).
 */
export function extractShares(report: Report): Share[] {
  return [...readShares(report)];
}

const readShares = fromOverview((overview): readonly Share[] => {
  const out: Share[] = [];
  if (!hasPercent(overview.published)) return out;
  for (const paragraph of overview.paragraphs) {
    if (!hasPercent(paragraph.published)) continue;
    const { text } = paragraph;
    for (let start = 0; start < text.length; ) {
      const end = sentenceEnd(text, start);
      const sentence = text.slice(start, end);
      if (hasPercent(sentence)) readSentence({ start, text: sentence }, paragraph, out);
      start = end + 1;
    }
  }
  return out;
});

function readSentence(
  s: { start: number; text: string },
  { path, original }: Paragraph,
  out: Share[],
) {
  let from = 0;
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(s.text); m; m = PERCENT.exec(s.text)) {
    const end = m.index + m[0].length;
    let window = s.text.slice(from, m.index);
    const clauseStart = from;
    from = end;
    // A clause of its own (；) or a change after the figure (…%，同比…) is not a share.
    window = window.slice(Math.max(window.lastIndexOf("；"), window.lastIndexOf(";")) + 1);
    if (OFF.test(window) || OFF.test(s.text.slice(end, end + 4))) continue;
    const at = window.lastIndexOf("占");
    const found = categoryOf(at >= 0 ? window.slice(0, at) : window);
    if (!found) continue;
    const [category, , cells] = found;
    // Without 占 the figure must follow its count (予以公开40件（40%）) or 比例为; the base is then the default.
    if (
      at < 0 &&
      !/([\d零〇一二两三四五六七八九十百千万]\s*件\s*[，,（(]?|比例|比重)(为|是|达)?约?\s*$/.test(
        window,
      )
    )
      continue;
    const base = at >= 0 ? baseOf(window.slice(at + 1)) : CONCLUDED;
    if (!base || base === cells) continue;
    const percent = m[1] as string;
    const dot = percent.indexOf(".");
    out.push({
      category,
      cells,
      base,
      percent,
      decimals: dot < 0 ? 0 : percent.length - dot - 1,
      path,
      quote: original.slice(s.start + clauseStart, s.start + end).replace(/^[，,、；;\s]+/, ""),
    });
  }
}
