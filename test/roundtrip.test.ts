import { type ParseOutcome, parseHtml, parseText } from "@zfxxgk/parse";
import { renderHtml } from "@zfxxgk/render";
import { EDITIONS, editionIds, type SectionedReport as Report, toCells } from "@zfxxgk/schema";
import { Parser } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { loadExamples } from "./support/examples.js";
import { randomReport } from "./support/random-report.js";

/**
 * Round trip: model → @zfxxgk/render → @zfxxgk/parse → the same model.
 * - with the embedded JSON block: the whole report, deeply equal;
 * - without it: the cells, sections and fee, read from the tables and the text of the page;
 * - the page's visible text → parseText: cells and sections. For thousands of reports the text is
 *   extracted by `visibleText` below (innerText's rules: blocks on their own lines, cells of a row
 *   separated by tabs, scripts and styles left out); for the examples, by real Chromium's innerText.
 * Each also after rendering in traditional characters (locale zh-Hant), parsed with `simplify`.
 */

const examples = loadExamples().map((e) => ({ name: e.name, report: e.json as Report }));
const RANDOM = Number(process.env.ZFXXGK_ROUNDTRIP_REPORTS ?? 2000);
const CHUNK = 100;
const LOCALES = ["zh-Hans", "zh-Hant"] as const;
/**
 * Random reports take every edition with the sections and tables 二–四 in turn. The generator makes
 * no 2008–2018 reports yet (their free sections and local rows); the examples cover that edition.
 */
const RANDOM_EDITIONS = editionIds.filter((id) => EDITIONS[id].grid.sections.length > 0);
const random = (seed: number) => randomReport(seed, RANDOM_EDITIONS[seed % RANDOM_EDITIONS.length]);

const withoutJson = (html: string) =>
  html.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, "");

const BLOCK = new Set(
  "address article aside blockquote body caption dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table ul".split(
    " ",
  ),
);

/** The text a reader sees, laid out as a browser's innerText lays it out. */
function visibleText(html: string): string {
  let out = "";
  let skip = 0;
  let cellInRow = 0;
  const newline = () => {
    if (out && !out.endsWith("\n")) out += "\n";
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "script" || name === "style" || name === "head") skip++;
        if (skip) return;
        if (name === "tr") {
          newline();
          cellInRow = 0;
        } else if (name === "td" || name === "th") {
          if (cellInRow++ > 0) out += "\t";
        } else if (name === "br") out += "\n";
        else if (BLOCK.has(name)) newline();
      },
      ontext(text) {
        if (!skip) out += text.replace(/[ \t\n\r\f]+/g, " ");
      },
      onclosetag(name) {
        if (name === "script" || name === "style" || name === "head") {
          skip--;
          return;
        }
        if (!skip && (BLOCK.has(name) || name === "tr")) newline();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out
    .split("\n")
    .map((line) => line.replace(/^ +| +$/g, ""))
    .join("\n");
}

function expectCells(outcome: ParseOutcome, report: Report, what: string) {
  expect(
    outcome.report,
    `${what}: ${JSON.stringify(outcome.diagnostics.slice(0, 3))}`,
  ).toBeDefined();
  const got = outcome.report as Report;
  expect(toCells(got), what).toEqual(toCells(report));
  expect(got.sections, what).toEqual(report.sections);
  expect(got.preamble ?? [], what).toEqual(report.preamble ?? []);
  expect("processingFee" in got && got.processingFee, what).toEqual(
    "processingFee" in report && report.processingFee,
  );
  expect(got.meta.agency, what).toBe(report.meta.agency);
  expect(got.meta.year, what).toBe(report.meta.year);
  expect(
    outcome.diagnostics.filter((d) => d.severity === "error"),
    what,
  ).toEqual([]);
}

function roundTrip(report: Report, name: string) {
  for (const locale of LOCALES) {
    const simplify = locale === "zh-Hant";
    const html = renderHtml(report, { locale });
    const what = `${name} (${locale})`;
    expect(parseHtml(html).report, `${what} via JSON`).toEqual(report);
    const bare = withoutJson(html);
    expect(bare).not.toContain("application/json");
    expectCells(parseHtml(bare, { simplify }), report, `${what} via tables`);
    expectCells(parseText(visibleText(bare), { simplify }), report, `${what} via text`);
  }
}

describe("render → parse round trip", () => {
  it("covers every edition", () => {
    const editions = new Set<string>(
      Array.from({ length: RANDOM_EDITIONS.length }, (_, i) => random(i).edition),
    );
    expect([...editions].sort()).toEqual([...RANDOM_EDITIONS].sort());
    const others = editionIds.filter((id) => !editions.has(id));
    if (others.length)
      console.warn(`no random reports in edition ${others.join(", ")}: examples only`);
    for (const id of others)
      expect(
        examples.some((e) => e.report.edition === id),
        id,
      ).toBe(true);
  });

  it("covers every example", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const { name, report } of examples) roundTrip(report, name);
  });

  for (let start = 0; start < RANDOM; start += CHUNK) {
    const end = Math.min(RANDOM, start + CHUNK);
    it(`random reports ${start}…${end - 1}`, () => {
      for (let seed = start; seed < end; seed++) {
        const report = random(seed);
        roundTrip(report, `random #${seed} (edition ${report.edition})`);
      }
    });
  }
});

const browser = browserAvailable();
describe.runIf(browser)("visible text from real Chromium", () => {
  let chromium: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  beforeAll(async () => {
    chromium = await launchBrowser();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it("innerText of every example and a sample of random reports parses back", async () => {
    const page = await (chromium as NonNullable<typeof chromium>).newPage();
    const sample = [
      ...examples,
      ...[7, 42, 99, 1234].map((seed) => ({ name: `random #${seed}`, report: random(seed) })),
    ];
    for (const { name, report } of sample) {
      for (const locale of LOCALES) {
        await page.setContent(withoutJson(renderHtml(report, { locale })));
        // biome-ignore lint/performance/useDomNodeTextContent: the test is about innerText's layout
        const text = await page.evaluate(() => document.body.innerText);
        const outcome = parseText(text, { simplify: locale === "zh-Hant" });
        expectCells(outcome, report, `${name} (${locale}) via Chromium innerText`);
      }
    }
    await page.close();
  });
});
