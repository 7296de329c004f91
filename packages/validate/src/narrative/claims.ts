import type { Report } from "@zfxxgk/schema";
import { Lexicon, Occurrences } from "./lexicon.js";
import { chineseNumber, NUMERAL_CHARS } from "./numerals.js";
import { fromOverview, type Paragraph } from "./overview.js";

/** A figure quoted in 一、总体情况 and the cells it names (their sum is what it states). */
export interface Claim {
  readonly rule: "T3-10" | "T3-14" | "T4-05" | "T4-06";
  readonly cells: readonly string[];
  readonly value: number;
  /** JSON Pointer of the paragraph that quotes it. */
  readonly path: string;
  /** The words around the figure, as published. */
  readonly quote: string;
  /** Where the quote starts and ends in the paragraph's text (UTF-16 offsets, pinyin glosses left out). */
  readonly start: number;
  readonly end: number;
}

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
export const T3 = (row: string) => once([`T3.${row}.TOT`]);
export const rows = (prefix: string, n: number) =>
  once(Array.from({ length: n }, (_, i) => `T3.${prefix}${i + 1}.TOT`));
const OUTCOME_KEYS = ["keep", "fix", "oth", "pend", "tot"];
/** Per outcome (and tot): a list of table 四 cells. */
const lists = (make: (key: string) => string[]) =>
  Object.fromEntries(OUTCOME_KEYS.map((k) => [k, once(make(k))])) as Record<
    string,
    readonly string[]
  >;
const REVIEWS = lists((k) => [`T4.RV.${k}`]);
const DIRECT_LAWSUITS = lists((k) => [`T4.LD.${k}`]);
const LAWSUITS_AFTER_REVIEW = lists((k) => [`T4.LR.${k}`]);
const LAWSUITS = lists((k) => [`T4.LD.${k}`, `T4.LR.${k}`]);
const ORGANISATIONS = once(["T3.R1.CE", "T3.R1.RI", "T3.R1.SW", "T3.R1.LS", "T3.R1.OT"]);

const NUMERAL = new Uint8Array(0x10000);
for (const c of NUMERAL_CHARS) NUMERAL[c.charCodeAt(0)] = 1;
const isNumeral = (c: number) => NUMERAL[c] === 1;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
const QI = "起".charCodeAt(0);
const YI = "一".charCodeAt(0);

const WORDS = new Lexicon();

/** The units figures are counted in (17件, 十七件, 3 起). */
const UNIT = WORDS.group(["件", "起", "宗", "例"]);
const SENTENCE_END = WORDS.group(["。", "！", "!", "？", "?", "\n"]);
/** The clause a figure's category is read from starts after the last of these. */
const CLAUSE_MARK = WORDS.group(["，", ",", "；", ";"]);

/** Topic words: a sentence can only quote a figure of the tables when it speaks of one of these. */
const APPLYING = WORDS.group(["申请"]);
const REVIEW = WORDS.group(["复议"]);
const LAWSUIT = WORDS.group(["诉讼", "起诉"]);
const AFTER_REVIEW = WORDS.group(["复议后起诉"]);
const DIRECT = WORDS.group(["直接起诉", "未经复议"]);
/** Words that turn a figure into a comparison, a cumulative or another period: no claim then. */
const OFF_TOPIC = WORDS.group([
  ...["同比", "环比", "增长", "增加", "下降", "减少", "较上年", "较去年", "上年同期"],
  ...["累计", "以来", "历年", "平均", "%", "％", "百分"],
]);
/** 主动公开 is not an application. */
const PROACTIVE = WORDS.group(["主动"]);
const NATURAL_PERSONS = WORDS.group(["自然人"]);

/** What a figure counts: cells whose sum it states, under one rule. */
interface Category {
  readonly cells: readonly string[];
  readonly rule: Claim["rule"];
  /** A 总计 of table 四: 结果维持 after it covers every case it counts. */
  readonly isTotal?: boolean;
}

/** Outcome words of 行政复议/行政诉讼. */
const OUTCOMES: [number, string][] = [
  [WORDS.group(["尚未审结", "未审结", "正在审理", "审理中"]), "pend"],
  [WORDS.group(["维持", "驳回"]), "keep"],
  [WORDS.group(["纠正", "纠错", "撤销", "确认违法"]), "fix"],
  [WORDS.group(["其他结果"]), "oth"],
];

