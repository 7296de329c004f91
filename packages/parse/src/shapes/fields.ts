/**
 * Text extracted from PDFs: columns aligned with runs of spaces (`pdftotext -layout`), a row's
 * values separated by single spaces (`-raw`), and the page furniture between pages.
 */

/** Page numbers and running headers a PDF-to-text extraction leaves between the pages. */
const PAGE_FURNITURE = [
  /^[-—–－‐―─]+\s*\d{1,4}\s*[-—–－‐―─]+$/u, // -3-, — 2 —
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:[-—–:|/]|of)\s*.*)?$/iu, // Page 8 - …, P. 8, Page 3 of 9
  /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/u, // 第3页 共9页
  /^\d{1,4}\s*\/\s*\d{1,4}$/u, // 3 / 9
];

/** The rule under a Markdown table's header: `|---|:---:|`. */
const MARKDOWN_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/u;
export const isMarkdownRule = (text: string) => MARKDOWN_RULE.test(text.trim());

export function isPageFurniture(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 120 && PAGE_FURNITURE.some((re) => re.test(t));
}

/** A value as extracted text prints it: a number, a dash or slash mark, or 无. */
const VALUE = "(?:[0-9]+(?:[.,][0-9]+)*|[-—–－/／]+|[无無])";
const VALUES_ONLY = new RegExp(`^${VALUE}(?:\\s+${VALUE})*$`, "u");
/** A short label followed by values separated by single spaces: `1.属于国家秘密 0 0 0`. */
const LABEL_THEN_VALUES = new RegExp(`^(.*?[^\\s0-9])\\s+(${VALUE}(?:\\s+${VALUE})*)$`, "u");
const SENTENCE = /[。；;！？!?，,]/u;
const MAX_LABEL = 60;
/** Longer lines are prose (a table row of 15 values is well under this). */
const MAX_LINE = 1000;
/** Runs of two or more spaces (or an ideographic space) separate columns. */
const GAP = /(?: {2,}|\u3000+)/g;
const INNER_SPACE = /\s/u;

export interface Field {
  readonly text: string;
  /** Offset of the field in the line, from 0. */
  readonly at: number;
}

/**
 * The fields of a line of space-aligned text, or undefined when the line is not one (prose with a
 * number in it stays one line). Values written one after another with single spaces are fields too.
 */
export function spacedFields(raw: string): Field[] | undefined {
  // fields are set apart by spaces: a line with none inside is one field
  if (raw.length > MAX_LINE || !INNER_SPACE.test(raw.trim())) return undefined;
  const fields: Field[] = [];
  let start = 0;
  const push = (piece: string, at: number) => {
    const text = piece.trim();
    if (!text) return;
    const offset = at + piece.indexOf(text);
    splitValues(text, offset, fields);
  };
  GAP.lastIndex = 0;
  for (let m = GAP.exec(raw); m; m = GAP.exec(raw)) {
    push(raw.slice(start, m.index), start);
    start = m.index + m[0].length;
  }
  push(raw.slice(start), start);
  if (fields.length < 2) return undefined;
  const labels = fields.filter((f) => !VALUES_ONLY.test(f.text));
  // prose: a long piece or a sentence among the fields
  if (
    labels.some((f) => f.text.length > MAX_LABEL || SENTENCE.test(withoutNote(f.text).slice(0, -1)))
  )
    return undefined;
  return fields;
}

/**
 * A label piece without its note in brackets, full-width or ASCII (`只计这一情形，不计其他情形）` ends
 * one): commas there are no sentence.
 */
const withoutNote = (text: string) => text.replace(/[（(][^（）()]*[）)]|^[^（）()]*[）)]/gu, "");

function splitValues(text: string, at: number, out: Field[]): void {
  if (VALUES_ONLY.test(text)) {
    for (const m of text.matchAll(/\S+/gu)) out.push({ text: m[0], at: at + (m.index ?? 0) });
    return;
  }
  const m = LABEL_THEN_VALUES.exec(text);
  if (m?.[1] && m[2] && m[1].length <= MAX_LABEL && !SENTENCE.test(withoutNote(m[1]))) {
    out.push({ text: m[1], at });
    splitValues(m[2], at + text.length - m[2].length, out);
    return;
  }
  out.push({ text, at });
}

/** Whether a field is several values set apart by spaces (`0 0 2`): as many cells. */
export const isSpacedValues = (text: string) => VALUES_ONLY.test(text) && /\s/.test(text);

/** Whether a field reads as a value (for deciding that a line is a table row). */
export const isValueField = (text: string) => VALUES_ONLY.test(text) && !/\s/.test(text);

/**
 * Drops form feeds and the running header printed after each: a line that follows two or more
 * form feeds word for word is page furniture, as are page numbers.
 */
export function withoutPageFurniture(text: string): string {
  if (!text.includes("\f")) return text;
  const pages = text.split("\f");
  const firstLines = new Map<string, number>();
  for (const page of pages.slice(1)) {
    const first = page
      .split("\n")
      .find((l) => l.trim())
      ?.trim();
    if (first) firstLines.set(first, (firstLines.get(first) ?? 0) + 1);
  }
  // a form feed usually starts a line: removing it keeps the line numbers of the extraction
  let out = pages[0] ?? "";
  for (const page of pages.slice(1)) {
    const lines = page.split("\n");
    const k = lines.findIndex((l) => l.trim());
    const first = lines[k]?.trim() ?? "";
    // a figure or a table row that happens to start two pages is not a running header
    const cell = VALUES_ONLY.test(first) || /[|｜\t]/.test(first);
    if (k >= 0 && (firstLines.get(first) ?? 0) >= 2 && !cell) lines[k] = "";
    out += (out === "" || out.endsWith("\n") ? "" : "\n") + lines.join("\n");
  }
  return out;
}
