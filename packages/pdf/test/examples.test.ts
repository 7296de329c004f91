import { createPdfRenderer, type PdfRenderer } from "@zfxxgk/pdf";
import { EDITIONS, parseReport, type Report, tableLayout, toCells } from "@zfxxgk/schema";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable } from "../../../test/support/browser.js";
import { loadExamples } from "../../../test/support/examples.js";
import { numbersReport2019 } from "../../render/test/support/reports.js";
import { pdfFonts, pdfInfo, pdfText, pdfWords, squeeze } from "./support/poppler.js";

const CREATED = new Date("2025-01-15T08:00:00Z");

const examples = [
  ...loadExamples().map((e) => {
    const parsed = parseReport(e.json);
    if (!parsed.ok || !parsed.report) throw new Error(`example ${e.name} does not parse`);
    return { name: e.name, report: parsed.report };
  }),
  // the 2019 format is printed whether or not an example of it exists yet
  { name: "numbers, 2019 format", report: numbersReport2019() },
];

/** Every official label of the report's tables, as printed (zh-Hans), from its edition's layout. */
const tableLabels = (report: Report) =>
  // A 2008–2018 statistics table is printed with the labels as the report printed them.
  "statistics" in report && report.statistics
    ? report.statistics.rows.map((r) => r.label)
    : EDITIONS[report.edition].grid.tables.flatMap((table) => {
        const layout = tableLayout(table);
        return [...layout.head, ...layout.body].flatMap((row) =>
          row.flatMap((cell) => (cell.type === "data" ? [] : [cell.label["zh-Hans"]])),
        );
      });
const sectionsOf = (report: Report) => EDITIONS[report.edition].grid.sections;

/** How often each figure of the tables occurs (numbers only; marks and blanks print no digits). */
function figureCounts(report: Report): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of Object.values(toCells(report))) {
    // the digits of a figure: a signed change prints its sign, an amount may carry its unit
    const digits =
      typeof value === "number" || typeof value === "string"
        ? /\d+(?:\.\d+)?/.exec(String(value))?.[0]
        : undefined;
    if (digits) counts.set(digits, (counts.get(digits) ?? 0) + 1);
  }
  return counts;
}

function numberTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [token] of text.matchAll(/\d+(?:\.\d+)?/g))
    counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** The outline (bookmark) titles, depth first. */
function outlineTitles(doc: PDFDocument): string[] {
  const titles: string[] = [];
  const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const visit = (item: PDFDict | undefined) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of("Next"), PDFDict)) {
      const title = node.lookup(PDFName.of("Title"));
      if (title instanceof PDFString || title instanceof PDFHexString)
        titles.push(title.decodeText());
      visit(node.lookupMaybe(PDFName.of("First"), PDFDict));
    }
  };
  visit(outlines?.lookupMaybe(PDFName.of("First"), PDFDict));
  return titles;
}

