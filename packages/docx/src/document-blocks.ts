import type { DocumentBlock } from "@zfxxgk/parse";
import { Parser } from "htmlparser2";
import type { XmlProblem } from "./messages/types.js";

/**
 * A part whose XML structure is refused: `problem` says which way, and the `docx/damaged` finding words
 * it in each locale (the message files' `xml`); the `message` is for logs only.
 */
export class XmlStructureError extends Error {
  constructor(readonly problem: XmlProblem) {
    super(`XML structure: ${problem}`);
    this.name = "XmlStructureError";
  }
}

interface Handler {
  open(name: string, attrs: Record<string, string>): void;
  text?(text: string): void;
  close(name: string): void;
}

/**
 * Streams an OOXML part through htmlparser2 in XML mode (no tree is built: a report's
 * document.xml has tens of thousands of elements). A document type declaration, never in OOXML
 * and the way to entity bombs, is refused; so is a part that stops before its root element closes.
 */
function streamXml(xml: string, handler: Handler): void {
  if (/<!DOCTYPE/i.test(xml)) throw new XmlStructureError("doctype");
  let depth = 0;
  let rootClosed = false;
  /** Elements left open at the end are closed by the parser: that is a truncated part. */
  let ending = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        depth++;
        handler.open(name, attrs);
      },
      ontext(text) {
        handler.text?.(text);
      },
      onclosetag(name) {
        if (ending) return;
        if (--depth === 0) rootClosed = true;
        handler.close(name);
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  ending = true;
  parser.end();
  if (!rootClosed) throw new XmlStructureError("unclosed-root");
}

/** Content that is not read: deleted text, field codes, tab stops, drawings and text boxes. */
const SKIPPED = new Set([
  "w:del",
  "w:delText",
  "w:instrText",
  "w:tabs",
  "w:rPr",
  "w:drawing",
  "w:pict",
  "w:object",
  "mc:AlternateContent",
  "w:footnoteReference",
  "w:endnoteReference",
]);

export interface ReadOptions {
  /** Style ids that are headings (from styles.xml). */
  readonly headingStyles: ReadonlySet<string>;
}

interface CellState {
  readonly parts: string[];
  readonly column: number;
  span: number;
  continued: boolean;
  /** The cell holds a table: its content is read as body paragraphs, as HTML reads such a cell. */
  container: boolean;
}

interface TableState {
  readonly index: number;
  row: number;
  column: number;
  cells: { text: string; column: number }[] | undefined;
  cell: CellState | undefined;
}

/**
 * The body of word/document.xml as the parser's document blocks: paragraphs in reading order (a
 * soft line break starts a new one, as `<br>` does in HTML) and table rows whose cells carry their
 * grid column; cells merged into the one above (`w:vMerge` without `restart`) are left out.
 */
