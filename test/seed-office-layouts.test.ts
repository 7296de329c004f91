import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderHtml } from "@zfxxgk/render";
import { type Report, toCells } from "@zfxxgk/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasPdftotext } from "./corpus/build.js";
import { convertWithOffice, officeAvailable, seedAsHtml } from "./corpus/office-layouts.js";
import { readLayouts } from "./corpus/read-layout.js";
import { report, type Score, score } from "./corpus/score.js";
import { seedExamples, seedFile, seedsPresent } from "./support/examples.js";

/**
 * Issue #17: the seed reports as a tester lays them out with LibreOffice — the seed's text as a
 * page of plain HTML tables, our own page of the transcribed report, and the seed's text file —
 * saved as Word, PDF, HTML and text, and read back (a PDF also through `pdftotext` in its three
 * modes). Per layout every table is read and each figure equals the example's, or is left blank
 * with a finding that names it; the share of cells read per layout is printed:
 * `npx vitest run test/seed-office-layouts.test.ts`.
 */

const scores: Score[] = [];
afterAll(() => {
  if (scores.length)
    console.log(
      `seed layouts made with LibreOffice, share of cells read right:\n${report(scores)}`,
    );
});

const run = seedsPresent("the seed layouts made with LibreOffice") && officeAvailable();
const poppler = hasPdftotext();
if (run && !poppler) {
  if (process.env.CI) throw new Error("CI=true but pdftotext (poppler-utils) is missing");
  console.warn("reading the LibreOffice PDFs without pdftotext: poppler-utils is not installed");
}

describe.runIf(run)("seed reports laid out with LibreOffice", () => {
  const dir = run ? mkdtempSync(join(tmpdir(), "zfxxgk-seed-office-")) : "";
  const examples = seedExamples().filter((e) => seedFile(e.seed));
  let made = new Map<string, string>();

  beforeAll(() => {
    const inputs: string[] = [];
    for (const e of examples) {
      const seed = readFileSync(seedFile(e.seed) as string, "utf8");
      const report = e.json as Report;
      const files: [string, string][] = [
        [`seed-${e.seed}.html`, seedAsHtml(seed, report.meta.title ?? e.name)],
        // LibreOffice's HTML import does not finish on our stylesheet: the page is given without it
        [`ours-${e.seed}.html`, renderHtml(report).replace(/<style[\s\S]*?<\/style>/g, "")],
      ];
      for (const [name, html] of files) {
        writeFileSync(join(dir, name), html);
        inputs.push(join(dir, name));
      }
      copyFileSync(seedFile(e.seed) as string, join(dir, `text-${e.seed}.txt`));
      inputs.push(join(dir, `text-${e.seed}.txt`));
    }
    made = convertWithOffice(inputs, dir);
  }, 1_200_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const e of examples) {
    const expected = e.json as Report;
    const sources = [`seed-${e.seed}.html`, `ours-${e.seed}.html`, `text-${e.seed}.txt`];
    it(`${e.name}: every layout LibreOffice makes is read`, async () => {
      const outputs = sources.flatMap((s) =>
        ["docx", "pdf", "html", "txt"].flatMap((t) => made.get(`${s}.${t}`) ?? []),
      );
      // HTML: Word, PDF, HTML and text; a text file: Word and PDF
      expect(outputs.length, "files LibreOffice made").toBe(10);
      for (const file of outputs) {
        for (const [how, outcome] of await readLayouts(file, { pdftotext: poppler })) {
          const name = `${file.slice(dir.length + 1)} ${how}`;
          const s = score(name, outcome, toCells(expected), expected.edition);
          scores.push(s);
          expect(s.tablesMissed, `${name}: tables not read`).toEqual([]);
          expect(s.wrong, `${name}: cells read wrong or blank without a finding`).toEqual([]);
        }
      }
    });
  }
});