describe.runIf(browserAvailable())("every example as an official PDF", () => {
  let renderer: PdfRenderer;
  const pdfs = new Map<string, Uint8Array>();

  beforeAll(async () => {
    renderer = await createPdfRenderer({ concurrency: 2, creationDate: CREATED });
    const rendered = await Promise.all(examples.map((e) => renderer.render(e.report)));
    for (const [i, e] of examples.entries()) pdfs.set(e.name, rendered[i] as Uint8Array);
  });
  afterAll(async () => {
    await renderer?.close();
  });

  it("there are examples to render", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  describe.each(examples)("$name", ({ name, report }) => {
    const pdf = () => pdfs.get(name) as Uint8Array;

    it("embeds every font as a TrueType subset, no Type 3", () => {
      const fonts = pdfFonts(pdf());
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => f.type.includes("Type 3"))).toEqual([]);
      for (const font of fonts) {
        expect(font, font.name).toMatchObject({
          type: "CID TrueType",
          embedded: true,
          subset: true,
        });
      }
      // the kai face draws the narrative's sub-headings, so only a report that has some embeds it
      const sections = "sections" in report ? Object.values(report.sections).flat() : [];
      const blocks = [...(report.preamble ?? []), ...sections];
      // a 2008–2018 report keeps its sub-headings in its numbered body
      const body = "body" in report ? JSON.stringify(report.body) : "";
      const headed = blocks.some((b) => b.type === "heading") || body.includes('"type":"heading"');
      // Only the faces of @zfxxgk/fonts, page numbers included (no system serif), each embedded
      // once, under the name of the weight the report CSS asks for (400 Regular, the title 700 Bold).
      const kai = headed ? ["LXGWWenKai-Regular"] : [];
      const faces = fonts.map((f) => /^[A-Z]{6}\+(.*)$/.exec(f.name)?.[1] ?? f.name).sort();
      expect(faces).toEqual([
        ...kai,
        "NotoSansSC-Regular",
        "NotoSerifSC-Bold",
        "NotoSerifSC-Regular",
      ]);
    });

    it("packs its dictionaries into compressed object streams", () => {
      const text = Buffer.from(pdf()).toString("latin1");
      expect(text).toMatch(/\/Type \/ObjStm/);
      expect(text).toMatch(/\/Type \/XRef/);
      expect(text).not.toMatch(/\/Type\s*\/StructElem/); // all inside the compressed streams
    });

    it("has the text of every table label and every figure", () => {
      // -raw: content-stream order, so a label that wraps inside a narrow cell stays in one piece
      const text = pdfText(pdf(), "-raw");
      const flat = squeeze(text);
      const missing = tableLabels(report).filter((label) => !flat.includes(squeeze(label)));
      expect(missing).toEqual([]);
      const found = numberTokens(text);
      const short = [...figureCounts(report)].filter(([v, n]) => (found.get(v) ?? 0) < n);
      expect(short).toEqual([]);
      for (const section of sectionsOf(report))
        expect(flat).toContain(squeeze(section.heading["zh-Hans"]));
    });

    it("carries title, author, subject, keywords, tags, language and the creation date", async () => {
      const info = pdfInfo(pdf());
      const title = report.meta.title ?? `${report.meta.agency}${report.meta.year}年`;
      expect(info.Title).toContain(title);
      expect(info.Author).toBe(report.meta.agency);
      expect(info.Subject).toContain(String(report.meta.year));
      expect(info.Keywords).toContain(report.meta.agency);
      expect(info.Tagged).toBe("yes");
      expect(info["Page size"]).toContain("(A4)");
      expect(info.CreationDate).toMatch(/Jan 15 08:00:00 2025/);
      const doc = await PDFDocument.load(pdf(), { updateMetadata: false });
      expect(doc.catalog.lookup(PDFName.of("Lang"))?.toString()).toBe("(zh-CN)");
      const outline = outlineTitles(doc).map(squeeze);
      for (const section of sectionsOf(report))
        expect(outline).toContain(squeeze(section.heading["zh-Hans"]));
    });

    it("numbers the pages — 1 —, odd pages right and even pages left", () => {
      const words = pdfWords(pdf());
      const pages = Math.max(...words.map((w) => w.page));
      expect(pages).toBeGreaterThan(1);
      for (let page = 1; page <= pages; page++) {
        const onPage = words.filter((w) => w.page === page);
        const number = onPage.find(
          (w, i) => w.text === String(page) && onPage[i - 1]?.text === "—",
        );
        expect(number, `page ${page}`).toBeDefined();
        const middle = (number?.pageWidth ?? 0) / 2;
        if (page % 2 === 1) expect(number?.xMin).toBeGreaterThan(middle);
        else expect(number?.xMax).toBeLessThan(middle);
      }
    });
  });

  it("gives the same bytes for the same input and creation date", async () => {
    const first = examples[0];
    if (!first) throw new Error("no example");
    const again = await renderer.render(first.report);
    expect(Buffer.from(again).equals(Buffer.from(pdfs.get(first.name) as Uint8Array))).toBe(true);
    const later = await renderer.render(first.report, {
      creationDate: new Date("2026-01-01T00:00:00Z"),
    });
    expect(Buffer.from(later).equals(Buffer.from(again))).toBe(false);
  });

  it("gives the same bytes whatever the page printed before (each document's own fonts)", async () => {
    const single = await createPdfRenderer({ concurrency: 1, creationDate: CREATED });
    try {
      for (const { name, report } of [...examples].reverse()) {
        const again = await single.render(report);
        expect(Buffer.from(again).equals(Buffer.from(pdfs.get(name) as Uint8Array)), name).toBe(
          true,
        );
      }
    } finally {
      await single.close();
    }
  });

  it("prints the traditional-character edition with the zh-Hant labels", async () => {
    const first = examples[0];
    if (!first) throw new Error("no example");
    const pdf = await renderer.render(first.report, { locale: "zh-Hant" });
    const flat = squeeze(pdfText(pdf));
    for (const section of sectionsOf(first.report))
      expect(flat).toContain(squeeze(section.heading["zh-Hant"]));
    expect(pdfFonts(pdf).filter((f) => f.type !== "CID TrueType")).toEqual([]);
  });
});

describe.runIf(browserAvailable())("page numbers centred on request", () => {
  it("puts — n — under the middle of every page", async () => {
    const first = examples[0];
    if (!first) throw new Error("no example");
    const renderer = await createPdfRenderer({ concurrency: 1, pageNumbers: "centered" });
    try {
      const words = pdfWords(await renderer.render(first.report));
      const numbers = words.filter(
        (w, i) => w.text === String(w.page) && words[i - 1]?.text === "—",
      );
      expect(numbers.length).toBeGreaterThan(1);
      for (const n of numbers) {
        const centre = (n.xMin + n.xMax) / 2;
        expect(Math.abs(centre - n.pageWidth / 2)).toBeLessThan(n.pageWidth * 0.1);
      }
    } finally {
      await renderer.close();
    }
  });
});
