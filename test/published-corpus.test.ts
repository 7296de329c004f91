import { parseHtml, parsePdf, parseText } from "@zfxxgk/parse";
import { editionOf, type SectionedReport as Report, toCells } from "@zfxxgk/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CorpusDoc, hasPdftotext, pdftotextModes, textCorpus } from "./corpus/build.js";
import { pdfLibReport } from "./corpus/pdf-lib-writer.js";
import { browserAvailable } from "./support/browser.js";
import { loadExamples } from "./support/examples.js";

/**
 * The corpus of published shapes (issue 17): every table a document holds is read, cell for cell,
 * and the share of cells read is reported. PDFs are made at test time by our renderer (Chromium)
 * and by pdf-lib; the text a PDF-to-text tool extracts from them is read in its three modes.
 */

interface Read {
  doc: CorpusDoc;
  cells: number;
  read: number;
  right: number;
  tables: number;
  tablesRead: number;
}
const results: Read[] = [];

async function parse(doc: CorpusDoc) {
  if (doc.kind === "pdf") return parsePdf(doc.content as Uint8Array, doc.options ?? {});
  return doc.kind === "html" ? parseHtml(doc.content as string) : parseText(doc.content as string);
}

async function check(doc: CorpusDoc) {
  const outcome = await parse(doc);
  const expected = doc.expected;
  if (!expected) {
    expect(outcome.report, doc.name).toBeUndefined();
    expect(outcome.diagnostics.length, doc.name).toBeGreaterThan(0);
    return;
  }
  expect(outcome.report, doc.name).toBeDefined();
  const got = toCells(outcome.report as Report);
  const want = toCells(expected);
  const edition = editionOf(expected.edition);
  const ids = Object.keys(want);
  const read = ids.filter((id) => outcome.provenance[id] !== undefined || want[id] === null).length;
  const right = ids.filter((id) => got[id] === want[id]).length;
  const tablesRead = edition.grid.tables.filter((t) =>
    edition.cells.some((c) => c.table === t && outcome.provenance[c.id] !== undefined),
  ).length;
  results.push({
    doc,
    cells: ids.length,
    read,
    right,
    tables: edition.grid.tables.length,
    tablesRead,
  });
  expect(tablesRead, `${doc.name}: tables read`).toBe(edition.grid.tables.length);
  // a cell is read right, or (run-together digits only) left blank with a finding that names it
  const undecided = new Set(
    outcome.diagnostics.filter((d) => d.code === "parse/digits-undecided").flatMap((d) => d.cells),
  );
  const wrong = ids.filter(
    (id) => got[id] !== want[id] && !(got[id] === null && undecided.has(id)),
  );
  if (doc.knownGap && wrong.length) {
    console.warn(`${doc.name}: ${wrong.length} cells left unread — ${doc.knownGap}`);
    expect(
      wrong.filter((id) => got[id] !== null),
      `${doc.name}: read wrong`,
    ).toEqual([]);
    expect(wrong.length, `${doc.name}: unread`).toBeLessThanOrEqual(ids.length / 4);
  } else
    expect(
      wrong.map((id) => `${id}: ${got[id]} ≠ ${want[id]}`),
      doc.name,
    ).toEqual([]);
  expect(outcome.report?.meta.agency, doc.name).toBe(expected.meta.agency);
  expect(outcome.report?.meta.year, doc.name).toBe(expected.meta.year);
}

afterAll(() => {
  const cells = results.reduce((n, r) => n + r.cells, 0);
  const right = results.reduce((n, r) => n + r.right, 0);
  const shapes = new Map<string, { docs: number; cells: number; right: number }>();
  for (const r of results) {
    const s = shapes.get(r.doc.shape) ?? { docs: 0, cells: 0, right: 0 };
    s.docs++;
    s.cells += r.cells;
    s.right += r.right;
    shapes.set(r.doc.shape, s);
  }
  console.log(
    `corpus: ${results.length} documents with tables, share of cells read right ${(right / Math.max(1, cells)).toFixed(4)} (${right}/${cells})`,
  );
  for (const [shape, s] of shapes) {
    console.log(`  ${(s.right / s.cells).toFixed(4)}  ${s.docs} docs  ${shape}`);
  }
});

describe("corpus of published shapes: text and HTML", () => {
  const docs = textCorpus();
  it("has at least 30 documents", () => {
    expect(docs.length).toBeGreaterThanOrEqual(30);
  });
  for (const doc of docs) it(doc.name, () => check(doc));
});

describe("corpus of published shapes: PDFs made by pdf-lib (untagged, rows from positions)", () => {
  const examples = loadExamples().slice(0, 2);
  const docs: CorpusDoc[] = [];
  beforeAll(async () => {
    for (const e of examples) {
      const report = e.json as Report;
      docs.push({
        name: `${e.name} · pdf-lib PDF`,
        shape: "PDF by pdf-lib (untagged)",
        kind: "pdf",
        content: await pdfLibReport(report),
        expected: report,
      });
    }
  }, 120_000);
  it("reads every table of each", async () => {
    for (const doc of docs) await check(doc);
  });
  it("says a PDF without a text layer has none", async () => {
    const scan = await pdfLibReport(examples[0]?.json as Report, { text: false });
    const outcome = await parsePdf(scan);
    expect(outcome.report).toBeUndefined();
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(["parse/no-text-layer"]);
  });
  it("says a file that is not a PDF is not one", async () => {
    const outcome = await parsePdf(new TextEncoder().encode("not a pdf"));
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(["parse/pdf-unreadable"]);
  });
});

const chromium = browserAvailable();
const poppler = hasPdftotext();
if (!poppler) {
  if (process.env.CI) throw new Error("CI=true but pdftotext (poppler-utils) is missing");
  console.warn("skipping the pdftotext shapes: pdftotext (poppler-utils) is not installed");
}

describe.runIf(chromium)("corpus of published shapes: PDFs made by our renderer", () => {
  const docs: CorpusDoc[] = [];
  beforeAll(async () => {
    const { createPdfRenderer } = await import("@zfxxgk/pdf");
    const renderer = await createPdfRenderer({ concurrency: 1 });
    try {
      for (const e of loadExamples().slice(0, 3)) {
        const report = e.json as Report;
        const pdf = await renderer.render(report);
        docs.push(
          {
            name: `${e.name} · tagged PDF`,
            shape: "PDF by @zfxxgk/pdf, from its tags",
            kind: "pdf",
            content: pdf,
            expected: report,
          },
          {
            name: `${e.name} · PDF rows from positions`,
            shape: "PDF by @zfxxgk/pdf, rows rebuilt from positions",
            kind: "pdf",
            content: pdf,
            expected: report,
            options: { pdfTags: false },
          },
        );
        if (poppler) {
          for (const [shape, text] of pdftotextModes(pdf)) {
            docs.push({
              name: `${e.name} · ${shape}`,
              shape,
              kind: "text",
              content: text,
              expected: report,
            });
          }
        }
      }
    } finally {
      await renderer.close();
    }
  }, 300_000);
  it("reads every table of each", async () => {
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) await check(doc);
  });
});
