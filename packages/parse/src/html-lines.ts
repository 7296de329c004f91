import { Parser } from "htmlparser2";
import type { Line, Token } from "./types.js";

/** Elements whose start and end break the visible text into lines. */
const BLOCK = new Set(
  "address article aside blockquote body br caption center dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);
const HEADING = /^h[1-6]$/;
const HIDDEN = new Set(["script", "style", "template", "noscript", "head", "title", "iframe"]);

interface CellState {
  parts: string[];
  dataCell?: string;
  offset: number;
  index: number;
  /** The cell holds a nested table: its content is read as ordinary lines. */
  container: boolean;
}

interface TableState {
  index: number;
  rowIndex: number;
  row: CellState[] | undefined;
  cell: CellState | undefined;
}

export interface HtmlScan {
  readonly lines: Line[];
  /** `<script type="application/json">` blocks with the offset of their start tag. */
  readonly json: { readonly id: string; readonly text: string; readonly offset: number }[];
  /** Text of `<title>`. */
  readonly title: string;
}

const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, " ").trim();

/**
 * Reads an HTML page into lines: the visible text broken at block elements, and one line per
 * table row whose tokens are the row's cells. A cell that contains a table (a layout table) is
 * not a cell: its content is read as lines.
 */
export function htmlLines(source: string): HtmlScan {
  try {
    return scan(source, true);
  } catch (e) {
    if (e !== TOO_DEEP) throw e;
    return scan(limitNesting(source), false);
  }
}

const TOO_DEEP = new Error("nesting too deep");

function scan(html: string, watchDepth: boolean): HtmlScan {
  let depth = 0;
  const lines: Line[] = [];
  const json: { id: string; text: string; offset: number }[] = [];
  let title = "";
  const tables: TableState[] = [];
  let tableCount = 0;
  let buffer = "";
  let bufferOffset = 0;
  let hidden: string | undefined;
  let hiddenDepth = 0;
  let script: { id: string; text: string; offset: number } | undefined;
  let inTitle = false;

  let headingDepth = 0;
  const flush = () => {
    const text = collapse(buffer);
    buffer = "";
    if (!text) return;
    const where = { source: "html" as const, table: -1, row: -1, cell: -1, offset: bufferOffset };
    lines.push({ tokens: [{ text, where }], text, row: false, heading: headingDepth > 0, where });
  };
  const openCell = (): CellState | undefined => {
    const t = tables.at(-1);
    return t?.cell && !t.cell.container ? t.cell : undefined;
  };
  const endCell = (t: TableState) => {
    if (t.cell && !t.cell.container) t.row?.push(t.cell);
    t.cell = undefined;
  };
  const endRow = (t: TableState) => {
    endCell(t);
    const cells = t.row;
    t.row = undefined;
    if (!cells || cells.length === 0) return;
    const rowIndex = t.rowIndex++;
    const tokens: Token[] = cells.map((c) => ({
      text: collapse(c.parts.join(" ")),
      ...(c.dataCell ? { dataCell: c.dataCell } : {}),
      where: { source: "html", table: t.index, row: rowIndex, cell: c.index, offset: c.offset },
    }));
    const first = tokens[0] as Token;
    lines.push({
      tokens,
      text: tokens
        .map((k) => k.text)
        .filter(Boolean)
        .join(" | "),
      row: true,
      where: first.where,
    });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (watchDepth && !SELF_CLOSING.has(name) && ++depth > MAX_DEPTH) throw TOO_DEEP;
        if (hidden) {
          if (name === hidden) hiddenDepth++;
          return;
        }
        if (name === "script" && /json/i.test(attribs.type ?? "")) {
          script = { id: attribs.id ?? "", text: "", offset: parser.startIndex };
        }
        if (name === "title") inTitle = true;
        if (HIDDEN.has(name) || "hidden" in attribs) {
          hidden = name;
          hiddenDepth = 1;
          return;
        }
        const cell = openCell();
        if (BLOCK.has(name)) {
          if (cell) cell.parts.push("\n");
          else flush();
        }
        if (!cell && HEADING.test(name)) headingDepth++;
        if (name === "table") {
          const outer = tables.at(-1);
          if (outer?.cell && !outer.cell.container) {
            outer.cell.container = true;
            for (const piece of outer.cell.parts.join("").split("\n")) {
              buffer = piece;
              flush();
            }
          }
          flush();
          tables.push({ index: tableCount++, rowIndex: 0, row: undefined, cell: undefined });
        } else if (name === "tr") {
          const t = tables.at(-1);
          if (t) {
            endRow(t);
            t.row = [];
          }
        } else if (name === "td" || name === "th") {
          const t = tables.at(-1);
          if (t) {
            endCell(t);
            t.row ??= [];
            t.cell = {
              parts: [],
              offset: parser.startIndex,
              index: t.row.length,
              container: false,
              ...(attribs["data-cell"] ? { dataCell: attribs["data-cell"] } : {}),
            };
          }
        }
        if (!buffer) bufferOffset = parser.startIndex;
      },
      ontext(text) {
        if (script) script.text += text;
        if (inTitle) title += text;
        if (hidden) return;
        const cell = openCell();
        if (cell) cell.parts.push(text);
        else {
          if (!buffer.trim()) bufferOffset = parser.startIndex;
          buffer += text;
        }
      },
      onclosetag(name) {
        if (watchDepth && !SELF_CLOSING.has(name)) depth--;
        if (name === "script" && script) {
          json.push(script);
          script = undefined;
        }
        if (name === "title") inTitle = false;
        if (hidden) {
          if (name === hidden && --hiddenDepth === 0) hidden = undefined;
          return;
        }
        const t = tables.at(-1);
        if (name === "td" || name === "th") {
          if (t?.cell?.container) flush();
          if (t) endCell(t);
        } else if (name === "tr") {
          if (t) endRow(t);
        } else if (name === "table") {
          if (t) endRow(t);
          tables.pop();
          flush();
        } else if (BLOCK.has(name)) {
          const cell = openCell();
          if (cell) cell.parts.push("\n");
          else flush();
          if (!cell && HEADING.test(name) && headingDepth > 0) headingDepth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  while (tables.length) {
    const t = tables.pop() as TableState;
    endRow(t);
  }
  flush();
  return { lines, json, title: collapse(title) };
}

/** Elements whose end tag may be left out (the parser closes them itself) and void elements. */
const SELF_CLOSING = new Set(
  "area base br col dd dt embed hr img input li link meta option p param source td th tr track wbr".split(
    " ",
  ),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
const MAX_DEPTH = 256;

/**
 * Drops start and end tags nested deeper than MAX_DEPTH (their text stays). htmlparser2 keeps its
 * element stack in an array it shifts, so hostile nesting would cost quadratic time.
 */
function limitNesting(html: string): string {
  let depth = 0;
  let deep = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[3] || SELF_CLOSING.has((m[2] ?? "").toLowerCase())) continue;
    depth += m[1] ? -1 : 1;
    if (depth > MAX_DEPTH) {
      deep = true;
      break;
    }
  }
  if (!deep) return html;
  depth = 0;
  return html.replace(TAG, (tag, close: string, name: string, selfClose: string) => {
    if (selfClose || SELF_CLOSING.has(name.toLowerCase())) return tag;
    if (close) return depth-- > MAX_DEPTH ? "" : tag;
    return ++depth > MAX_DEPTH ? "" : tag;
  });
}
