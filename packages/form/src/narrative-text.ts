/** A block of narrative text as the model holds it. */
export interface NarrativeBlock {
  readonly type: "heading" | "paragraph";
  readonly text: string;
}

const SUBHEADING =
  /^(?:[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、．.])/u;

/** A `（一）…`-style sub-heading: numbered, short, and not a sentence. */
export function isSubheading(line: string): boolean {
  return line.length <= 40 && SUBHEADING.test(line) && !/[。；;！？!?]/u.test(line);
}

/** One block per line, as the text area shows them. */
export function narrativeToText(blocks: readonly NarrativeBlock[]): string {
  return blocks.map((b) => b.text).join("\n");
}

/** Lines back into blocks: empty lines are dropped, numbered short lines are sub-headings. */
export function textToNarrative(text: string): NarrativeBlock[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => ({ type: isSubheading(line) ? "heading" : "paragraph", text: line }));
}
