import type { DocumentBlock } from "@zfxxgk/parse";
import { XMLParser } from "fast-xml-parser";

/** An element as fast-xml-parser gives it with `preserveOrder`: one tag key, children, `:@` attributes. */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

/** Parses OOXML; a document type declaration (never in OOXML, the way to entity bombs) is refused. */
export function parseXml(xml: string): XmlNode[] {
  if (/<!DOCTYPE/i.test(xml)) throw new Error("DOCTYPE is not allowed in a Word part");
  return parser.parse(xml, true) as XmlNode[];
}

const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ":@") ?? "";
const childrenOf = (node: XmlNode) => {
  const c = node[tagOf(node)];
  return Array.isArray(c) ? (c as XmlNode[]) : [];
};
const attr = (node: XmlNode | undefined, name: string) =>
  (node?.[":@"] as Record<string, string> | undefined)?.[name];
const child = (node: XmlNode | undefined, tag: string) =>
  node ? childrenOf(node).find((c) => tagOf(c) === tag) : undefined;
const find = (nodes: readonly XmlNode[], tag: string) => nodes.find((c) => tagOf(c) === tag);

/** Containers whose content reads as if it stood in their place. */
const TRANSPARENT = new Set([
  "w:sdt",
  "w:sdtContent",
  "w:customXml",
  "w:smartTag",
  "w:hyperlink",
  "w:ins",
  "w:fldSimple",
  "w:r",
  "w:dir",
  "w:bdo",
]);
/** Content that is not read: deleted text, field codes, properties, drawings. */
const SKIPPED = new Set([
  "w:del",
  "w:delText",
  "w:instrText",
  "w:pPr",
  "w:rPr",
  "w:sdtPr",
  "w:sdtEndPr",
  "w:drawing",
  "w:pict",
  "w:object",
  "mc:AlternateContent",
  "w:footnoteReference",
  "w:endnoteReference",
]);

/** Text of a paragraph; soft line breaks and tabs kept as `\n` and `\t`. */
function paragraphText(nodes: readonly XmlNode[]): string {
  let out = "";
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "w:t")
      out += childrenOf(node)
        .map((c) => String(c["#text"] ?? ""))
        .join("");
    else if (tag === "w:tab" || tag === "w:ptab") out += "\t";
    else if (tag === "w:br" || tag === "w:cr") out += "\n";
    else if (tag === "w:noBreakHyphen") out += "-";
    else if (tag === "w:sym") {
      const code = Number.parseInt(attr(node, "w:char") ?? "", 16);
      if (Number.isFinite(code) && code >= 0x20 && code < 0xf000) out += String.fromCodePoint(code);
    } else if (!SKIPPED.has(tag) && (TRANSPARENT.has(tag) || tag.startsWith("w:")))
      out += paragraphText(childrenOf(node));
  }
  return out;
}

export interface ReadOptions {
  /** Style ids that are headings (from styles.xml). */
  readonly headingStyles: ReadonlySet<string>;
}

/**
 * The body of word/document.xml as the parser's document blocks: paragraphs in reading order (a
 * soft line break starts a new one, as `<br>` does in HTML) and table rows whose cells carry their
 * grid column; cells merged into the one above (`w:vMerge` without `restart`) are left out. A row
 * with a table inside one of its cells is a layout row: its cells are read as body content.
 */
