import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { renderDocx } from "@zfxxgk/docx";
import { createPdfRenderer } from "@zfxxgk/pdf";
import { editionIds, editionOf, type Report } from "@zfxxgk/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable } from "../../../test/support/browser.js";
import { missingFigures, type PrintedLabel, tableLabels } from "../../../test/support/printed.js";
import { pdfInfo, pdfText, pdfWords, squeeze } from "../../pdf/test/support/poppler.js";
import { examples as bundled, everyCellFilled } from "./support.js";

/**
 * The .docx checked by a real office suite: LibreOffice Writer converts each example headlessly
 * to PDF, and that PDF must carry every label and figure and about as many pages as ours.
 * LibreOffice is Debian's `libreoffice-writer` (.ci/run installs it); without it these tests
 * skip with the reason, except under CI, where they fail.
 */
function officeAvailable(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    if (process.env.CI) throw new Error("soffice not found: apt-get install -y libreoffice-writer");
    console.warn(
      "skipping the LibreOffice tests: no soffice (apt-get install -y --no-install-recommends libreoffice-writer)",
    );
    return false;
  }
}

/**
 * Whether the text has the label. The label of a row group (a cell merged down over many rows)
 * may be cut by a page break: its first line in the last row of one page (before the rest of that
 * row and the page number `— n —`), the rest on the next page after the repeated header rows.
 * Such a label counts when its two pieces stand so.
 */
function hasLabel(flat: string, { label, rowGroup }: PrintedLabel): boolean {
  const wanted = squeeze(label);
  if (flat.includes(wanted)) return true;
  if (!rowGroup) return false;
  for (let cut = 1; cut < wanted.length; cut++) {
    const head = wanted.slice(0, cut);
    for (let at = flat.indexOf(head); at >= 0; at = flat.indexOf(head, at + 1)) {
      // the rest of the row the label starts in, then the page number
      const foot = /—\d+—/.exec(flat.slice(at + cut, at + cut + ROW_OF_TEXT));
      if (!foot) continue;
      const from = at + cut + foot.index + foot[0].length;
      const next = flat.indexOf(wanted.slice(cut), from);
      if (next >= 0 && next - from < PAGE_OF_TEXT) return true;
    }
  }
  return false;
}
const PAGE_OF_TEXT = 1500;
const ROW_OF_TEXT = 200;

/**
 * Every example (the 2008–2018 one with its 附表 too), the every-cell-filled reports, and a report
 * of each edition with a five-digit figure in every cell: each figure must read whole, on one line.
 */
const examples = [...bundled, ...editionIds.map((edition) => everyCellFilled(edition, 5))];

/** The headings of the report's sections: its edition's, or those it numbers itself. */
const headings = (report: Report) => [
  ...editionOf(report.edition).grid.sections.map((s) => s.heading["zh-Hans"]),
  ...("body" in report ? report.body.map((part) => part.heading) : []),
];

describe.runIf(officeAvailable() && browserAvailable())("LibreOffice reads the .docx", () => {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-docx-office-"));
  const office = new Map<string, Uint8Array>();
  const ours = new Map<string, Uint8Array>();

  beforeAll(async () => {
    const files = await Promise.all(
      examples.map(async ({ report }, i) => {
        const file = join(dir, `${i}.docx`);
        writeFileSync(file, await renderDocx(report));
        return file;
      }),
    );
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...files,
      ],
      { stdio: "ignore", timeout: 400_000 },
    );
    examples.forEach(({ name }, i) => {
      office.set(name, new Uint8Array(readFileSync(join(dir, `${i}.pdf`))));
    });
    const renderer = await createPdfRenderer({ concurrency: 1 });
    try {
      for (const { name, report } of examples) ours.set(name, await renderer.render(report));
    } finally {
      await renderer.close();
    }
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("converts every example", () => {
    expect(office.size).toBe(examples.length);
    expect(examples.length).toBeGreaterThan(0);
    // the labels checked include row groups a page break may cut
    expect(examples.some(({ report }) => tableLabels(report).some((l) => l.rowGroup))).toBe(true);
  });

  describe.each(examples)("$name", ({ name, report }) => {
    it("has every table label, section heading and figure", () => {
      const pdf = office.get(name) as Uint8Array;
      const text = pdfText(pdf, "-raw");
      const flat = squeeze(text);
      const labels = tableLabels(report);
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.filter((l) => !hasLabel(flat, l)).map((l) => l.label)).toEqual([]);
      for (const heading of headings(report)) expect(flat).toContain(squeeze(heading));
      // a figure wrapped inside its cell reads as two numbers
      expect(missingFigures(report, text)).toEqual([]);
      expect(pdfInfo(pdf)["Page size"]).toContain("(A4)");
    });

    it("has within one page of our own PDF", () => {
      const pages = Number(pdfInfo(office.get(name) as Uint8Array).Pages);
      const own = Number(pdfInfo(ours.get(name) as Uint8Array).Pages);
      console.info(`${name}: LibreOffice ${pages} pages, our PDF ${own}`);
      expect(pages).toBeGreaterThan(1);
      expect(Math.abs(pages - own), `LibreOffice ${pages} pages, ours ${own}`).toBeLessThanOrEqual(
        1,
      );
    });

    it("numbers the pages — n —, odd pages right and even pages left", () => {
      const words = pdfWords(office.get(name) as Uint8Array);
      const pages = Math.max(...words.map((w) => w.page));
      for (let page = 1; page <= pages; page++) {
        const onPage = words.filter((w) => w.page === page);
        const number = onPage.findLast(
          (w, i) => w.text === String(page) && onPage[i - 1]?.text === "—",
        );
        expect(number, `page ${page}`).toBeDefined();
        if (!number) continue;
        const right = number.xMin > number.pageWidth / 2;
        expect(right, `page ${page} number on the ${right ? "right" : "left"}`).toBe(
          page % 2 === 1,
        );
      }
    });
  });
});
