import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { isPageFurniture, isValueField } from "../shapes/fields.js";
import { type Line, type Token, tableRow, type Where } from "../types.js";

/** One piece of text as pdf.js reports it, with its position in points from the bottom left. */
interface Piece {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface StructNode {
  readonly role?: string;
  readonly type?: string;
  readonly id?: string;
  readonly children?: readonly StructNode[];
}

export interface PdfScan {
  readonly lines: Line[];
  readonly pages: number;
  /** Characters of text found on all pages (0: no text layer). */
  readonly characters: number;
  /** How the lines were rebuilt: from the document's tags or from the positions of the text. */
  readonly method: "tags" | "positions";
}

/** Documents larger than this are not opened (a report is a few MB at most). */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
const MAX_PAGES = 500;

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | undefined;
const require = createRequire(import.meta.url);
const cMapUrl = () => `${join(dirname(require.resolve("pdfjs-dist/package.json")), "cmaps")}/`;
const fontUrl = () =>
  `${join(dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/**
 * Reads a PDF's text layer into lines with pdf.js (no network, no worker thread, fonts and CMaps
 * from the installed package). A tagged PDF (Word, Chromium) gives its tables' rows and cells
 * from its structure tree; otherwise rows are rebuilt from the positions of the text.
 */
export async function pdfLines(data: Uint8Array, useTags = true): Promise<PdfScan> {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  const lib = await pdfjs;
  if (!lib.GlobalWorkerOptions.workerSrc) {
    lib.GlobalWorkerOptions.workerSrc = pathToFileURL(
      require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs"),
    ).href;
  }
  const task = lib.getDocument({
    data: new Uint8Array(data),
    cMapUrl: cMapUrl(),
    cMapPacked: true,
    standardFontDataUrl: fontUrl(),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const lines: Line[] = [];
    let characters = 0;
    let tagged = 0;
    const pages = Math.min(doc.numPages, MAX_PAGES);
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const byId = new Map<string, Piece[]>();
      const all: Piece[] = [];
      const open: string[] = [];
      for (const item of content.items as unknown[]) {
        const it = item as {
          type?: string;
          id?: string;
          str?: string;
          transform?: number[];
          width?: number;
          height?: number;
        };
        if (it.type === "beginMarkedContentProps" || it.type === "beginMarkedContent") {
          open.push(it.id ?? "");
          continue;
        }
        if (it.type === "endMarkedContent") {
          open.pop();
          continue;
        }
        if (typeof it.str !== "string" || !it.transform) continue;
        const piece: Piece = {
          text: it.str,
          x: it.transform[4] ?? 0,
          y: it.transform[5] ?? 0,
          width: it.width ?? 0,
          height: it.height ?? Math.abs(it.transform[3] ?? 0),
        };
        characters += it.str.trim().length;
        all.push(piece);
        const id = open.findLast((o) => o !== "");
        if (id) {
          const list = byId.get(id);
          if (list) list.push(piece);
          else byId.set(id, [piece]);
        }
      }
      const tree = (await (useTags ? page.getStructTree() : Promise.resolve(null)).catch(
        () => null,
      )) as StructNode | null;
      const fromTags = useTags && tree && byId.size ? tagLines(tree, byId, n) : [];
      if (fromTags.length) {
        tagged++;
        lines.push(...fromTags);
      } else {
        lines.push(...positionLines(all, n));
      }
      page.cleanup();
    }
    return { lines, pages: doc.numPages, characters, method: tagged ? "tags" : "positions" };
  } finally {
    await doc.destroy();
  }
}

const HEADING = /^H[1-6]?$/;
const ROW = "TR";
const CELLS = new Set(["TH", "TD"]);
const BLOCKS = new Set(["P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "Caption", "Lbl"]);

const where = (page: number, p: Piece | undefined): Where => ({
  source: "pdf",
  page,
  x: p?.x ?? 0,
  y: p?.y ?? 0,
});

/** Lines from a page's structure tree: a table row per `TR`, a line per paragraph or heading. */
function tagLines(tree: StructNode, byId: ReadonlyMap<string, Piece[]>, page: number): Line[] {
  const lines: Line[] = [];
  const pieces = (node: StructNode, out: Piece[]) => {
    if (node.type === "content" && node.id) out.push(...(byId.get(node.id) ?? []));
    for (const c of node.children ?? []) pieces(c, out);
    return out;
  };
  const text = (list: readonly Piece[]) => joinText(list);
  const visit = (node: StructNode, heading: boolean) => {
    const role = node.role ?? "";
    if (role === ROW) {
      const tokens: Token[] = [];
      for (const cell of node.children ?? []) {
        if (!CELLS.has(cell.role ?? "")) continue;
        const list = pieces(cell, []);
        tokens.push({ text: text(list), where: where(page, list[0]) });
      }
      if (tokens.length) lines.push(tableRow(tokens));
      return;
    }
    if (BLOCKS.has(role) || (node.type === "content" && node.id)) {
      const list = pieces(node, []);
      const t = text(list);
      if (t && !isPageFurniture(t)) {
        const w = where(page, list[0]);
        lines.push({
          tokens: [{ text: t, where: w }],
          text: t,
          row: false,
          ...(heading || HEADING.test(role) ? { heading: true } : {}),
          where: w,
        });
      }
      return;
    }
    for (const c of node.children ?? []) visit(c, heading || HEADING.test(role));
  };
  visit(tree, false);
  return lines;
}

/** The text of pieces in reading order: pieces on one baseline joined, lines joined. */
function joinText(list: readonly Piece[]): string {
  let out = "";
  let last: Piece | undefined;
  for (const p of list) {
    if (last && Math.abs(p.y - last.y) > Math.max(2, last.height / 2)) {
      // a new visual line inside one cell or paragraph: Chinese text runs on without a space
      if (/[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(p.text)) out += " ";
    }
    out += p.text;
    if (p.text.trim() || p.width > 0) last = p;
  }
  return out.replace(/\s+/g, " ").trim();
}

/**
 * Lines from positions alone: pieces on one baseline form a line, top to bottom; a gap wider than
 * a character between pieces separates two fields (cells).
 */
function positionLines(all: readonly Piece[], page: number): Line[] {
  const pieces = all.filter((p) => p.text.trim());
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Piece[][] = [];
  for (const p of pieces) {
    const row = rows.at(-1);
    const ref = row?.[0];
    if (row && ref && Math.abs(ref.y - p.y) <= Math.max(2, Math.min(ref.height, p.height) / 2)) {
      row.push(p);
    } else rows.push([p]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const fields: Piece[][] = [];
    for (const p of row) {
      const field = fields.at(-1);
      const prev = field?.at(-1);
      const gap = prev ? p.x - (prev.x + prev.width) : Number.POSITIVE_INFINITY;
      const size = Math.max(prev?.height ?? 0, p.height);
      // a number drawn apart from a label is its own cell even when the two nearly touch
      // and text set in another size is another cell
      const apart =
        !!prev &&
        gap > size * 0.15 &&
        (isValueField(prev.text.trim()) !== isValueField(p.text.trim()) ||
          Math.abs(prev.height - p.height) > size * 0.2);
      if (field && prev && gap < size * 0.9 && !apart) field.push(p);
      else fields.push([p]);
    }
    const tokens: Token[] = fields.flatMap((f) => {
      const text = f
        .map((p) => p.text)
        .join("")
        .replace(/\s+/g, " ")
        .trim();
      return text ? [{ text, where: where(page, f[0]) }] : [];
    });
    const text = tokens.map((t) => t.text).join(" ");
    if (!tokens.length || isPageFurniture(text)) continue;
    lines.push({
      tokens: tokens.length > 1 ? tokens : [{ text, where: (tokens[0] as Token).where }],
      text,
      row: tokens.length > 1 && tokens.some((t) => isValueField(t.text)),
      where: (tokens[0] as Token).where,
    });
  }
  return lines;
}