export function documentBlocks(xml: XmlNode[], { headingStyles }: ReadOptions): DocumentBlock[] {
  const body = child(find(xml, "w:document"), "w:body");
  if (!body) throw new Error("word/document.xml has no w:body");
  const blocks: DocumentBlock[] = [];
  let paragraphs = 0;
  let tables = 0;

  const paragraph = (node: XmlNode) => {
    const index = paragraphs++;
    const props = child(node, "w:pPr");
    const style = attr(child(props, "w:pStyle"), "w:val");
    const level = attr(child(props, "w:outlineLvl"), "w:val");
    const heading =
      (style !== undefined && headingStyles.has(style)) ||
      (level !== undefined && Number(level) < 9);
    for (const text of paragraphText(childrenOf(node)).split("\n")) {
      blocks.push({ type: "paragraph", text, paragraph: index, ...(heading ? { heading } : {}) });
    }
  };

  const table = (node: XmlNode) => {
    const index = tables++;
    let row = 0;
    const rows = (nodes: readonly XmlNode[]) => {
      for (const tr of nodes) {
        const tag = tagOf(tr);
        if (tag === "w:tr") readRow(tr);
        else if (TRANSPARENT.has(tag)) rows(childrenOf(tr));
      }
    };
    const readRow = (tr: XmlNode) => {
      const cellNodes: XmlNode[] = [];
      const collect = (nodes: readonly XmlNode[]) => {
        for (const c of nodes) {
          if (tagOf(c) === "w:tc") cellNodes.push(c);
          else if (TRANSPARENT.has(tagOf(c))) collect(childrenOf(c));
        }
      };
      collect(childrenOf(tr));
      if (cellNodes.some((tc) => childrenOf(tc).some((c) => tagOf(c) === "w:tbl"))) {
        for (const tc of cellNodes) walk(childrenOf(tc));
        return;
      }
      const before = Number(attr(child(child(tr, "w:trPr"), "w:gridBefore"), "w:val") ?? 0);
      let column = Number.isFinite(before) ? before : 0;
      const cells: { text: string; column: number }[] = [];
      for (const tc of cellNodes) {
        const props = child(tc, "w:tcPr");
        const span = Number(attr(child(props, "w:gridSpan"), "w:val") ?? 1);
        const merge = child(props, "w:vMerge");
        const continued = merge !== undefined && attr(merge, "w:val") !== "restart";
        if (!continued) {
          const text = childrenOf(tc)
            .filter((p) => tagOf(p) === "w:p")
            .map((p) => paragraphText(childrenOf(p)))
            .join("\n");
          cells.push({ text, column });
        }
        column += Number.isFinite(span) && span > 0 ? span : 1;
      }
      blocks.push({ type: "row", table: index, row: row++, cells });
    };
    rows(childrenOf(node));
  };

  const walk = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === "w:p") paragraph(node);
      else if (tag === "w:tbl") table(node);
      else if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:customXml")
        walk(childrenOf(node));
    }
  };
  walk(childrenOf(body));
  return blocks;
}

/** Ids of the paragraph styles that are headings: named `heading n` or `Title`, or with an outline level. */
export function headingStyles(xml: XmlNode[] | undefined): Set<string> {
  const ids = new Set<string>();
  const styles = xml && find(xml, "w:styles");
  if (!styles) return ids;
  for (const style of childrenOf(styles)) {
    if (tagOf(style) !== "w:style" || attr(style, "w:type") !== "paragraph") continue;
    const id = attr(style, "w:styleId");
    const name = attr(child(style, "w:name"), "w:val") ?? "";
    const level = attr(child(child(style, "w:pPr"), "w:outlineLvl"), "w:val");
    if (
      id &&
      (/^(heading \d|title|标题)/i.test(name) || (level !== undefined && Number(level) < 9))
    )
      ids.add(id);
  }
  return ids;
}

/** dc:title of docProps/core.xml. */
export function coreTitle(xml: XmlNode[] | undefined): string | undefined {
  const props = xml && find(xml, "cp:coreProperties");
  const title = child(props, "dc:title");
  const text = title
    ? childrenOf(title)
        .map((c) => String(c["#text"] ?? ""))
        .join("")
        .trim()
    : "";
  return text || undefined;
}

/** Custom document properties (docProps/custom.xml): name → text value. */
export function customProperties(xml: XmlNode[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const props = xml && find(xml, "Properties");
  for (const property of props ? childrenOf(props) : []) {
    const name = attr(property, "name");
    const value = childrenOf(property).find((c) => tagOf(c) !== "#text");
    if (!name || !value) continue;
    out.set(
      name,
      childrenOf(value)
        .map((c) => String(c["#text"] ?? ""))
        .join(""),
    );
  }
  return out;
}
