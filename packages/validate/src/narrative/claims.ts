import type { Report } from "@zfxxgk/schema";
import { lastOverview } from "./cache.js";
import { normalize } from "./normalize.js";
import { chineseNumber, NUMERAL_CHARS } from "./numerals.js";

/** A figure quoted in 一、总体情况 and the cells it names (their sum is what it states). */
export interface Claim {
  readonly rule: "T3-10" | "T3-14" | "T4-05" | "T4-06";
  readonly cells: readonly string[];
  readonly value: number;
  /** JSON Pointer of the paragraph that quotes it. */
  readonly path: string;
  /** The words around the figure, as published. */
  readonly quote: string;
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
const lists = (make: (key: string) => string[]) =>
  Object.fromEntries(OUTCOME_KEYS.map((k) => [k, once(make(k))])) as Record<
    string,
    readonly string[]
  >;
const T4_LISTS: Record<string, Record<string, readonly string[]>> = {
  RV: lists((k) => [`T4.RV.${k}`]),
  LD: lists((k) => [`T4.LD.${k}`]),
  LR: lists((k) => [`T4.LR.${k}`]),
};
const LIT_LISTS = lists((k) => [`T4.LD.${k}`, `T4.LR.${k}`]);
const T4 = (group: string, key: string) => T4_LISTS[group]?.[key] ?? once([`T4.${group}.${key}`]);
const ORGANISATIONS = once(["T3.R1.CE", "T3.R1.RI", "T3.R1.SW", "T3.R1.LS", "T3.R1.OT"]);
const LIT = (key: string) => LIT_LISTS[key] ?? once([`T4.LD.${key}`, `T4.LR.${key}`]);

const UNITS = /[件起宗例]/;
/** A sentence can only quote a figure of the tables when it speaks of one of these. */
const TOPICS = /申请|复议|诉讼|起诉/;
/** Per code unit: 1 for a unit (件起宗例), 2 for a Chinese numeral; a table read beats a Set lookup per character. */
const KIND = new Uint8Array(0x10000);
for (const c of "件起宗例") KIND[c.charCodeAt(0)] = 1;
for (const c of NUMERAL_CHARS) KIND[c.charCodeAt(0)] = 2;
const isNumeral = (c: number) => KIND[c] === 2;
const QI = "起".charCodeAt(0);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;

/** Every figure with a unit (17件, 十七件, 3 起): a scan for the unit, then back over the number. */
function figures(text: string): { start: number; end: number; digits: string }[] {
  const out: { start: number; end: number; digits: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (KIND[text.charCodeAt(i)] !== 1) continue;
    let j = i;
    while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
    const last = j;
    const test = isDigit(text.charCodeAt(j - 1)) ? isDigit : isNumeral;
    while (j > 0 && test(text.charCodeAt(j - 1))) j--;
    if (j < last) out.push({ start: j, end: i + 1, digits: text.slice(j, last) });
  }
  return out;
}
/** Words that turn a figure into a comparison, a cumulative or another period: no claim then. */
const OFF_TOPIC =
  /同比|环比|增长|增加|下降|减少|较上年|较去年|上年同期|累计|以来|历年|平均|%|％|百分/;

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

export const PINYIN = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g;

type Topic = "application" | "review" | "direct" | "afterReview" | "litigation";

/** Outcome words of 行政复议/行政诉讼, in the order they are tried. */
function has(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

const OUTCOMES: [readonly string[], string][] = [
  [["尚未审结", "未审结", "正在审理", "审理中"], "pend"],
  [["维持", "驳回"], "keep"],
  [["纠正", "纠错", "撤销", "确认违法"], "fix"],
  [["其他结果"], "oth"],
];

/** Application words, most specific first; the first that appears in the window names the cells. */
const APPLICATION: [readonly string[], readonly string[], Claim["rule"]][] = [
  [["上年结转"], T3("R2"), "T3-10"],
  [["结转"], T3("R4"), "T3-10"],
  [["部分公开"], T3("B"), "T3-10"],
  [["不予公开"], rows("N", 8), "T3-10"],
  [["无法提供"], rows("U", 3), "T3-10"],
  [["不予处理"], rows("P", 5), "T3-10"],
  [["其他处理"], rows("O", 3), "T3-10"],
  [["予以公开", "同意公开"], T3("A"), "T3-10"],
  [["办结", "办理完毕", "答复完毕", "已答复"], T3("T"), "T3-10"],
  [["自然人"], once(["T3.R1.NP"]), "T3-14"],
  [["商业企业", "企业"], once(["T3.R1.CE"]), "T3-14"],
  [["法人或其他组织", "法人"], ORGANISATIONS, "T3-14"],
  [["收到", "新收", "受理", "接收", "共有"], T3("R1"), "T3-10"],
];

function topicOf(window: string, current: Topic | undefined): Topic | undefined {
  const review = window.includes("复议");
  const lawsuit = window.includes("诉讼") || window.includes("起诉");
  if (window.includes("复议后起诉")) return "afterReview";
  if (window.includes("直接起诉") || window.includes("未经复议")) return "direct";
  if (review && lawsuit) return undefined;
  if (review) return "review";
  if (lawsuit) return "litigation";
  if (window.includes("申请")) return "application";
  return current;
}

function reviewCells(topic: Topic, window: string): [readonly string[], Claim["rule"]] | undefined {
  const group =
    topic === "review"
      ? "RV"
      : topic === "direct"
        ? "LD"
        : topic === "afterReview"
          ? "LR"
          : undefined;
  const outcome = OUTCOMES.filter(([words]) => has(window, words));
  if (outcome.length > 1) return undefined;
  const key = outcome[0]?.[1] ?? "tot";
  if (group) return [T4(group, key), "T4-06"];
  return [LIT(key), key === "tot" ? "T4-05" : "T4-06"];
}

function applicationCells(window: string): [readonly string[], Claim["rule"]] | undefined {
  if (window.includes("主动")) return undefined;
  for (const [words, cells, rule] of APPLICATION) if (has(window, words)) return [cells, rule];
  return undefined;
}

/**
 * Figures quoted in 一、总体情况 with the cells they name. Conservative: a figure becomes a claim
 * only when the words since the previous figure name exactly one category of one topic.
 */
export function extractClaims(report: Report): Claim[] {
  return [...readOverview(report)];
}

const readOverview = lastOverview((report): readonly Claim[] => {
  const claims: Claim[] = [];
  report.sections.overview.forEach((block, b) => {
    if (block.type === "paragraph")
      paragraphClaims(block.text, `/sections/overview/${b}/text`, claims);
  });
  return dedupe(claims);
});

function paragraphClaims(paragraph: string, path: string, claims: Claim[]) {
  if (!UNITS.test(paragraph) && !paragraph.includes("自然人")) return;
  // Some published pages keep the pinyin of rare characters: 辦結(jié) → 辦結.
  const original = paragraph.replace(PINYIN, "");
  const text = normalize(original);
  for (const sentence of sentences(text))
    if (
      TOPICS.test(sentence.text) &&
      (UNITS.test(sentence.text) || sentence.text.includes("自然人"))
    )
      readSentence(sentence, path, original, claims);
}

export function* sentences(text: string): Generator<{ start: number; text: string }> {
  const re = /[^。！!？?\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) yield { start: m.index, text: m[0] };
}

function readSentence(
  s: { start: number; text: string },
  path: string,
  original: string,
  out: Claim[],
) {
  const quote = (from: number, to: number) => original.slice(s.start + from, s.start + to);
  if (
    s.text.includes("自然人") &&
    /(均|全部|都)(为|是|来自|系)自然人/.test(s.text) &&
    s.text.includes("申请")
  )
    out.push({
      rule: "T3-14",
      cells: ORGANISATIONS,
      value: 0,
      path,
      quote: quote(0, s.text.length),
    });
  let topic: Topic | undefined;
  let lastCount: { cells: readonly string[]; value: number; topic: Topic } | undefined;
  let from = 0;
  let clauseStart = 0;
  for (const m of figures(s.text)) {
    // The words since the previous figure name what this one counts.
    const words = s.text.slice(from, m.start);
    const end = m.end;
    // The topic may be set anywhere since the last figure, the category only in the figure's own clause:
    // in "复议1件，结果为纠正；诉讼两件", 纠正 is not about 两件.
    const boundary = Math.max(
      words.lastIndexOf("，"),
      words.lastIndexOf(","),
      words.lastIndexOf("；"),
      words.lastIndexOf(";"),
    );
    const window = boundary >= 0 ? words.slice(boundary + 1) : words;
    clauseStart = boundary >= 0 ? from + boundary + 1 : clauseStart;
    from = end;
    if (m.digits === "一" && s.text.charCodeAt(end - 1) === QI) continue; // 一起: "together"
    const first = m.digits.charCodeAt(0);
    const value = first >= 48 && first <= 57 ? Number(m.digits) : chineseNumber(m.digits);
    topic = topicOf(words, topic);
    if (value === undefined || topic === undefined) continue;
    if (OFF_TOPIC.test(words) || OFF_TOPIC.test(s.text.slice(end, end + 3))) continue;
    const named = topic === "application" ? applicationCells(window) : reviewCells(topic, window);
    if (!named) continue;
    out.push({ rule: named[1], cells: named[0], value, path, quote: quote(clauseStart, end) });
    if (named[0].some((c) => c.endsWith(".tot"))) lastCount = { cells: named[0], value, topic };
    else if (topic === "application") lastCount = undefined;
  }
  // "行政复议1起，结果维持": with no figure of its own, 维持 covers every case just counted.
  if (!lastCount) return;
  const rest = s.text.slice(from).replace(/\s/g, "");
  if (UPHELD.test(rest))
    out.push({
      rule: "T4-06",
      cells: keepOf(lastCount.cells),
      value: lastCount.value,
      path,
      quote: quote(from, s.text.length),
    });
}

/** The same cells claimed with the same value once (cell lists are shared constants). */
function dedupe(claims: Claim[]): Claim[] {
  const seen = new Map<readonly string[], number[]>();
  return claims.filter((c) => {
    const values = seen.get(c.cells);
    if (values?.includes(c.value)) return false;
    if (values) values.push(c.value);
    else seen.set(c.cells, [c.value]);
    return true;
  });
}
