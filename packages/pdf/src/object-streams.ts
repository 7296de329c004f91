import { deflateSync } from "node:zlib";
import { PdfError, worded } from "./errors.js";

/**
 * The same PDF rewritten with its dictionaries and arrays packed into compressed object streams
 * and a cross-reference stream (PDF 1.5, ISO 32000-1 §7.5.7–8). Chromium writes every object on
 * its own, uncompressed: a tagged report's structure tree (hundreds of `StructElem` dictionaries,
 * with each table cell's headers) is then about a third of the file. Streams (fonts, page
 * contents) are copied byte for byte; object numbers stay; superseded definitions (an incremental
 * update's) are dropped. Deterministic: the same input gives the same bytes.
 *
 * Written here with node:zlib rather than by a PDF library: pdf-lib (no release since 2021) and its
 * forks parse and re-serialise every object in JavaScript and deflate with pako, 25–45 ms per
 * document on an idle machine; this copies the objects' text as it is and takes a few ms.
 */
export function withObjectStreams(pdf: Uint8Array): Uint8Array {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = bytes.toString("latin1");
  const { objects, trailer, sections } = readCrossReference(text);
  const bounds = [...[...objects.values()].map((o) => o.offset), ...sections].sort((a, b) => a - b);
  const nextBound = (offset: number) => {
    let low = 0;
    let high = bounds.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((bounds[middle] as number) > offset) high = middle;
      else low = middle + 1;
    }
    return bounds[low] ?? text.length;
  };

  const packed: Array<{ num: number; body: string }> = [];
  const kept: Array<{ num: number; gen: number; raw: Buffer }> = [];
  for (const [num, { offset, gen }] of [...objects].sort((a, b) => a[0] - b[0])) {
    const header = OBJECT_HEADER.exec(text.slice(offset, offset + 32));
    if (!header || Number(header[1]) !== num || Number(header[2]) !== gen) {
      throw unexpected(`object ${num} is not at offset ${offset}`);
    }
    const end = text.lastIndexOf("endobj", nextBound(offset));
    if (end < offset) throw unexpected(`object ${num} has no endobj`);
    const body = text.slice(offset + header[0].length, end).trim();
    if (gen === 0 && !body.endsWith("endstream")) packed.push({ num, body });
    else kept.push({ num, gen, raw: bytes.subarray(offset, end + "endobj".length) });
  }

  // Object streams are PDF 1.5: an older version in the header is raised (same length).
  const firstLineEnd = text.indexOf("\n") + 1;
  const version = /^%PDF-1\.(\d)/.exec(text);
  const header =
    version && Number(version[1]) < 5
      ? `%PDF-1.5${text.slice(8, firstLineEnd)}`
      : text.slice(0, firstLineEnd);
  // The binary-marker comment after the header stays.
  const marker = /^%[^\r\n]*[\r\n]+/.exec(text.slice(firstLineEnd))?.[0] ?? "";
  const out: Buffer[] = [Buffer.from(header + marker, "latin1")];
  let position = out.reduce((sum, b) => sum + b.length, 0);
  const xref = new Map<number, [type: number, field2: number, field3: number]>();
  const write = (chunk: Buffer) => {
    out.push(chunk);
    position += chunk.length;
  };

  for (const { num, gen, raw } of kept) {
    xref.set(num, [1, position, gen]);
    write(raw);
    write(Buffer.from("\n", "latin1"));
  }
  let nextNumber = Math.max(trailer.size, ...[...objects.keys()].map((n) => n + 1));
  for (let i = 0; i < packed.length; i += OBJECTS_PER_STREAM) {
    const group = packed.slice(i, i + OBJECTS_PER_STREAM);
    const streamNumber = nextNumber++;
    let offsets = "";
    let content = "";
    group.forEach(({ num, body }, index) => {
      offsets += `${num} ${content.length} `;
      content += `${body}\n`;
      xref.set(num, [2, streamNumber, index]);
    });
    const data = deflateSync(Buffer.from(offsets + content, "latin1"));
    xref.set(streamNumber, [1, position, 0]);
    write(
      Buffer.from(
        `${streamNumber} 0 obj\n<</Type /ObjStm /N ${group.length} /First ${offsets.length} /Filter /FlateDecode /Length ${data.length}>>\nstream\n`,
        "latin1",
      ),
    );
    write(data);
    write(Buffer.from("\nendstream\nendobj\n", "latin1"));
  }

  const xrefNumber = nextNumber++;
  const size = nextNumber;
  xref.set(xrefNumber, [1, position, 0]);
  const table = Buffer.alloc(size * 7);
  table.writeUInt8(0, 0);
  table.writeUInt32BE(0, 1);
  table.writeUInt16BE(0xffff, 5);
  for (const [num, [type, a, b]] of xref) {
    table.writeUInt8(type, num * 7);
    table.writeUInt32BE(a, num * 7 + 1);
    table.writeUInt16BE(b, num * 7 + 5);
  }
  for (let num = 1; num < size; num++) {
    if (!xref.has(num)) table.writeUInt16BE(0xffff, num * 7 + 5); // free
  }
  const data = deflateSync(table);
  const extra = trailer.extra ? ` ${trailer.extra}` : "";
  const xrefStart = position;
  write(
    Buffer.from(
      `${xrefNumber} 0 obj\n<</Type /XRef /Size ${size} /W [1 4 2] /Root ${trailer.root}${extra} /Filter /FlateDecode /Length ${data.length}>>\nstream\n`,
      "latin1",
    ),
  );
  write(data);
  write(Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefStart}\n%%EOF\n`, "latin1"));
  return new Uint8Array(Buffer.concat(out));
}

/** Dictionaries per object stream: enough for the structure tree to compress as one text. */
const OBJECTS_PER_STREAM = 1000;

const OBJECT_HEADER = /^(\d+)\s+(\d+)\s+obj\b\s*/;

interface CrossReference {
  /** The newest definition of each object in use. */
  readonly objects: Map<number, { offset: number; gen: number }>;
  readonly trailer: { size: number; root: string; extra: string };
  /** Where each `xref` section starts (an object's text ends there at the latest). */
  readonly sections: number[];
}

/** The classic cross-reference tables Chromium writes, newest section first, following `/Prev`. */
function readCrossReference(text: string): CrossReference {
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!startxref) throw unexpected("no startxref at the end");
  const objects = new Map<number, { offset: number; gen: number }>();
  const sections: number[] = [];
  let newest: string | undefined;
  for (let at: number | undefined = Number(startxref[1]); at !== undefined; ) {
    if (sections.includes(at) || !text.startsWith("xref", at)) {
      throw unexpected(`no cross-reference table at offset ${at}`);
    }
    sections.push(at);
    const trailerAt = text.indexOf("trailer", at);
    if (trailerAt < 0) throw unexpected("no trailer");
    const lines = text
      .slice(at + 4, trailerAt)
      .trim()
      .split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; ) {
      const [first, count] = (lines[i++] ?? "").trim().split(/\s+/).map(Number);
      if (!Number.isInteger(first) || !Number.isInteger(count)) throw unexpected("bad xref");
      for (let k = 0; k < (count as number); k++) {
        const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(lines[i++] ?? "");
        if (!entry) throw unexpected("bad xref entry");
        const num = (first as number) + k;
        if (objects.has(num) || entry[3] !== "n") {
          if (!objects.has(num)) objects.set(num, { offset: -1, gen: -1 });
          continue;
        }
        objects.set(num, { offset: Number(entry[1]), gen: Number(entry[2]) });
      }
    }
    const end = text.indexOf("startxref", trailerAt);
    const dict = text.slice(trailerAt + "trailer".length, end < 0 ? undefined : end);
    newest ??= dict;
    const prev = /\/Prev\s+(\d+)/.exec(dict);
    at = prev ? Number(prev[1]) : undefined;
  }
  for (const [num, entry] of objects) if (entry.offset < 0) objects.delete(num);
  const dict = newest ?? "";
  const size = Number(/\/Size\s+(\d+)/.exec(dict)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dict)?.[1];
  if (!root || !Number.isInteger(size)) throw unexpected("trailer without /Root or /Size");
  const info = /\/Info\s+\d+\s+\d+\s+R/.exec(dict)?.[0];
  const id = /\/ID\s*\[[^\]]*\]/.exec(dict)?.[0];
  return {
    objects,
    trailer: { size, root, extra: [info, id].filter(Boolean).join(" ") },
    sections,
  };
}

function unexpected(detail: string): PdfError {
  return new PdfError("PDF_OUTPUT_UNEXPECTED", worded("outputUnexpected", { detail }));
}
