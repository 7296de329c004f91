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
  const bordered = pipesBorderRows(text);
  const tabsClose = tabsCloseCells(text);
  while (start <= length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = length;
    const raw = text.slice(start, end > start && text[end - 1] === "\r" ? end - 1 : end);
    number++;
    start = end + 1;
    const line = splitLine(raw, number, bordered, tabsClose);
    if (line) lines.push(line);
    if (lines.length >= limit) break;
    if (end === length) break;
  }
  return lines;
}

const MARKDOWN_TABLE = /^[ \t]*\|[ \t]*:?-{3,}:?[ \t]*\|/m;
const OPENING_PIPE = /^[ \t]*[|｜]/m;
const PIPE_LINE = /^[^\n|｜]*[|｜][^\n]*$/gm;
const BORDERED_LINE = /^[ \t]*[|｜].*[|｜][ \t\r]*$/;
const TABBED_LINE = /^[^|｜\n]*\t[^|｜\n]*$/gm;
const TAB_CLOSED_LINE = /\t[ \r]*$/;

/** Where a piece of line `line` starts (written out: spreading an object is slow on this path). */
const textAt = (line: number, column: number) => ({ source: "text" as const, line, column });

/**
 * Whether the document's table rows have outer borders, `| a | b |`, so that a leading pipe opens
 * the first cell and closes none: Markdown (a `|---|` rule), or nine in ten of its pipe lines (at
 * least five) opening and closing with a pipe, as text converters write tables without a rule.
 */
function pipesBorderRows(text: string): boolean {
  if (MARKDOWN_TABLE.test(text)) return true;
  if (!OPENING_PIPE.test(text)) return false;
  const lines = text.match(PIPE_LINE) ?? [];
  const bordered = lines.filter((line) => BORDERED_LINE.test(line)).length;
  return lines.length >= 5 && bordered >= 0.9 * lines.length;
}

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
  bordered: boolean,
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
  // a bordered row's leading pipe opens the first cell; it closes none
  const opened =
    bordered && !tabbed && tokens.length > 1 && tokens[0]?.text === "" && /^\s*[|｜]/.test(raw);
  if (opened) tokens.shift();
  let dropped = 0;
  if (!tabbed || tabsClose) {
    while (tokens.length > 1 && tokens.at(-1)?.text === "") {
      tokens.pop();
      dropped++;
    }
  }
  // the line as if it had no border: shapes count a row's pipes
  const text = opened ? raw.trim().slice(1).trim() : raw.trim();
  return { tokens, text, row: true, dropped, where };
}
