import { parsePdf, parseText } from "@zfxxgk/parse";
import { type Report, type Report2007, toCells } from "@zfxxgk/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasPdftotext, pdftotextModes } from "./corpus/build.js";
import { browserAvailable } from "./support/browser.js";
import { loadExamples } from "./support/examples.js";

/**
 * 2008–2018 reports printed to PDF by @zfxxgk/pdf (real Chromium, the 附表 on its own page) and
 * read back: from the PDF's tags, from the positions of its text, and from the text pdftotext
 * extracts. Every figure of the statistics table must come back as in the report.
 */

const examples = loadExamples()
  .filter((e) => (e.json as Report).edition === "2007")
  .map((e) => ({ name: e.name, report: e.json as Report2007 }));
const chromium = browserAvailable();
const poppler = hasPdftotext();
if (!poppler) {
  if (process.env.CI) throw new Error("CI=true but pdftotext (poppler-utils) is missing");
  console.warn("skipping the pdftotext read-back of 2008–2018 PDFs: pdftotext is not installed");
}

const errors = (o: { diagnostics: { severity: string }[] }) =>
  o.diagnostics.filter((d) => d.severity === "error");

describe.runIf(chromium)("2008–2018 reports printed to PDF and read back", () => {
  const pdfs = new Map<string, Uint8Array>();
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const { createPdfRenderer } = await import("@zfxxgk/pdf");
    const renderer = await createPdfRenderer({ concurrency: 1 });
    close = () => renderer.close();
    for (const { name, report } of examples) pdfs.set(name, await renderer.render(report));
  }, 300_000);
  afterAll(async () => {
    await close?.();
  });

  it("has 2008–2018 examples to print", () => {
    expect(examples.length).toBeGreaterThanOrEqual(1);
  });

  for (const { name, report } of examples) {
    const want = toCells(report);
    const check = (outcome: Awaited<ReturnType<typeof parsePdf>>, how: string) => {
      expect(errors(outcome), how).toEqual([]);
      expect(outcome.report?.edition, how).toBe("2007");
      const got = toCells(outcome.report as Report);
      expect(
        Object.keys(want)
          .filter((id) => got[id] !== want[id])
          .map((id) => `${id}: ${got[id]} ≠ ${want[id]}`),
        how,
      ).toEqual([]);
      expect(outcome.report?.meta.agency, how).toBe(report.meta.agency);
      expect(outcome.report?.meta.year, how).toBe(report.meta.year);
      const back = outcome.report as Report2007;
      expect(
        back.statistics?.rows.map((r) => r.key),
        how,
      ).toEqual(report.statistics?.rows.map((r) => r.key));
    };

    it(`${name}: from the PDF's tags`, async () => {
      check(await parsePdf(pdfs.get(name) as Uint8Array), "tags");
    });
    it(`${name}: rows rebuilt from the positions of the text`, async () => {
      check(await parsePdf(pdfs.get(name) as Uint8Array, { pdfTags: false }), "positions");
    });
    it.runIf(poppler)(`${name}: the text pdftotext extracts (-layout and -raw)`, () => {
      for (const [shape, text] of pdftotextModes(pdfs.get(name) as Uint8Array).slice(0, 2))
        check(parseText(text), shape);
    });
  }
});
