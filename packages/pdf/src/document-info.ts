import { PdfError, worded } from "./errors.js";

/** The document properties written into the PDF's Info dictionary. */
export interface DocumentInfo {
  /** Default: the title Chromium took from the HTML `<title>`. */
  readonly title?: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: readonly string[];
  readonly creator?: string;
  /** CreationDate and ModDate; fix it to get the same bytes for the same input. */
  readonly creationDate: Date;
}

/**
 * The PDF with a new Info dictionary, appended as an incremental update (PDF 1.7 §7.5.6) so that
 * Chromium's bytes — fonts, structure tree, outline — stay exactly as printed. Only the dates
 * Chromium wrote differ between two prints of the same page, so a fixed `creationDate` gives
 * identical files.
 */
export function withDocumentInfo(pdf: Uint8Array, info: DocumentInfo): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const trailer = lastTrailer(text);
  const oldInfo = trailer.info ? objectBody(text, trailer.info) : undefined;
  const entries: string[] = [];
  const title = info.title !== undefined ? pdfText(info.title) : dictEntry(oldInfo, "Title");
  if (title) entries.push(`/Title ${title}`);
  if (info.author) entries.push(`/Author ${pdfText(info.author)}`);
  if (info.subject) entries.push(`/Subject ${pdfText(info.subject)}`);
  if (info.keywords?.length) entries.push(`/Keywords ${pdfText(info.keywords.join("; "))}`);
  if (info.creator) entries.push(`/Creator ${pdfText(info.creator)}`);
  const producer = dictEntry(oldInfo, "Producer");
  if (producer) entries.push(`/Producer ${producer}`);
  const date = pdfDate(info.creationDate);
  entries.push(`/CreationDate ${date}`, `/ModDate ${date}`);

  const ref = trailer.info ?? { num: trailer.size, gen: 0 };
  const size = Math.max(trailer.size, ref.num + 1);
  const objectOffset = pdf.byteLength + 1;
  const object = `\n${ref.num} ${ref.gen} obj\n<<${entries.join("\n")}>>\nendobj\n`;
  const xrefOffset = pdf.byteLength + object.length;
  const xref =
    `xref\n${ref.num} 1\n${String(objectOffset).padStart(10, "0")} ${String(ref.gen).padStart(5, "0")} n\r\n` +
    `trailer\n<</Size ${size}\n/Root ${trailer.root}\n/Info ${ref.num} ${ref.gen} R\n/Prev ${trailer.startxref}>>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  const tail = Buffer.from(object + xref, "latin1");
  const out = new Uint8Array(pdf.byteLength + tail.byteLength);
  out.set(pdf, 0);
  if (trailer.info) overwriteOldDates(out, text, trailer.info, date);
  out.set(tail, pdf.byteLength);
  return out;
}

/**
 * The superseded Info object still holds the time Chromium printed at; its date strings are
 * overwritten in place (same length, so no offset moves) to keep the file reproducible.
 */
function overwriteOldDates(out: Uint8Array, text: string, ref: Ref, date: string): void {
  const at = objectStart(text, ref);
  if (at < 0) return;
  const end = text.indexOf("endobj", at);
  const body = text.slice(at, end < 0 ? undefined : end);
  for (const m of body.matchAll(/\((D:[^)]*)\)/g)) {
    const old = m[1] ?? "";
    const fixed = date.slice(1, -1).padEnd(old.length, "0").slice(0, old.length);
    out.set(Buffer.from(fixed, "latin1"), at + (m.index ?? 0) + 1);
  }
}

interface Ref {
  readonly num: number;
  readonly gen: number;
}

interface Trailer {
  readonly size: number;
  /** The `/Root` reference as written, e.g. `584 0 R`. */
  readonly root: string;
  readonly info?: Ref;
  readonly startxref: number;
}

function lastTrailer(text: string): Trailer {
  const startxrefAt = text.lastIndexOf("startxref");
  const trailerAt = text.lastIndexOf("trailer", startxrefAt);
  const startxref = Number(/^startxref\s+(\d+)/.exec(text.slice(startxrefAt))?.[1]);
  const dict = trailerAt >= 0 ? text.slice(trailerAt, startxrefAt) : "";
  const size = Number(/\/Size\s+(\d+)/.exec(dict)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dict)?.[1];
  const info = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(dict);
  if (
    startxrefAt < 0 ||
    trailerAt < 0 ||
    !root ||
    !Number.isInteger(size) ||
    !Number.isInteger(startxref)
  ) {
    throw new PdfError("PDF_OUTPUT_UNEXPECTED", worded("noTrailer"));
  }
  return {
    size,
    root: root.replace(/\s+/g, " "),
    startxref,
    ...(info ? { info: { num: Number(info[1]), gen: Number(info[2]) } } : {}),
  };
}

/** Where the last definition of an object starts (after `n g obj`), or -1. */
function objectStart(text: string, ref: Ref): number {
  const header = new RegExp(`(?:^|[\\r\\n])${ref.num}\\s+${ref.gen}\\s+obj\\b`, "g");
  let start = -1;
  for (const match of text.matchAll(header)) start = (match.index ?? 0) + match[0].length;
  return start;
}

/** The dictionary of the last definition of an object, as raw text. */
function objectBody(text: string, ref: Ref): string | undefined {
  const start = objectStart(text, ref);
  if (start < 0) return undefined;
  const end = text.indexOf("endobj", start);
  return end < 0 ? undefined : text.slice(start, end);
}

/** The value of a string entry (`(…)` literal or `<…>` hex) in a dictionary, as raw text. */
function dictEntry(dict: string | undefined, key: string): string | undefined {
  if (!dict) return undefined;
  const at = new RegExp(`/${key}\\s*`).exec(dict);
  if (!at) return undefined;
  const start = at.index + at[0].length;
  if (dict[start] === "<") {
    const end = dict.indexOf(">", start);
    return end < 0 ? undefined : dict.slice(start, end + 1);
  }
  if (dict[start] !== "(") return undefined;
  let depth = 0;
  for (let i = start; i < dict.length; i++) {
    const c = dict[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return dict.slice(start, i + 1);
  }
  return undefined;
}

/** A PDF text string: UTF-16BE with a byte-order mark, written in hex. */
function pdfText(value: string): string {
  let hex = "FEFF";
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, "0");
  return `<${hex.toUpperCase()}>`;
}

function pdfDate(date: Date): string {
  if (Number.isNaN(date.getTime())) {
    throw new PdfError("PDF_RENDER_FAILED", worded("invalidDate"));
  }
  const iso = date.toISOString();
  const digits = iso.slice(0, 19).replace(/[-T:]/g, "");
  return `(D:${digits}+00'00')`;
}
