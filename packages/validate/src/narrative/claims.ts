import {
  type ClaimCells,
  type ClaimVocabulary,
  editionOf,
  isEdition,
  type Report,
} from "@zfxxgk/schema";
import { type GroupSet, Lexicon, Occurrences } from "./lexicon.js";
import { chineseNumber, NUMERAL_CHARS } from "./numerals.js";
import { fromOverview, type Paragraph } from "./overview.js";

/** A figure quoted in 一、总体情况 and the cells it names (their sum is what it states). */
export interface Claim {
  /** The rule it is checked under (T3-10, T3-14, T4-05, T4-06 in the formats of 2019 and 2021). */
  readonly rule: string;
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

const NUMERAL = new Uint8Array(0x10000);
for (const c of NUMERAL_CHARS) NUMERAL[c.charCodeAt(0)] = 1;
const isNumeral = (c: number) => NUMERAL[c] === 1;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
const QI = "起".charCodeAt(0);
const YI = "一".charCodeAt(0);

/** The language's words (the edition's words that name cells are added to the same lexicon). */
const LANGUAGE = {
  /** The units figures are counted in (17件, 十七件, 3 起). */
  units: ["件", "起", "宗", "例"],
  sentenceEnds: ["。", "！", "!", "？", "?", "\n"],
  /** The clause a figure's category is read from starts after the last of these. */
  clauseMarks: ["，", ",", "；", ";"],
  /** Words that turn a figure into a comparison, a cumulative or another period: no claim then. */
  offTopic: [
    ...["同比", "环比", "增长", "增加", "下降", "减少", "较上年", "较去年", "上年同期"],
    ...["累计", "以来", "历年", "平均", "%", "％", "百分"],
  ],
};

/** Cells with one array per list of cells, so claims of the same cells can be compared by identity. */
interface Named {
  readonly cells: readonly string[];
  readonly rule: string;
}
interface Category extends Named {
  readonly group: number;
}
interface Total extends Named {
  readonly upheld?: Named & { readonly pattern: RegExp };
}
interface Topic {
  readonly group: number;
  readonly not: readonly number[];
  readonly pick: "first" | "one";
  readonly categories: readonly Category[];
  readonly total?: Total;
}
interface Nil extends Named {
  readonly topic: number;
  readonly group: number;
  readonly pattern: RegExp;
}

/** A claim reader for one vocabulary: its words in one lexicon, the topics and categories as groups. */
class Reader {
  readonly words = new Lexicon();
  readonly unit = this.words.group(LANGUAGE.units);
  readonly sentenceEnd = this.words.group(LANGUAGE.sentenceEnds);
  readonly clauseMark = this.words.group(LANGUAGE.clauseMarks);
  readonly offTopic = this.words.group(LANGUAGE.offTopic);
  readonly tiers: readonly (readonly Topic[])[];
  /** Every topic's words in one group: a sentence without one quotes nothing. */
  readonly topics: number;
  readonly nil: readonly Nil[];
  /** Looked for before a paragraph is read: it quotes nothing without both. */
  readonly counts: RegExp;
  readonly mentions: RegExp;
  private readonly lists = new Map<string, readonly string[]>();
  /** Reused sets: a sentence's groups, the words before and after a figure, its clause's. */
  readonly sentence: GroupSet;
  readonly before: GroupSet;
  readonly after: GroupSet;
  readonly clause: GroupSet;

  constructor(vocabulary: ClaimVocabulary) {
    const group = (words: readonly string[]) => this.words.group(words);
    const named = ({ cells, rule }: ClaimCells): Named => ({ cells: this.once(cells), rule });
    this.tiers = vocabulary.topics.map((tier) =>
      tier.map(
        (t): Topic => ({
          group: group(t.words),
          not: (t.not ?? []).map((w) => group([w])),
          pick: t.pick,
          categories: t.categories.map((c) => ({ ...named(c), group: group(c.words) })),
          ...(t.total && {
            total: {
              ...named(t.total),
              ...(t.total.upheld && {
                upheld: { ...named(t.total.upheld), pattern: new RegExp(t.total.upheld.pattern) },
              }),
            },
          }),
        }),
      ),
    );
    this.topics = group(vocabulary.topics.flat().flatMap((t) => t.words));
    const topicGroup = new Map(vocabulary.topics.flat().map((t) => [t.id, group(t.words)]));
    this.nil = (vocabulary.nil ?? []).map((n) => ({
      ...named(n),
      topic: topicGroup.get(n.topic) ?? -1,
      group: group(n.words),
      pattern: new RegExp(n.pattern),
    }));
    this.counts = this.words.pattern([this.unit, ...this.nil.map((n) => n.group)]);
    this.mentions = this.words.pattern([this.topics]);
    [this.sentence, this.before, this.after, this.clause] = [0, 1, 2, 3].map(() =>
      this.words.set(),
    ) as [GroupSet, GroupSet, GroupSet, GroupSet];
  }

  /** One array per list of cells, so equal lists are the same object. */
  private once(cells: readonly string[]): readonly string[] {
    const key = cells.join("+");
    let list = this.lists.get(key);
    if (!list) {
      list = [...cells];
      this.lists.set(key, list);
    }
    return list;
  }

  /** The topic the words before a figure name, or the current one when they name none. */
  topicOf(words: GroupSet, current: Topic | undefined): Topic | undefined {
    for (let t = 0; t < this.tiers.length; t++) {
      const tier = this.tiers[t] as readonly Topic[];
      let found: Topic | undefined;
      for (let i = 0; i < tier.length; i++) {
        const topic = tier[i] as Topic;
        if (!words.has(topic.group)) continue;
        if (found) return undefined; // two topics of one tier: unclear
        found = topic;
      }
      if (found) return found;
    }
    return current;
  }

