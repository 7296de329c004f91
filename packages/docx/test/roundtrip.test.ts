import { readDocx, renderDocx } from "@zfxxgk/docx";
import { appendixView } from "@zfxxgk/render";
import { editionForYear, editionOf, type Report, tableLayout, toCells } from "@zfxxgk/schema";
import { describe, expect, it, vi } from "vitest";
import {
  numberedEditions,
  randomNumberedReport,
} from "../../../test/support/random-numbered-report.js";
import { randomReport } from "../../../test/support/random-report.js";
import { forEachPlaced } from "../src/tables.js";
import { examples, part, refused, wordEditions, zipEntryDates } from "./support.js";

const LOCALES = ["zh-Hans", "zh-Hant"] as const;

/** The title a report without one is printed (and read back) with. */
const titled = (report: Report) => ({
  ...report.meta,
  title: report.meta.title ?? `${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告`,
});

/**
 * Each locale's document read back (after checking it), in the order of `LOCALES`; `simplified`:
 * the report's document with the default options (simplified Chinese), when already rendered.
 */
async function roundTrip(
  report: Report,
  what: string,
  metaToo: boolean,
  simplified?: Uint8Array,
): Promise<Report[]> {
  const read: Report[] = [];
  for (const locale of LOCALES) {
    const docx =
      locale === "zh-Hans" && simplified ? simplified : await renderDocx(report, { locale });
    const outcome = readDocx(docx, { simplify: locale === "zh-Hant" });
    const label = `${what} (${locale})`;
    expect(
      outcome.report,
      `${label}: ${JSON.stringify(outcome.diagnostics.slice(0, 3))}`,
    ).toBeDefined();
    const got = outcome.report as Report;
    expect(toCells(got), label).toEqual(toCells(report));
    const sections = (r: Report) => ("sections" in r ? r.sections : undefined);
    expect(sections(got), label).toEqual(sections(report));
    expect(got.preamble ?? [], label).toEqual(report.preamble ?? []);
    const fee = (r: Report) => ("processingFee" in r ? r.processingFee : undefined);
    expect(fee(got), label).toEqual(fee(report));
    // a report numbering its own sections: each section, and the statistics table as printed
    const body = (r: Report) => ("body" in r ? r.body : undefined);
    expect(body(got), label).toEqual(body(report));
    if ("statistics" in report && report.statistics)
      expect("statistics" in got && got.statistics, label).toEqual(report.statistics);
    if (metaToo) expect(got.meta, label).toEqual(titled(report));
    else {
      expect(got.meta.agency, label).toBe(report.meta.agency);
      expect(got.meta.year, label).toBe(report.meta.year);
    }
    // a report in an older layout than its year's is read as published, with the parser's warning
    const older = editionForYear(report.meta.year) !== report.edition;
    // (rows a statistics table adds to the national ones are kept, with an info finding each)
    expect(
      outcome.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code),
      label,
    ).toEqual(older ? ["parse/edition-year"] : []);
    read.push(got);
  }
  return read;
}

