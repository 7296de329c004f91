// The floor: what a print costs Chromium on this machine before any content, against what the
// content adds. On a warm page, one document at a time, the variants (and browsers) taking turns in
// rounds; CPU seconds per document by kind of process (the ended print compositors included:
// scripts/chromium-cpu.mjs) and of Node:
//   raw  `Page.printToPDF` of a one-line page (system fonts, untagged, nothing of ours)
//   a    the same one-line document through the pipeline (fonts subset and handed over, ids,
//        Info, object streams), untagged, no outline
//   b    the same, tagged, with the outline (as every document is printed)
//   c    five pages of plain CJK paragraphs and headings (the city report's text, no tables), tagged
//   d    the 8 example reports (5–6 pages), tagged: the normal pipeline
//   e    the 8 example reports as ONE document (a page break between them), tagged; per report
// BROWSERS: comma-separated executables (default: findChromium()), e.g. Chromium and
// chrome-headless-shell side by side; ROUNDS (default 4). Bundled first, like profile.ts:
//   npx esbuild packages/pdf/scripts/floor.ts --bundle --platform=node --format=esm \
//     --packages=external --outfile=bench/.cache/pdf-floor.mjs && node bench/.cache/pdf-floor.mjs
import { readdirSync, readFileSync } from "node:fs";
import { renderHtml } from "@zfxxgk/render";
import { parseReport } from "@zfxxgk/schema";
import { PDFDocument } from "pdf-lib";
import type { Browser, CDPSession, Page } from "puppeteer-core";
import { serveOnlyOwnAssets } from "../src/asset-server.js";
import { withDocumentInfo } from "../src/document-info.js";
import { findChromium } from "../src/find-chromium.js";
import { fontSubsets, subsetFamilies } from "../src/font-subsets.js";
import { launchChromium } from "../src/launch.js";
import { withObjectStreams } from "../src/object-streams.js";
import { DOCUMENT_URL } from "../src/origin.js";
import { pageNumberCss } from "../src/page-numbers.js";
import { PRINT_PARAMS } from "../src/print.js";
import { installFonts, PRINT_STYLE_ID, printShell, swapDocument } from "../src/print-shell.js";
import { renumberStructureIds } from "../src/structure-ids.js";
import { byGroup, chromiumCpu, loadAverage, nodeCpu } from "./chromium-cpu.mjs";

const ROUNDS = Number(process.env.ROUNDS ?? 4);
const browsers = (process.env.BROWSERS ?? findChromium()).split(",");
const ex = "examples/"; // run from the repository root
const reports = readdirSync(ex)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({
    name: f,
    html: renderHtml(parseReport(JSON.parse(readFileSync(ex + f, "utf8"))).report as never),
  }));
const cityHtml =
  (reports.find((r) => r.name === "synthetic-city-2024.json") ?? reports[0])?.html ?? "";
const head = cityHtml.slice(0, cityHtml.indexOf("<body"));

