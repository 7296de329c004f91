/** A block of narrative text as the model holds it. */
export interface NarrativeBlock {
  readonly type: "heading" | "paragraph";
  readonly text: string;
}

const SUBHEADING =
  /^(?:[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、．.])/u;

/**
 * A `（一）…`-style sub-heading: numbered, short, and not a sentence. A longer line (up to 60
 * characters, as the titles of some 2008–2018 reports run) is one only when it has no clause
 * punctuation at all, which a paragraph of that length has.
 */
export function isSubheading(line: string): boolean {
  if (line.length > 60 || !SUBHEADING.test(line) || /[。；;！？!?]/u.test(line)) return false;
  return line.length <= 40 || !/[，,：:]/u.test(line);
}

/** One block per line, as the text area shows them. */
export function narrativeToText(blocks: readonly NarrativeBlock[]): string {
  return blocks.map((b) => b.text).join("\n");
}

/**
 * Lines back into blocks: empty lines are dropped, numbered short lines are sub-headings. A line
 * that reads as a block of `before` did (the text before this edit) keeps that block's type, so
 * editing one paragraph never turns an imported heading into a paragraph or back.
 */
export function textToNarrative(
  text: string,
  before: readonly NarrativeBlock[] = [],
): NarrativeBlock[] {
  const kept = new Map<string, NarrativeBlock["type"][]>();
  for (const b of before) kept.set(b.text, [...(kept.get(b.text) ?? []), b.type]);
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => ({
      type: kept.get(line)?.shift() ?? (isSubheading(line) ? "heading" : "paragraph"),
      text: line,
    }));
}
