import { withDocumentInfo } from "@zfxxgk/pdf";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";

/** A small PDF with a classic cross-reference table, like the ones Chromium writes. */
async function samplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([595, 842]);
  doc.setTitle("原标题 (draft)");
  doc.setProducer("Skia/PDF m156");
  doc.setCreationDate(new Date("2030-05-06T07:08:09Z"));
  return doc.save({ useObjectStreams: false });
}

describe("withDocumentInfo", () => {
  it("writes the properties as an incremental update, keeping the original bytes but the old dates", async () => {
    const original = await samplePdf();
    const updated = withDocumentInfo(original, {
      author: "某市人民政府办公室",
      subject: "2024年政府信息公开工作年度报告",
      keywords: ["政府信息公开", "年度报告"],
      creator: "@zfxxgk/pdf",
      creationDate: new Date("2025-01-15T08:00:00Z"),
    });
    const mask = (bytes: Uint8Array) =>
      Buffer.from(bytes)
        .toString("latin1")
        .replace(/\(D:[^)]*\)/g, "(D:…)");
    const kept = updated.subarray(0, original.length);
    expect(mask(kept)).toBe(mask(original));
    expect(Buffer.from(kept).toString("latin1")).not.toContain("D:2030");
    const doc = await PDFDocument.load(updated, { updateMetadata: false });
    expect(doc.getTitle()).toBe("原标题 (draft)");
    expect(doc.getAuthor()).toBe("某市人民政府办公室");
    expect(doc.getSubject()).toBe("2024年政府信息公开工作年度报告");
    expect(doc.getKeywords()).toBe("政府信息公开; 年度报告");
    expect(doc.getCreator()).toBe("@zfxxgk/pdf");
    expect(doc.getProducer()).toBe("Skia/PDF m156");
    expect(doc.getCreationDate()?.toISOString()).toBe("2025-01-15T08:00:00.000Z");
    expect(doc.getModificationDate()?.toISOString()).toBe("2025-01-15T08:00:00.000Z");
    expect(doc.getPageCount()).toBe(1);
  });

  it("replaces the title when one is given, and gives the same bytes for the same input", async () => {
    const original = await samplePdf();
    const info = { title: "新标题", creationDate: new Date("2025-01-15T00:00:00Z") };
    const a = withDocumentInfo(original, info);
    const b = withDocumentInfo(original, info);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect((await PDFDocument.load(a)).getTitle()).toBe("新标题");
  });

  it("rejects bytes without a trailer with a located, bilingual error", () => {
    expect(() =>
      withDocumentInfo(new TextEncoder().encode("%PDF-1.7\nnot a pdf"), {
        creationDate: new Date(),
      }),
    ).toThrow(expect.objectContaining({ code: "PDF_OUTPUT_UNEXPECTED" }));
  });

  it("rejects an invalid creation date", async () => {
    const original = await samplePdf();
    expect(() => withDocumentInfo(original, { creationDate: new Date(Number.NaN) })).toThrow(
      "creationDate",
    );
  });
});