/** Application words, most specific first; the first that appears in the window names the cells. */
const APPLICATION: (Category & { readonly words: number })[] = [
  { words: WORDS.group(["上年结转"]), cells: T3("R2"), rule: "T3-10" },
  { words: WORDS.group(["结转"]), cells: T3("R4"), rule: "T3-10" },
  { words: WORDS.group(["部分公开"]), cells: T3("B"), rule: "T3-10" },
  { words: WORDS.group(["不予公开"]), cells: rows("N", 8), rule: "T3-10" },
  { words: WORDS.group(["无法提供"]), cells: rows("U", 3), rule: "T3-10" },
  { words: WORDS.group(["不予处理"]), cells: rows("P", 5), rule: "T3-10" },
  { words: WORDS.group(["其他处理"]), cells: once([...rows("O", 3), "T3.O.TOT"]), rule: "T3-10" },
  { words: WORDS.group(["予以公开", "同意公开"]), cells: T3("A"), rule: "T3-10" },
  { words: WORDS.group(["办结", "办理完毕", "答复完毕", "已答复"]), cells: T3("T"), rule: "T3-10" },
  { words: NATURAL_PERSONS, cells: once(["T3.R1.NP"]), rule: "T3-14" },
  { words: WORDS.group(["商业企业", "企业"]), cells: once(["T3.R1.CE"]), rule: "T3-14" },
  { words: WORDS.group(["法人或其他组织", "法人"]), cells: ORGANISATIONS, rule: "T3-14" },
  { words: WORDS.group(["收到", "新收", "受理", "接收", "共有"]), cells: T3("R1"), rule: "T3-10" },
];

type Topic = "application" | "review" | "direct" | "afterReview" | "litigation";

/** Per outcome (and tot): what a figure on a topic of table 四 names. */
const byOutcome = (
  lists: Record<string, readonly string[]>,
  totalRule: Claim["rule"],
): Record<string, Category> =>
  Object.fromEntries(
    OUTCOME_KEYS.map((key) => [
      key,
      {
        cells: lists[key] as readonly string[],
        rule: key === "tot" ? totalRule : "T4-06",
        isTotal: key === "tot",
      },
    ]),
  );
const REVIEW_CATEGORIES: Record<Exclude<Topic, "application">, Record<string, Category>> = {
  review: byOutcome(REVIEWS, "T4-06"),
  direct: byOutcome(DIRECT_LAWSUITS, "T4-06"),
  afterReview: byOutcome(LAWSUITS_AFTER_REVIEW, "T4-06"),
  // 行政诉讼 without its kind: both kinds together (table 四 has no total of lawsuits).
  litigation: byOutcome(LAWSUITS, "T4-05"),
};

const ALL_NATURAL_PERSONS = /(均|全部|都)(为|是|来自|系)自然人/;
const UPHELD = /^[，,]?(其中)?(结果)?(均|全部|都)?(为|获|被|予以)?维持[。，,]?$/;
const keeps = new Map<readonly string[], readonly string[]>();
/** The 结果维持 cells of a 总计 claim (one array per total, so claims can be compared by identity). */
function keepOf(cells: readonly string[]): readonly string[] {
  let keep = keeps.get(cells);
  if (!keep) {
    keep = cells.map((c) => c.replace(/\.tot$/, ".keep"));
    keeps.set(cells, keep);
  }
  return keep;
}

function topicOf(words: number, current: Topic | undefined): Topic | undefined {
  if (words & AFTER_REVIEW) return "afterReview";
  if (words & DIRECT) return "direct";
  if (words & REVIEW && words & LAWSUIT) return undefined;
  if (words & REVIEW) return "review";
  if (words & LAWSUIT) return "litigation";
  if (words & APPLYING) return "application";
  return current;
}

function reviewCategory(topic: Exclude<Topic, "application">, window: number) {
  let key = "tot";
  for (const [words, outcome] of OUTCOMES) {
    if (!(window & words)) continue;
    if (key !== "tot") return undefined; // two outcomes: unclear
    key = outcome;
  }
  return REVIEW_CATEGORIES[topic][key];
}

function applicationCategory(window: number): Category | undefined {
  if (window & PROACTIVE) return undefined;
  for (const category of APPLICATION) if (window & category.words) return category;
  return undefined;
}

/**
 * Figures quoted in 一、总体情况 with the cells they name. Conservative: a figure becomes a claim
 * only when the words since the previous figure name exactly one category of one topic.
 */
export function extractClaims(report: Report): Claim[] {
  return [...readClaims(report)];
}

const readClaims = fromOverview((overview): readonly Claim[] => {
  const claims: Claim[] = [];
  for (const paragraph of overview.paragraphs) paragraphClaims(paragraph, claims);
  return dedupe(claims);
});

/** Looked for before a paragraph is read: it quotes nothing without both. */
const COUNTS = WORDS.pattern(UNIT | NATURAL_PERSONS);
const TOPICS = WORDS.pattern(APPLYING | REVIEW | LAWSUIT);
const found = new Occurrences();

function paragraphClaims(paragraph: Paragraph, claims: Claim[]) {
  if (!COUNTS.test(paragraph.published) || !TOPICS.test(paragraph.original)) return;
  // Most paragraphs are in simplified characters already and are read as they are.
  let text = paragraph.original;
  if (!WORDS.scan(text, found)) {
    text = paragraph.text;
    WORDS.scan(text, found);
  }
  const words = found;
  let start = 0;
  let first = 0;
  for (let k = 0; k <= words.count; k++) {
    if (k < words.count && !(words.groupsOf(k) & SENTENCE_END)) continue;
    const end = k < words.count ? words.startOf(k) : text.length;
    const groups = words.within(start, end, first);
    if (groups & (APPLYING | REVIEW | LAWSUIT))
      readSentence(paragraph, text, { start, end, first, groups }, words, claims);
    start = end + 1;
    first = k + 1;
  }
}

