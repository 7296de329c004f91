import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePdf, parseText } from "@zfxxgk/parse";
import { hasSections, type SectionedReport as Report, toCells } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { cellPerLine, pipeText } from "../packages/parse/test/published.js";
import { textAsPdf } from "./corpus/text-pdf.js";
import { loadExamples, SEEDS_DIR, seedsPresent } from "./support/examples.js";

/**
 * Published text printed as a PDF, as an office suite prints a `.txt` (long table rows wrapped
 * mid-cell, `|` printed between cells, digits set apart in a Latin face): the PDF reads as the
 * text does, cell for cell, with the same body and year.
 */
async function samePdfAsText(text: string) {
  const fromText = parseText(text);
  const fromPdf = await parsePdf(await textAsPdf(text));
  expect(fromPdf.report, "the PDF gives a report").toBeDefined();
  expect(toCells(fromPdf.report as Report)).toEqual(toCells(fromText.report as Report));
  expect(fromPdf.report?.meta.agency).toBe(fromText.report?.meta.agency);
  expect(fromPdf.report?.meta.year).toBe(fromText.report?.meta.year);
  const errors = (o: { diagnostics: { severity: string; code: string }[] }) =>
    o.diagnostics.filter((d) => d.severity === "error").map((d) => d.code);
  expect(errors(fromPdf)).toEqual(errors(fromText));
}

describe("published text printed as a PDF reads as the text does", () => {
  const examples = loadExamples()
    .filter((e) => hasSections(e.json as Report))
    .slice(0, 4);
  for (const e of examples) {
    it(`${e.name}, one table row per line`, async () => {
      await samePdfAsText(pipeText(e.json as Report));
    });
    it(`${e.name}, one cell per line`, async () => {
      await samePdfAsText(cellPerLine(e.json as Report));
    });
  }

  const seeds = seedsPresent("the seed reports printed as PDFs")
    ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt"))
    : [];
  for (const seed of seeds)
    it(`seed ${seed}`, async () => {
      await samePdfAsText(readFileSync(join(SEEDS_DIR, seed), "utf8"));
    });
});