  /** What a figure on `topic` counts, by the words of its clause. */
  categoryOf(topic: Topic, window: GroupSet): Named | undefined {
    if (window.hasAny(topic.not)) return undefined;
    let named: Named | undefined;
    const { categories } = topic;
    for (let i = 0; i < categories.length; i++) {
      const category = categories[i] as Category;
      if (!window.has(category.group)) continue;
      if (topic.pick === "first") return category;
      if (named) return undefined; // two categories: unclear
      named = category;
    }
    return named ?? topic.total;
  }
}

/** The reader of each edition's words (none for an edition without them), made when first needed. */
const readers = new Map<string, Reader | undefined>();
function readerOf(report: Report): Reader | undefined {
  const { edition } = report;
  if (readers.has(edition)) return readers.get(edition);
  const vocabulary = isEdition(edition) ? editionOf(edition).vocabulary.claims : undefined;
  const reader = vocabulary && new Reader(vocabulary);
  readers.set(edition, reader);
  return reader;
}

/**
 * Figures quoted in 一、总体情况 with the cells they name, by the words of the report's edition
 * (`editionOf(edition).vocabulary.claims`). Conservative: a figure becomes a claim only when the
 * words since the previous figure name exactly one category of one topic.
 */
export function extractClaims(report: Report): Claim[] {
  return [...readClaims(report)];
}

const readClaims = fromOverview((overview, report): readonly Claim[] => {
  const reader = readerOf(report);
  if (!reader) return [];
  const claims: Claim[] = [];
  for (const paragraph of overview.paragraphs) paragraphClaims(reader, paragraph, claims);
  return dedupe(claims);
});

const found = new Occurrences();

function paragraphClaims(reader: Reader, paragraph: Paragraph, claims: Claim[]) {
  if (!reader.counts.test(paragraph.published) || !reader.mentions.test(paragraph.original)) return;
  // Most paragraphs are in simplified characters already and are read as they are.
  let text = paragraph.original;
  if (!reader.words.scan(text, found)) {
    text = paragraph.text;
    reader.words.scan(text, found);
  }
  const words = found;
  const { sentence: groups, sentenceEnd, topics } = reader;
  let start = 0;
  let first = 0;
  for (let k = 0; k <= words.count; k++) {
    if (k < words.count && !words.isOf(k, sentenceEnd)) continue;
    const end = k < words.count ? words.startOf(k) : text.length;
    words.within(start, end, groups.clear(), first);
    if (groups.has(topics))
      readSentence(reader, paragraph, text, { start, end, first, groups }, words, claims);
    start = end + 1;
    first = k + 1;
  }
}

/** A sentence of a paragraph: start…end, its words from occurrence `first` on, and their groups. */
interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly groups: GroupSet;
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
  reader: Reader,
  { path, original }: Paragraph,
  text: string,
  { start, end, first, groups: sentence }: Sentence,
  words: Occurrences,
  out: Claim[],
) {
  for (let i = 0; i < reader.nil.length; i++) {
    const nil = reader.nil[i] as Nil;
    if (
      sentence.has(nil.group) &&
      sentence.has(nil.topic) &&
      nil.pattern.test(text.slice(start, end))
    )
      out.push({
        rule: nil.rule,
        cells: nil.cells,
        value: 0,
        path,
        quote: original.slice(start, end),
        start,
        end,
      });
  }
  const { before, after, clause } = reader;
  let topic: Topic | undefined;
  let lastCount: { total: Total; value: number } | undefined;
  let from = start;
  let fromWord = first;
  let clauseStart = start;
  let mark = -1;
  for (let k = first; k < words.count && words.startOf(k) < end; k++) {
    if (words.isOf(k, reader.clauseMark)) mark = words.startOf(k);
    if (!words.isOf(k, reader.unit)) continue;
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
    words.within(since, digitsStart, before.clear(), sinceWord);
    topic = reader.topicOf(before, topic);
    if (topic === undefined) continue;
    words.within(figureEnd, Math.min(figureEnd + 3, end), after.clear(), k + 1);
    if (before.has(reader.offTopic) || after.has(reader.offTopic)) continue;
    const value = numberAt(text, digitsStart, digitsEnd);
    if (value === undefined) continue;
    const window = ownClause
      ? words.within(mark + 1, digitsStart, clause.clear(), sinceWord)
      : before;
    const named = reader.categoryOf(topic, window);
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
    if (named === topic.total) lastCount = { total: topic.total, value };
    else if (!topic.total) lastCount = undefined;
  }
  // "行政复议1起，结果维持": with no figure of its own, 维持 covers every case just counted.
  const upheld = lastCount?.total.upheld;
  if (!lastCount || !upheld) return;
  const rest = text.slice(from, end).replace(/\s/g, "");
  if (upheld.pattern.test(rest))
    out.push({
      rule: upheld.rule,
      cells: upheld.cells,
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

/** The same cells claimed with the same value once (cell lists are shared within a reader). */
function dedupe(claims: Claim[]): Claim[] {
  const kept: Claim[] = [];
  for (const claim of claims) if (!repeats(kept, claim)) kept.push(claim);
  return kept;
}

function repeats(kept: readonly Claim[], claim: Claim): boolean {
  for (const k of kept) if (k.cells === claim.cells && k.value === claim.value) return true;
  return false;
}