const oneLine = `${head}<body><main><p class="zfxxgk-paragraph">政府信息公开 Hello</p></main></body></html>`;
const RAW = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body><p>政府信息公开 Hello</p></body></html>`;
// Headings and paragraphs of the city report, no tables, repeated to five pages.
const parts = cityHtml.match(/<(h[1-3]|p)\b[^>]*>[\s\S]*?<\/\1>/g) ?? [];
// the city report's prose fills about three pages: five thirds of it, five pages
const prose = Array.from(
  { length: Math.round((parts.length * 5) / 3) },
  (_, i) => parts[i % parts.length],
);
const fivePages = `${head}<body><main><div class="zfxxgk-report">${prose.join("\n")}</div></main></body></html>`;
// The 8 reports in one document: each report's <main>, a page break before every one but the first.
const mains = reports.map(({ html }) =>
  html.slice(html.indexOf("<main>"), html.lastIndexOf("</main>") + 7),
);
const allInOne = `${head.replace("</head>", "<style>main+main{break-before:page}</style></head>")}<body>${mains.join("\n")}</body></html>`;

interface Target {
  readonly page: Page;
  readonly session: CDPSession;
}
async function shellPage(browser: Browser): Promise<Target> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await serveOnlyOwnAssets(page, { html: printShell(pageNumberCss("gbt9704"), "") });
  await page.goto(DOCUMENT_URL, { waitUntil: "load" });
  return { page, session: await page.createCDPSession() };
}
async function rawPage(browser: Browser): Promise<Target> {
  const page = await browser.newPage();
  await page.setContent(RAW);
  return { page, session: await page.createCDPSession() };
}

/** One document through the pipeline (as the renderer prints it), tagged or not. */
async function pipeline({ page, session }: Target, html: string, tagged: boolean) {
  const { text } = await page.evaluate(swapDocument, html, PRINT_STYLE_ID, subsetFamilies());
  if (text) await page.evaluate(installFonts, fontSubsets(text));
  const { data } = await session.send("Page.printToPDF", {
    ...PRINT_PARAMS,
    generateTaggedPDF: tagged,
    generateDocumentOutline: tagged,
    transferMode: "ReturnAsBase64",
  });
  const printed = withDocumentInfo(renumberStructureIds(Buffer.from(data, "base64")), {
    creationDate: new Date(0),
  });
  return withObjectStreams(printed);
}
async function raw({ session }: Target) {
  const { data } = await session.send("Page.printToPDF", { transferMode: "ReturnAsBase64" });
  return Buffer.from(data, "base64");
}

interface Variant {
  readonly name: string;
  /** Documents (reports) one run of the variant stands for. */
  readonly docs: number;
  readonly page: (browser: Browser) => Promise<Target>;
  readonly run: (target: Target) => Promise<Uint8Array[]>;
}
const times =
  <T>(n: number, f: () => Promise<T>) =>
  async () => {
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(await f());
    return out;
  };
const VARIANTS: Variant[] = [
  { name: "raw printToPDF, 1 line", docs: 8, page: rawPage, run: (t) => times(8, () => raw(t))() },
  {
    name: "a: 1 page, untagged",
    docs: 8,
    page: shellPage,
    run: (t) => times(8, () => pipeline(t, oneLine, false))(),
  },
  {
    name: "b: 1 page, tagged",
    docs: 8,
    page: shellPage,
    run: (t) => times(8, () => pipeline(t, oneLine, true))(),
  },
  {
    name: "c: 5 pages CJK prose, tagged",
    docs: 8,
    page: shellPage,
    run: (t) => times(8, () => pipeline(t, fivePages, true))(),
  },
  {
    name: "d: 8 reports, a job each",
    docs: reports.length,
    page: shellPage,
    run: async (t) => {
      const out: Uint8Array[] = [];
      for (const { html } of reports) out.push(await pipeline(t, html, true));
      return out;
    },
  },
  {
    name: "e: 8 reports in one job",
    docs: reports.length,
    page: shellPage,
    run: async (t) => [await pipeline(t, allInOne, true)],
  },
];

const pagesOf = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPageCount();

type Row = Record<string, number>;
const runs: { exe: string; browser: Browser; root: number; targets: Target[] }[] = [];
for (const exe of browsers) {
  const browser = await launchChromium({ executablePath: exe, timeoutMs: 60_000 });
  for (const page of await browser.pages()) await page.close();
  const targets = [];
  for (const v of VARIANTS) targets.push(await v.page(browser));
  runs.push({ exe, browser, root: browser.process()?.pid ?? 0, targets });
}
const rows = new Map<string, Row>();
const shape = new Map<string, string>();
const loads = [loadAverage()];
for (let round = -1; round < ROUNDS; round++) {
  const order = runs.flatMap((r) => VARIANTS.map((v, i) => ({ r, v, i })));
  if (round % 2) order.reverse();
  for (const { r, v, i } of order) {
    const target = r.targets[i] as Target;
    const c0 = chromiumCpu(r.root);
    const n0 = nodeCpu();
    const t0 = performance.now();
    const pdfs = await v.run(target);
    const ms = performance.now() - t0;
    const n1 = nodeCpu();
    const c1 = chromiumCpu(r.root);
    if (round < 0) {
      const first = pdfs[0] as Uint8Array;
      shape.set(
        `${r.exe} ${v.name}`,
        `${await pagesOf(first)} p, ${(first.length / 1024).toFixed(1)} KB`,
      );
      continue; // warm-up
    }
    const key = `${r.exe.split("/").pop()} | ${v.name}`;
    const row = rows.get(key) ?? {};
    const groups = byGroup(
      Object.fromEntries(
        Object.keys(c1.byKind).map((k) => [k, (c1.byKind[k] ?? 0) - (c0.byKind[k] ?? 0)]),
      ),
    );
    for (const [group, s] of Object.entries(groups)) row[group] = (row[group] ?? 0) + s / v.docs;
    row.Node = (row.Node ?? 0) + (n1 - n0) / v.docs;
    row.total = (row.total ?? 0) + (c1.cpu - c0.cpu + n1 - n0) / v.docs;
    row["ms/doc"] = (row["ms/doc"] ?? 0) + ms / v.docs;
    rows.set(key, row);
  }
  if (round >= 0) loads.push(loadAverage());
}
for (const r of runs) await r.browser.close();
console.log(
  `CPU seconds per document, one at a time (${ROUNDS} rounds after a warm-up; load average ${loads.join(" ")})`,
);
console.table(
  Object.fromEntries(
    [...rows].map(([key, row]) => [
      key,
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, +(v / ROUNDS).toFixed(k === "ms/doc" ? 0 : 3)]),
      ),
    ]),
  ),
);
console.log("first document of each variant:", Object.fromEntries(shape));
