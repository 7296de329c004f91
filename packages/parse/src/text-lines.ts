import { isMarkdownRule, isPageFurniture, isValueField, spacedFields } from "./shapes/fields.js";
import type { Line, Token } from "./types.js";

const SEPARATOR = /[|｜\t]/;

/**
 * Splits published text into lines and each line into tokens. A line with `|` (or a tab, as in a
 * browser's innerText) is a flattened table row: one token per field. Flattened tables pad colspans
 * with trailing `|`, so trailing empty fields of a `|` line are dropped, except the first field of
 * a line that holds nothing else (a blank cell printed on its own line). Tabs separate cells (a
 * trailing tab before an empty last cell counts), unless the document ends nearly every tabbed
 * line with a tab: then, like `|`, the tab closes each cell.
 */
export function textLines(text: string, limit = Number.POSITIVE_INFINITY): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 0;
  const length = text.length;
  // Markdown tables (a document with a `|---|` rule): a leading pipe opens the first cell
  const markdown = MARKDOWN_TABLE.test(text);
  const tabsClose = tabsCloseCells(text);
  while (start <= length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = length;
    const raw = text.slice(start, end > start && text[end - 1] === "\r" ? end - 1 : end);
    number++;
    start = end + 1;
    const line = splitLine(raw, number, markdown, tabsClose);
    if (line) lines.push(line);
    if (lines.length >= limit) break;
    if (end === length) break;
  }
  return lines;
}

const MARKDOWN_TABLE = /^[ \t]*\|[ \t]*:?-{3,}:?[ \t]*\|/m;
const TABBED_LINE = /^[^|｜\n]*\t[^|｜\n]*$/gm;
const TAB_CLOSED_LINE = /\t[ \r]*$/;

/** Where a piece of line `line` starts (written out: spreading an object is slow on this path). */
const textAt = (line: number, column: number) => ({ source: "text" as const, line, column });

/** Whether nine in ten of the document's tabbed lines (at least five) end with a tab. */
function tabsCloseCells(text: string): boolean {
  if (!text.includes("\t")) return false;
  const tabbed = text.match(TABBED_LINE) ?? [];
  const closed = tabbed.filter((line) => TAB_CLOSED_LINE.test(line)).length;
  return tabbed.length >= 5 && closed >= 0.9 * tabbed.length;
}

function splitLine(
  raw: string,
  number: number,
  markdown: boolean,
  tabsClose: boolean,
): Line | undefined {
  const where = textAt(number, 1);
  if (!SEPARATOR.test(raw)) {
    const text = raw.trim();
    if (!text || isPageFurniture(text)) return undefined;
    const fields = spacedFields(raw);
    if (fields) {
      const tokens = fields.map((f) => ({ text: f.text, where: textAt(number, f.at + 1) }));
      return { tokens, text, row: tokens.some((t) => isValueField(t.text)), where };
    }
    const column = raw.indexOf(text) + 1;
    return { tokens: [{ text, where: textAt(number, column) }], text, row: false, where };
  }
  if (isMarkdownRule(raw)) return undefined;
  const tabbed = !/[|｜]/.test(raw);
  const tokens: Token[] = [];
  let at = 0;
  // split on a string where the line allows: a regular expression split costs several times more
  const fields = tabbed
    ? raw.split("\t")
    : raw.includes("｜")
      ? raw.split(/[|｜]/)
      : raw.split("|");
  for (const field of fields) {
    const text = field.trim();
    const column = at + (text ? field.indexOf(text) : 0) + 1;
    tokens.push({ text, where: textAt(number, column) });
    at += field.length + 1;
  }
  // Markdown's leading pipe opens the first cell; it closes none
  if (markdown && !tabbed && tokens.length > 1 && tokens[0]?.text === "" && /^\s*[|｜]/.test(raw)) {
    if (tokens.some((t) => t.text !== "")) tokens.shift();
  }
  let dropped = 0;
  if (!tabbed || tabsClose) {
    while (tokens.length > 1 && tokens.at(-1)?.text === "") {
      tokens.pop();
      dropped++;
    }
  }
  const text = raw.trim();
  return { tokens, text, row: true, dropped, where };
}