describe("JSON → .docx → import", () => {
  it("gives every example's cells, text and metadata back, simplified and traditional", async () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(refused.map((e) => e.name)).toEqual([]);
    for (const { name, report, docx } of examples) await roundTrip(report, name, true, docx);
  });

  it("gives random reports' cells and text back", async () => {
    for (let seed = 0; seed < 20; seed++)
      await roundTrip(randomReport(seed), `random #${seed}`, false);
  });

  it.each(numberedEditions)(
    "gives random reports of edition %s back exactly: sections, statistics table as printed, metadata",
    async (edition) => {
      for (let seed = 0; seed < 12; seed++) {
        const report = randomNumberedReport(seed, edition);
        const read = await roundTrip(report, `random #${seed}`, true);
        read.forEach((got, i) => {
          expect(got, `random #${seed} (${LOCALES[i]})`).toEqual({
            ...report,
            meta: titled(report),
          });
        });
      }
    },
  );

  it("locates every cell of every edition in the Word table, row and grid column it came from", async () => {
    const filled = examples.filter((e) => e.name.startsWith("every cell filled"));
    expect(filled.map((e) => e.report.edition).sort()).toEqual([...wordEditions].sort());
    let signed = 0;
    for (const { name, report, docx } of filled) {
      const outcome = readDocx(docx);
      const expected = new Map<string, { table: number; row: number; column: number }>();
      // the statistics table as 附表: a header row, then `label | unit | values`
      const appendix = appendixView(report, report.edition, "zh-Hans", (x) => x, "t");
      appendix?.rows.forEach((row, r) => {
        row.cells.forEach((cell, k) => {
          if (cell.id) expected.set(cell.id, { table: 0, row: r + 1, column: 2 + k });
        });
      });
      editionOf(report.edition)
        .grid.tables.filter((table) => table.id !== appendix?.tableId)
        .forEach((table, t) => {
          const layout = tableLayout(table);
          forEachPlaced([...layout.head, ...layout.body], (cell, row, column) => {
            if (cell.type === "data") expected.set(cell.cell.id, { table: t, row, column });
          });
        });
      const cells = toCells(report);
      const kinds = new Map(editionOf(report.edition).cells.map((c) => [c.id, c.kind]));
      expect(expected.size, name).toBe(Object.keys(cells).length);
      for (const [id, value] of Object.entries(cells)) {
        const plus = kinds.get(id) === "signed" && Number(value) > 0;
        if (plus) signed++;
        expect(outcome.provenance[id], `${name}: ${id}`).toEqual({
          source: "docx",
          ...expected.get(id),
          // a change prints with its sign, as the HTML does
          raw: value === null ? "" : plus ? `+${value}` : String(value),
        });
      }
    }
    expect(signed, "some change printed with its + sign").toBeGreaterThan(0);
  });
});

describe("reproducible output", () => {
  const { report } = examples[0] as { report: Report };

  it("gives identical bytes for identical input, whenever it runs", async () => {
    const first = await renderDocx(report);
    // the clock a year and 3 seconds later (a zip counts time in 2-second steps), without waiting
    const later = Date.now() + 366 * 86_400_000 + 3_000;
    vi.useFakeTimers({ toFake: ["Date"], now: later });
    let second: Uint8Array;
    try {
      expect(Date.now()).toBeGreaterThanOrEqual(later);
      second = await renderDocx(report);
    } finally {
      vi.useRealTimers();
    }
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const hant = await renderDocx(report, { locale: "zh-Hant" });
    expect(Buffer.from(hant).equals(Buffer.from(first))).toBe(false);
  });

  it("dates the zip entries and the document properties from the report, not the clock", async () => {
    const docx = await renderDocx(report);
    const dates = zipEntryDates(docx);
    expect(dates.length).toBeGreaterThan(10);
    expect(new Set(dates)).toEqual(new Set(["1980-01-01 00:00:00"]));
    const core = part(docx, "docProps/core.xml");
    const day = report.meta.publishedOn ?? report.meta.period?.end ?? `${report.meta.year}-12-31`;
    expect(core.match(/<dcterms:(created|modified)[^>]*>[^<]*/g)).toEqual([
      expect.stringContaining(`>${day}T00:00:00Z`),
      expect.stringContaining(`>${day}T00:00:00Z`),
    ]);
  });

  it("carries title, author and keywords as document properties, traditional on request", async () => {
    const core = part(await renderDocx(report), "docProps/core.xml");
    expect(core).toContain(`<dc:title>${titled(report).title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${report.meta.agency}</dc:creator>`);
    expect(core).toMatch(
      new RegExp(`<cp:keywords>[^<]*${report.meta.agency}[^<]*${report.meta.year}`),
    );
    const hant = part(await renderDocx(report, { locale: "zh-Hant" }), "word/document.xml");
    expect(hant).toContain("總體情況");
    expect(hant).not.toContain("总体情况");
  });
});
