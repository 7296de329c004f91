import type { Report } from "@zfxxgk/schema";
import { lastOverview } from "./cache.js";
import { normalize } from "./normalize.js";

// Some published pages keep the pinyin of rare characters: 辦結(jié) → 辦結.
const PINYIN = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g;
const GLOSSED = new RegExp(PINYIN.source);

/**
 * A paragraph of 一、总体情况 as the narrative rules read it. The rules look for their words in
 * the published text first; what they read further is made once, when first asked for.
 */
export class Paragraph {
  private withoutGlosses: string | undefined = undefined;
  private normalized: string | undefined = undefined;

  constructor(
    /** JSON Pointer of its text. */
    readonly path: string,
    /** The text as published. */
    readonly published: string,
  ) {}

  /** The text as published without pinyin glosses: what quotes are cut from. */
  get original(): string {
    this.withoutGlosses ??= GLOSSED.test(this.published)
      ? this.published.replace(PINYIN, "")
      : this.published;
    return this.withoutGlosses;
  }

  /** `original` normalized (simplified characters, ASCII digits), offset for offset. */
  get text(): string {
    this.normalized ??= normalize(this.original);
    return this.normalized;
  }
}

/** 一、总体情况 read once per text for the claims, the shares and X-03. */
export class OverviewReading {
  readonly paragraphs: readonly Paragraph[];
  private readonly texts: readonly string[];
  private joined: string | undefined = undefined;

  constructor(report: Report) {
    const paragraphs: Paragraph[] = [];
    report.sections.overview.forEach((block, b) => {
      if (block.type === "paragraph")
        paragraphs.push(new Paragraph(`/sections/overview/${b}/text`, block.text));
    });
    this.paragraphs = paragraphs;
    this.texts = report.sections.overview.map((b) => b.text);
  }

  /** Every block (headings too) as published, one per line. */
  get published(): string {
    this.joined ??= this.texts.join("\n");
    return this.joined;
  }
}

export const readOverview = lastOverview((report) => new OverviewReading(report));

/**
 * `read` over 一、总体情况, remembered with the reading it was made from: a report validated
 * again is not read again.
 */
export function fromOverview<T>(read: (overview: OverviewReading) => T): (report: Report) => T {
  let seen: OverviewReading | undefined;
  let value: T | undefined;
  return (report) => {
    const overview = readOverview(report);
    if (overview !== seen || value === undefined) {
      value = read(overview);
      seen = overview;
    }
    return value;
  };
}

/** Sentence ends: 。！？ (full or half width) and line breaks. */
const isSentenceEnd = (c: number) =>
  c === 0x3002 || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f || c === 0x0a;

/** Where the sentence that starts at `start` ends: its closing mark, or the end of the text. */
export function sentenceEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !isSentenceEnd(text.charCodeAt(i))) i++;
  return i;
}