export function documentBlocks(xml: string, { headingStyles }: ReadOptions): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const tables: TableState[] = [];
  let paragraphs = 0;
  let tableCount = 0;
  let skipping = 0;
  let inBody = false;
  let bodyClosed = false;
  let inText = false;
  let para: { text: string; style?: string; level?: string } | undefined;

  const openCell = () => {
    const t = tables.at(-1);
    return t?.cell && !t.cell.container ? t.cell : undefined;
  };
  const emitParagraph = (text: string, heading: boolean) => {
    const index = paragraphs++;
    for (const line of text.split("\n"))
      blocks.push({
        type: "paragraph",
        text: line,
        paragraph: index,
        ...(heading ? { heading } : {}),
      });
  };
  const val = (attrs: Record<string, string>) => attrs["w:val"];

  streamXml(xml, {
    open(name, attrs) {
      if (skipping) {
        skipping++;
        return;
      }
      if (name === "w:body") inBody = true;
      if (!inBody) return;
      if (SKIPPED.has(name)) {
        skipping = 1;
        return;
      }
      const t = tables.at(-1);
      switch (name) {
        case "w:tbl": {
          const outer = openCell();
          if (outer) {
            outer.container = true;
            for (const part of outer.parts) emitParagraph(part, false);
          }
          tables.push({
            index: tableCount++,
            row: 0,
            column: 0,
            cells: undefined,
            cell: undefined,
          });
          break;
        }
        case "w:tr":
          if (t) {
            t.cells = [];
            t.column = 0;
          }
          break;
        case "w:gridBefore":
          if (t?.cells && !t.cell) t.column += Math.max(0, Number(val(attrs)) || 0);
          break;
        case "w:tc":
          if (t)
            t.cell = { parts: [], column: t.column, span: 1, continued: false, container: false };
          break;
        case "w:gridSpan":
          if (t?.cell) t.cell.span = Math.max(1, Number(val(attrs)) || 1);
          break;
        case "w:vMerge":
          if (t?.cell) t.cell.continued = val(attrs) !== "restart";
          break;
        case "w:p":
          para = { text: "" };
          break;
        case "w:pStyle":
          if (para) para.style = val(attrs);
          break;
        case "w:outlineLvl":
          if (para) para.level = val(attrs);
          break;
        case "w:t":
          inText = true;
          break;
        case "w:tab":
        case "w:ptab":
          if (para) para.text += "\t";
          break;
        case "w:br":
        case "w:cr":
          if (para) para.text += "\n";
          break;
        case "w:noBreakHyphen":
          if (para) para.text += "-";
          break;
        case "w:sym": {
          const code = Number.parseInt(attrs["w:char"] ?? "", 16);
          if (para && Number.isFinite(code) && code >= 0x20 && code < 0xf000)
            para.text += String.fromCodePoint(code);
          break;
        }
      }
    },
    text(text) {
      if (inText && para && !skipping) para.text += text;
    },
    close(name) {
      if (skipping) {
        skipping--;
        return;
      }
      if (!inBody) return;
      const t = tables.at(-1);
      switch (name) {
        case "w:body":
          inBody = false;
          bodyClosed = true;
          break;
        case "w:t":
          inText = false;
          break;
        case "w:p": {
          if (!para) break;
          const cell = openCell();
          if (cell) cell.parts.push(para.text);
          else {
            const heading =
              (para.style !== undefined && headingStyles.has(para.style)) ||
              (para.level !== undefined && Number(para.level) < 9);
            emitParagraph(para.text, heading);
          }
          para = undefined;
          break;
        }
        case "w:tc":
          if (t?.cell) {
            const { parts, column, span, continued, container } = t.cell;
            if (!container && !continued) t.cells?.push({ text: parts.join("\n"), column });
            t.column += span;
            t.cell = undefined;
          }
          break;
        case "w:tr":
          if (t?.cells) blocks.push({ type: "row", table: t.index, row: t.row++, cells: t.cells });
          if (t) t.cells = undefined;
          break;
        case "w:tbl":
          tables.pop();
          break;
      }
    },
  });
  if (!bodyClosed) throw new XmlStructureError("no-body");
  return blocks;
}

/** Ids of the paragraph styles that are headings: named `heading n` or `Title`, or with an outline level. */
export function headingStyles(xml: string | undefined): Set<string> {
  const ids = new Set<string>();
  if (!xml) return ids;
  let style: { id?: string; name: string; level?: string } | undefined;
  streamXml(xml, {
    open(name, attrs) {
      if (name === "w:style")
        style = attrs["w:type"] === "paragraph" ? { id: attrs["w:styleId"], name: "" } : undefined;
      else if (style && name === "w:name") style.name = attrs["w:val"] ?? "";
      else if (style && name === "w:outlineLvl") style.level = attrs["w:val"];
    },
    close(name) {
      if (name !== "w:style" || !style) return;
      const { id, name: styleName, level } = style;
      if (
        id &&
        (/^(heading \d|title|标题)/i.test(styleName) || (level !== undefined && Number(level) < 9))
      )
        ids.add(id);
      style = undefined;
    },
  });
  return ids;
}

/** The text of each element named in `wanted`, by its name (or its `name` attribute, for custom properties). */
function elementTexts(
  xml: string,
  wanted: (name: string, attrs: Record<string, string>) => string | undefined,
) {
  const out = new Map<string, string>();
  let key: string | undefined;
  let depth = 0;
  streamXml(xml, {
    open(name, attrs) {
      if (key) {
        depth++;
        return;
      }
      key = wanted(name, attrs);
      if (key) out.set(key, "");
    },
    text(text) {
      if (key) out.set(key, (out.get(key) ?? "") + text);
    },
    close() {
      if (!key) return;
      if (depth > 0) depth--;
      else key = undefined;
    },
  });
  return out;
}

/** dc:title of docProps/core.xml. */
export function coreTitle(xml: string | undefined): string | undefined {
  if (!xml) return undefined;
  const title = elementTexts(xml, (name) => (name === "dc:title" ? name : undefined)).get(
    "dc:title",
  );
  return title?.trim() || undefined;
}

/** Custom document properties (docProps/custom.xml): name → text value. */
export function customProperties(xml: string | undefined): Map<string, string> {
  if (!xml) return new Map();
  return elementTexts(xml, (name, attrs) => (name === "property" ? attrs.name : undefined));
}