/** A sentence of a paragraph: start…end, its words from occurrence `first` on, and their groups. */
interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly groups: number;
}

/** Where the number ends that the unit at `unit` counts: spaces between them are skipped. */
function numberEnd(text: string, unit: number, sentence: number): number {
  let j = unit;
  while (j > sentence && isSpace(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Where the number ends at `end` starts: Arabic digits or Chinese numerals, not mixed. */
function numberStart(text: string, end: number, sentence: number): number {
  if (end === sentence) return end;
  let j = end;
  if (isDigit(text.charCodeAt(end - 1)))
    while (j > sentence && isDigit(text.charCodeAt(j - 1))) j--;
  else while (j > sentence && isNumeral(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Every figure with a unit in a sentence of `text` (the paragraph normalized) and what it counts. */
function readSentence(
  { path, original }: Paragraph,
  text: string,
  { start, end, first, groups: sentence }: Sentence,
  words: Occurrences,
  out: Claim[],
) {
  if (
    sentence & NATURAL_PERSONS &&
    sentence & APPLYING &&
    ALL_NATURAL_PERSONS.test(text.slice(start, end))
  )
    out.push({
      rule: "T3-14",
      cells: ORGANISATIONS,
      value: 0,
      path,
      quote: original.slice(start, end),
      start,
      end,
    });
  let topic: Topic | undefined;
  let lastCount: { cells: readonly string[]; value: number } | undefined;
  let from = start;
  let fromWord = first;
  let clauseStart = start;
  let mark = -1;
  for (let k = first; k < words.count && words.startOf(k) < end; k++) {
    const groups = words.groupsOf(k);
    if (groups & CLAUSE_MARK) mark = words.startOf(k);
    if (!(groups & UNIT)) continue;
    const unit = words.startOf(k);
    const digitsEnd = numberEnd(text, unit, start);
    const digitsStart = numberStart(text, digitsEnd, start);
    if (digitsStart === digitsEnd) continue;
    // The words since the previous figure name what this one counts.
    const since = from;
    const sinceWord = fromWord;
    const figureEnd = unit + 1;
    from = figureEnd;
    fromWord = k + 1;
    // The topic may be set anywhere since the last figure, the category only in the figure's own clause:
    // in "复议1件，结果为纠正；诉讼两件", 纠正 is not about 两件.
    const ownClause = mark >= since;
    if (ownClause) clauseStart = mark + 1;
    const isTogether = // 一起: "together"
      digitsEnd - digitsStart === 1 &&
      text.charCodeAt(digitsStart) === YI &&
      text.charCodeAt(unit) === QI;
    if (isTogether) continue;
    const before = words.within(since, digitsStart, sinceWord);
    topic = topicOf(before, topic);
    if (topic === undefined) continue;
    const after = words.within(figureEnd, Math.min(figureEnd + 3, end), k + 1);
    if ((before | after) & OFF_TOPIC) continue;
    const value = numberAt(text, digitsStart, digitsEnd);
    if (value === undefined) continue;
    const window = ownClause ? words.within(mark + 1, digitsStart, sinceWord) : before;
    const named =
      topic === "application" ? applicationCategory(window) : reviewCategory(topic, window);
    if (!named) continue;
    const { cells, rule } = named;
    out.push({
      rule,
      cells,
      value,
      path,
      quote: original.slice(clauseStart, figureEnd),
      start: clauseStart,
      end: figureEnd,
    });
    if (named.isTotal) lastCount = { cells, value };
    else if (topic === "application") lastCount = undefined;
  }
  // "行政复议1起，结果维持": with no figure of its own, 维持 covers every case just counted.
  if (!lastCount) return;
  const rest = text.slice(from, end).replace(/\s/g, "");
  if (UPHELD.test(rest))
    out.push({
      rule: "T4-06",
      cells: keepOf(lastCount.cells),
      value: lastCount.value,
      path,
      quote: original.slice(from, end),
      start: from,
      end,
    });
}

/** The number written from…to: Arabic digits or a Chinese numeral (十七). */
function numberAt(text: string, from: number, to: number): number | undefined {
  if (!isDigit(text.charCodeAt(from))) return chineseNumber(text.slice(from, to));
  // Read in place; more digits than exact integer arithmetic holds go through Number.
  if (to - from > 15) return Number(text.slice(from, to));
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** The same cells claimed with the same value once (cell lists are shared constants). */
function dedupe(claims: Claim[]): Claim[] {
  const kept: Claim[] = [];
  for (const claim of claims) if (!repeats(kept, claim)) kept.push(claim);
  return kept;
}

function repeats(kept: readonly Claim[], claim: Claim): boolean {
  for (const k of kept) if (k.cells === claim.cells && k.value === claim.value) return true;
  return false;
}
