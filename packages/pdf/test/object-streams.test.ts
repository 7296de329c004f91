import { PDFDocument, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { withDocumentInfo } from "../src/document-info.js";
import { PdfError } from "../src/errors.js";
import { withObjectStreams } from "../src/object-streams.js";

/** A small classic PDF as Chromium writes one: one object after another, an xref table. */
function classicPdf(): Uint8Array {
  const content = "BT /F1 12 Tf 72 712 Td (endobj inside a stream) Tj ET";
  const objects = [
    "<</Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R>>",
    "<</Type /Pages /Kids [3 0 R] /Count 1>>",
    "<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R>>",
    `<</Length ${content.length}>>\nstream\n${content}\nendstream`,
    "<</Type /StructTreeRoot /K [6 0 R]>>",
    "<</Type /StructElem /S /P /Alt (a string that says endobj and \\) 9 0 obj) /P 5 0 R>>",
    "<</Producer (Skia/PDF) /CreationDate (D:20250101000000+00'00')>>",
  ];
  let text = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, "0")} 00000 n \n`;
  text += `trailer\n<</Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return new Uint8Array(Buffer.from(text, "latin1"));
}

describe("withObjectStreams", () => {
  it("packs the dictionaries into a compressed object stream, keeps streams and numbers", async () => {
    const source = withDocumentInfo(classicPdf(), {
      title: "标题",
      creationDate: new Date("2025-01-01T00:00:00Z"),
    });
    const packed = withObjectStreams(source);
    const text = Buffer.from(packed).toString("latin1");
    expect(text.startsWith("%PDF-1.5")).toBe(true);
    expect(text).toMatch(/\/Type \/ObjStm/);
    expect(text).toMatch(/\/Type \/XRef/);
    expect(text).not.toContain("/StructElem"); // compressed
    expect(text).toContain("(endobj inside a stream) Tj"); // the stream, byte for byte

    const document = await PDFDocument.load(packed, { updateMetadata: false });
    expect(document.getPageCount()).toBe(1);
    expect(document.getTitle()).toBe("标题"); // the Info of the incremental update, not Chromium's
    const structElem = document.context
      .enumerateIndirectObjects()
      .find(([ref]) => ref.objectNumber === 6)?.[1];
    const alt = (structElem as { get(name: PDFName): unknown } | undefined)?.get(PDFName.of("Alt"));
    expect(alt).toBeInstanceOf(PDFString);
    expect((alt as PDFString).decodeText()).toBe("a string that says endobj and ) 9 0 obj");
    const stream = document.context
      .enumerateIndirectObjects()
      .find(([ref]) => ref.objectNumber === 4)?.[1];
    expect(stream).toBeInstanceOf(PDFRawStream);
    expect(Buffer.from((stream as PDFRawStream).contents).toString("latin1")).toBe(
      "BT /F1 12 Tf 72 712 Td (endobj inside a stream) Tj ET",
    );
    expect(packed.length).toBeLessThan(source.length);
  });

  it("gives the same bytes for the same input", () => {
    const source = classicPdf();
    expect(
      Buffer.from(withObjectStreams(source)).equals(Buffer.from(withObjectStreams(source))),
    ).toBe(true);
  });

  it("rejects bytes it cannot read with a located, bilingual error", () => {
    const broken = Buffer.from(classicPdf())
      .toString("latin1")
      .replace(/startxref\n\d+/, "startxref\n17");
    const run = () => withObjectStreams(new Uint8Array(Buffer.from(broken, "latin1")));
    expect(run).toThrow(PdfError);
    expect(run).toThrow(/无法识别.*offset 17/s);
  });
});
