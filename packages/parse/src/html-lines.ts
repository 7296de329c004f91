import { Tokenizer } from "htmlparser2";
import { type Line, type Token, tableRow } from "./types.js";

/** What an element is to this reader: one lookup per tag instead of a test per question. */
interface Role {
  /** Its start and end break the visible text into lines. */
  readonly block: boolean;
  readonly heading: boolean;
  /** Its content is not visible text. */
  readonly hidden: boolean;
  /** It never has content or an end tag. */
  readonly void: boolean;
}
const ROLES = new Map<string, Role>();
const give = (names: string, role: keyof Role) => {
  for (const name of names.split(" ")) {
    const known = ROLES.get(name) ?? { block: false, heading: false, hidden: false, void: false };
    ROLES.set(name, { ...known, [role]: true });
  }
};
give(
  "address article aside blockquote body br caption center dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul",
  "block",
);
give("h1 h2 h3 h4 h5 h6", "heading");
give("script style template noscript head title iframe", "hidden");
give("area base br col embed hr img input link meta param source track wbr", "void");
const PLAIN: Role = { block: false, heading: false, hidden: false, void: false };
const roleOf = (name: string): Role => ROLES.get(name) ?? PLAIN;

interface CellState {
  parts: string[];
  dataCell: string | undefined;
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

/** Whitespace other than single spaces: what `collapse` has to rewrite (most cells have none). */
const LOOSE = /[\t\n\r\f]| {2}/;
const collapse = (s: string) => (LOOSE.test(s) ? s.replace(/[ \t\n\r\f]+/g, " ") : s).trim();

/**
 * Reads an HTML page into lines: the visible text broken at block elements, and one line per
 * table row whose tokens are the row's cells. A cell that contains a table (a layout table) is
 * not a cell: its content is read as lines.
 */
export function htmlLines(html: string): HtmlScan {
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
    const tokens: Token[] = cells.map((c) => {
      const text = collapse(c.parts.join(" "));
      const where = {
        source: "html" as const,
        table: t.index,
        row: rowIndex,
        cell: c.index,
        offset: c.offset,
      };
      return c.dataCell ? { text, dataCell: c.dataCell, where } : { text, where };
    });
    lines.push(tableRow(tokens));
  };

  let at = 0;
  const handler = {
    onopentag(name: string, role: Role, attribs: Attributes) {
      if (hidden === "head" && name === "body") hidden = undefined;
      if (hidden) {
        if (name === hidden) hiddenDepth++;
        return;
      }
      if (name === "script" && /json/i.test(attribs.type ?? "")) {
        script = { id: attribs.id ?? "", text: "", offset: at };
      }
      if (name === "title") inTitle = true;
      if (role.hidden || attribs.hidden !== undefined) {
        hidden = name;
        hiddenDepth = 1;
        return;
      }
      const cell = openCell();
      if (role.block) {
        if (cell) cell.parts.push("\n");
        else flush();
      }
      if (!cell && role.heading) headingDepth++;
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
            offset: at,
            index: t.row.length,
            container: false,
            dataCell: attribs.dataCell,
          };
        }
      }
      if (!buffer) bufferOffset = at;
    },
    ontext(text: string) {
      if (script) script.text += text;
      if (inTitle) title += text;
      if (hidden) return;
      const cell = openCell();
      if (cell) cell.parts.push(text);
      else {
        if (!buffer.trim()) bufferOffset = at;
        buffer += text;
      }
    },
    onclosetag(name: string, role: Role) {
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
      } else if (role.block) {
        const cell = openCell();
        if (cell) cell.parts.push("\n");
        else flush();
        if (!cell && role.heading && headingDepth > 0) headingDepth--;
      }
    },
  };
  tokenize(html, handler, (index) => {
    at = index;
  });
  while (tables.length) {
    const t = tables.pop() as TableState;
    endRow(t);
  }
  flush();
  return { lines, json, title: collapse(title) };
}

/** The only attributes this reader looks at (the first of each kind an element carries). */
interface Attributes {
  id: string | undefined;
  type: string | undefined;
  hidden: string | undefined;
  dataCell: string | undefined;
}
const noAttributes = (): Attributes => ({
  id: undefined,
  type: undefined,
  hidden: undefined,
  dataCell: undefined,
});
const WANTED: readonly (readonly [string, keyof Attributes])[] = [
  ["id", "id"],
  ["type", "type"],
  ["hidden", "hidden"],
  ["data-cell", "dataCell"],
];

/** Whether `html[start, end)` is `name` (lower case), ASCII case aside; nothing is sliced. */
function isName(html: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++)
    if ((html.charCodeAt(start + i) | 0x20) !== name.charCodeAt(i)) return false;
  return true;
}

/** `html[start, end)` in lower case (names are mostly written so: then nothing is converted). */
function lowerName(html: string, start: number, end: number): string {
  const name = html.slice(start, end);
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c > 0x7f) return name.toLowerCase();
  }
  return name;
}

interface Handler {
  onopentag(name: string, role: Role, attribs: Attributes): void;
  ontext(text: string): void;
  onclosetag(name: string, role: Role): void;
}

/**
 * Drives htmlparser2's Tokenizer directly: the Parser on top of it keeps an element stack that
 * costs quadratic time on hostile nesting, and its bookkeeping is not needed here (every element
 * this reader cares about is closed by name, and a new cell or row closes the previous one).
 */
function tokenize(html: string, handler: Handler, moveTo: (index: number) => void): void {
  let tagName = "";
  let tagRole = PLAIN;
  let tagStart = 0;
  let closing = false;
  let attribs = noAttributes();
  let attribName: keyof Attributes | undefined;
  let attribValue = "";
  let text = "";
  let textStart = -1;
  const flushText = () => {
    if (textStart < 0) return;
    moveTo(textStart);
    handler.ontext(text);
    text = "";
    textStart = -1;
  };
  const addText = (piece: string, start: number) => {
    if (textStart < 0) textStart = start;
    text += piece;
  };
  const openTag = (selfClosing: boolean) => {
    moveTo(tagStart);
    handler.onopentag(tagName, tagRole, attribs);
    if (selfClosing || tagRole.void) handler.onclosetag(tagName, tagRole);
  };
  const noop = () => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(start, end) {
        addText(html.slice(start, end), start);
      },
      ontextentity(codepoint, end) {
        addText(String.fromCodePoint(codepoint), end);
      },
      onopentagname(start, end) {
        flushText();
        tagName = lowerName(html, start, end);
        tagRole = roleOf(tagName);
        tagStart = start - 1;
        closing = false;
        attribs = noAttributes();
      },
      onattribname(start, end) {
        attribName = WANTED.find(([name]) => isName(html, start, end, name))?.[1];
        attribValue = "";
      },
      onattribdata(start, end) {
        if (attribName) attribValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        if (attribName) attribValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (attribName && attribs[attribName] === undefined) attribs[attribName] = attribValue;
      },
      onopentagend() {
        if (!closing) openTag(false);
      },
      onselfclosingtag() {
        openTag(true);
      },
      onclosetag(start, end) {
        flushText();
        closing = true;
        moveTo(start - 2);
        const name = lowerName(html, start, end);
        handler.onclosetag(name, roleOf(name));
      },
      oncdata: noop,
      oncomment() {
        flushText();
      },
      ondeclaration: noop,
      onprocessinginstruction: noop,
      onend() {
        flushText();
      },
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}
