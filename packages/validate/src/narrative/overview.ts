import { hasSections, type Report, type SectionedReport, stripPinyinGlosses } from "@zfxxgk/schema";
import { normalize } from "./normalize.js";

type Block = SectionedReport["sections"]["overview"][number];

/**
 * A paragraph of 一、总体情况 as the narrative rules read it. The rules look for their words in
 * the published text first; what they read further is made once, when first asked for.
 */
export class Paragraph {
  private pointer: string | undefined = undefined;
  private withoutGlosses: string | undefined = undefined;
  private normalized: string | undefined = undefined;

  constructor(
    /** Its place among the blocks of 一、总体情况. */
    readonly block: number,
    /** The text as published. */
    readonly published: string,
  ) {}

  /** JSON Pointer of its text. */
  get path(): string {
    this.pointer ??= `/sections/overview/${this.block}/text`;
    return this.pointer;
  }

  /** The text as published without pinyin glosses: what quotes are cut from. */
  get original(): string {
    this.withoutGlosses ??= stripPinyinGlosses(this.published);
    return this.withoutGlosses;
  }

  /** `original` normalized (simplified characters, ASCII digits), offset for offset. */
  get text(): string {
    this.normalized ??= normalize(this.original);
    return this.normalized;
  }
}

/** 一、总体情况 read once per text for the claims, the shares and X-03. */
class OverviewReading {
  readonly paragraphs: Paragraph[] = [];
  /** The blocks read, as they were then (a report may be changed in place and validated again). */
  private readonly texts: string[] = [];
  private readonly types: string[] = [];
  private joined: string | undefined = undefined;

  constructor(blocks: readonly Block[]) {
    blocks.forEach(({ type, text }, b) => {
      this.texts.push(text);
      this.types.push(type);
      if (type === "paragraph") this.paragraphs.push(new Paragraph(b, text));
    });
  }

  /** Whether these blocks are the ones read: one comparison per block. */
  reads(blocks: readonly Block[]): boolean {
    if (blocks.length !== this.texts.length) return false;
    for (let b = 0; b < blocks.length; b++)
      if (blocks[b]?.text !== this.texts[b] || blocks[b]?.type !== this.types[b]) return false;
    return true;
  }

  /** Every block (headings too) as published, one per line, pinyin glosses left out. */
  get published(): string {
    this.joined ??= stripPinyinGlosses(this.texts.join("\n"));
    return this.joined;
  }
}

let last: OverviewReading | undefined;
/**
 * The reading of a report's 一、总体情况. The last one is remembered, so a report validated again
 * (an editor re-checking, a batch re-run) is not read again; nothing is kept beyond it.
 */
function readOverview(report: Report): OverviewReading {
  const blocks = hasSections(report) ? report.sections.overview : [];
  if (!last?.reads(blocks)) last = new OverviewReading(blocks);
  return last;
}

/**
 * `read` over 一、总体情况, remembered with the reading it was made from: a report validated
 * again is not read again.
 */
export function fromOverview<T>(
  read: (overview: OverviewReading, report: Report) => T,
): (report: Report) => T {
  let seen: OverviewReading | undefined;
  let seenEdition: string | undefined;
  let value: T | undefined;
  return (report) => {
    const overview = readOverview(report);
    if (overview !== seen || report.edition !== seenEdition || value === undefined) {
      value = read(overview, report);
      seen = overview;
      seenEdition = report.edition;
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
