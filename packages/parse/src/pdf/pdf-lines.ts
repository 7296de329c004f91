import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { isPageFurniture, isValueField } from "../shapes/fields.js";
import { textLines } from "../text-lines.js";
import { type Line, type Token, tableRow, type Where } from "../types.js";
import { fieldCells } from "./field-cells.js";

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
        for (const line of fromTags)
          if (line.row) lines.push(line);
          else pushPrinted(lines, line, Number.POSITIVE_INFINITY);
      } else {
        const page = positionLines(all, n);
        const right = Math.max(...page.map((l) => extent.get(l)?.right ?? 0));
        for (const line of page) pushPrinted(lines, line, right);
      }
      page.cleanup();
    }
    return { lines, pages: doc.numPages, characters, method: tagged ? "tags" : "positions" };
  } finally {
    await doc.destroy();
  }
}

const PIPE = /[|｜]/;
const PAGE_NUMBER = /^[-—–\s]*\d{1,4}[-—–\s]*$|^第\s*\d{1,4}\s*页/u;

/**
 * Drops a bare page number (`3`, `- 3 -`, `第 3 页`) printed in the top or bottom margin, set apart
 * from the text by more than a line: in a table printed one cell per line it would read as a value.
 */
function dropPageNumbers(rows: Piece[][]): void {
  const text = (row: readonly Piece[]) =>
    row
      .map((p) => p.text)
      .join("")
      .trim();
  const apart = (a: readonly Piece[], b: readonly Piece[]) =>
    Math.abs((a[0] as Piece).y - (b[0] as Piece).y) >
    2.5 * Math.max((a[0] as Piece).height, (b[0] as Piece).height);
  const last = rows.at(-1);
  const above = rows.at(-2);
  if (last && above && PAGE_NUMBER.test(text(last)) && apart(last, above)) rows.pop();
  const first = rows[0];
  const below = rows[1];
  if (first && below && PAGE_NUMBER.test(text(first)) && apart(first, below)) rows.shift();
}
const DATE_WORD = /^[年月日号]/;

/**
 * The pieces of a row that are the digits of a date or year in prose and the word after them
 * (`2024` `年…`): Word sets digits in a Latin face with a space either side, which would otherwise
 * cut `西山区…2024年政府信息公开工作年度报告` into a label, a value and a label.
 */
function datePieces(row: readonly Piece[]): Set<Piece> {
  const dates = new Set<Piece>();
  for (let i = 0; i + 1 < row.length; i++) {
    const p = row[i] as Piece;
    const next = row[i + 1] as Piece;
    const gap = next.x - (p.x + p.width);
    if (
      /^\d+$/.test(p.text.trim()) &&
      DATE_WORD.test(next.text.trim()) &&
      gap < Math.max(p.height, next.height) * 0.9
    ) {
      dates.add(p);
      dates.add(next);
    }
  }
  return dates;
}

/** The printed text of a line split at its `|`, for joining a row that wrapped onto the next line. */
const printedText = new WeakMap<Line, string>();
/** Where a line rebuilt from positions ends on the right, and the height of its last piece. */
const extent = new WeakMap<Line, { right: number; height: number }>();

/**
 * Adds a line to the page's lines. Flattened text set as a PDF prints `|` between (or after) its
 * cells, as in `规章 | 0 | 0 | 0 |`: such a line is split into its fields as the text reader does,
 * every field placed where the line is. Such a row wrapped when the next line starts with `|` and
 * the row reaches the right edge of the page's text (`right`), or when the row does not end with
 * `|` and either holds: then the next line is joined to it.
 */
function pushPrinted(lines: Line[], line: Line, right: number): void {
  const last = lines.at(-1);
  const before = last && printedText.get(last);
  const reached =
    last && (extent.get(last)?.right ?? 0) >= right - 2 * (extent.get(last)?.height ?? 0);
  const opens = /^[|｜]/.test(line.text);
  const wrapped =
    before !== undefined && (/[|｜]$/.test(before) ? opens && !!reached : opens || !!reached);
  if (!wrapped && !PIPE.test(line.text)) {
    lines.push(line);
    return;
  }
  const raw = wrapped ? `${before} ${line.text}` : line.text;
  const [printed] = textLines(raw);
  if (wrapped) lines.pop();
  if (!printed) return; // a markdown rule
  const at = wrapped && last ? last.where : line.where;
  const tokens = printed.tokens.map((t) => ({ text: t.text, where: at }));
  const split = { ...printed, tokens, where: at };
  printedText.set(split, raw);
  const reach = extent.get(line);
  if (reach) extent.set(split, reach);
  lines.push(split);
}

const HEADING = /^H[1-6]?$/;
const ROW = "TR";
const CELLS = new Set(["TH", "TD"]);
const BLOCKS = new Set(["P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "Caption", "Lbl"]);

const where = (page: number, p: Piece | undefined, x = p?.x ?? 0): Where => ({
  source: "pdf",
  page,
  x,
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
  dropPageNumbers(rows);
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const dates = datePieces(row);
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
        !dates.has(p) &&
        gap > size * 0.15 &&
        (isValueField(prev.text.trim()) !== isValueField(p.text.trim()) ||
          Math.abs(prev.height - p.height) > size * 0.2);
      if (field && prev && gap < size * 0.9 && !apart) field.push(p);
      else fields.push([p]);
    }
    const tokens: Token[] = fields.flatMap((f) =>
      fieldCells(f).map((cell) => ({ text: cell.text, where: where(page, f[0], cell.x) })),
    );
    const text = tokens.map((t) => t.text).join(" ");
    if (!tokens.length || isPageFurniture(text)) continue;
    const line: Line = {
      tokens: tokens.length > 1 ? tokens : [{ text, where: (tokens[0] as Token).where }],
      text,
      row: tokens.length > 1 && tokens.some((t) => isValueField(t.text)),
      where: (tokens[0] as Token).where,
    };
    const last = row.at(-1) as Piece;
    extent.set(line, { right: last.x + last.width, height: last.height });
    lines.push(line);
  }
  return lines;
}
