// What each candidate change to the print pipeline saves: the example reports printed in one browser,
// a page per variant, the variants taking turns in blocks (so a change in the machine's load hits
// all of them), one document at a time; CPU seconds per document of the browser's processes
// (Linux /proc, the ended print compositors included: scripts/chromium-cpu.mjs) and of Node.
// Bundled first, like profile.ts (see docs/speed-notes.md, "How these runs were made").
// ROUNDS (default 6) and VARIANTS (comma-separated names of `VARIANTS` below) choose the run.
import { readdirSync, readFileSync } from "node:fs";
import { renderHtml } from "@zfxxgk/render";
import { parseReport } from "@zfxxgk/schema";
import type { CDPSession, Page } from "puppeteer-core";
import { serveOnlyOwnAssets } from "../src/asset-server.js";
import { withDocumentInfo } from "../src/document-info.js";
import { findChromium } from "../src/find-chromium.js";
import { type FontSubset, fontSubsets, subsetFamilies } from "../src/font-subsets.js";
import { launchChromium } from "../src/launch.js";
import { withObjectStreams } from "../src/object-streams.js";
import { DOCUMENT_URL } from "../src/origin.js";
import { PRINT_PARAMS, printToPdf } from "../src/print.js";
import { installFonts, PRINT_STYLE_ID, printShell, swapDocument } from "../src/print-shell.js";
import { renumberStructureIds } from "../src/structure-ids.js";
import { chromiumCpu, nodeCpu } from "./chromium-cpu.mjs";

type Text = Readonly<Record<string, string>>;
interface Variant {
  /** Each face's text is taken from the first print of the same report (no computed-style walk). */
  readonly knownText?: boolean;
  /** Fonts handed over without laying the document out and waiting for them. */
  readonly noLayout?: boolean;
  readonly print: (page: Page, session: CDPSession) => Promise<Uint8Array>;
}
const cdp = (session: CDPSession, params: Record<string, boolean>) =>
  session
    .send("Page.printToPDF", { ...PRINT_PARAMS, ...params, transferMode: "ReturnAsBase64" })
    .then(({ data }) => new Uint8Array(Buffer.from(data, "base64")));
const VARIANTS: Record<string, Variant> = {
  "page.pdf": {
    print: (page) =>
      page.pdf({
        format: "A4",
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        outline: true,
        waitForFonts: true,
        timeout: 0,
      }),
  },
  now: { print: (_, session) => printToPdf(session, false) },
  "known-text": { knownText: true, print: (_, session) => printToPdf(session, false) },
  "known-text, no layout": {
    knownText: true,
    noLayout: true,
    print: (_, session) => printToPdf(session, false),
  },
  "no outline": { print: (_, s) => cdp(s, { generateDocumentOutline: false }) },
  untagged: {
    print: (_, s) => cdp(s, { generateDocumentOutline: false, generateTaggedPDF: false }),
  },
};

const ex = "examples/"; // run from the repository root
const htmls = readdirSync(ex)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => parseReport(JSON.parse(readFileSync(ex + f, "utf8"))))
  .flatMap((p) => (p.ok && p.report ? [renderHtml(p.report)] : []));
const ROUNDS = Number(process.env.ROUNDS ?? 6);
const chosen = (process.env.VARIANTS ?? "page.pdf,now,known-text,no outline,untagged").split(",");
for (const name of chosen) if (!VARIANTS[name]) throw new Error(`unknown variant ${name}`);

const treeCpu = (root: number) => chromiumCpu(root).cpu;

/** Swaps the report in without the walk: `swapDocument` with no families lays out and waits. */
function swapOnly(html: string, styleId: string): void {
  const next = new DOMParser().parseFromString(html, "text/html");
  for (const element of Array.from(next.querySelectorAll("script, link, base, meta[http-equiv]"))) {
    element.remove();
  }
  for (const name of next.documentElement.getAttributeNames()) {
    document.documentElement.setAttribute(name, next.documentElement.getAttribute(name) ?? "");
  }
  const printStyle = document.getElementById(styleId);
  for (const node of Array.from(document.head.childNodes)) if (node !== printStyle) node.remove();
  printStyle?.before(...Array.from(next.head.childNodes));
  document.body.replaceWith(next.body);
}
async function addFontsOnly(fonts: readonly FontSubset[]): Promise<void> {
  const set = document.fonts as unknown as { clear(): void; add(face: FontFace): void };
  set.clear();
  const bytes = (b64: string) => Uint8Array.from(atob(b64), (char) => char.charCodeAt(0));
  const faces = fonts.map((f) => new FontFace(f.family, bytes(f.base64), f));
  for (const face of faces) set.add(face);
  await Promise.all(faces.map((face) => face.loaded));
}

const texts = new Map<string, Text>();
async function printOne(variant: Variant, page: Page, session: CDPSession, html: string) {
  let text = variant.knownText ? texts.get(html) : undefined;
  if (text) await page.evaluate(swapOnly, html, PRINT_STYLE_ID);
  else {
    text = (await page.evaluate(swapDocument, html, PRINT_STYLE_ID, subsetFamilies())).text as Text;
    texts.set(html, text);
  }
  await page.evaluate(variant.noLayout ? addFontsOnly : installFonts, fontSubsets(text));
  const pdf = await variant.print(page, session);
  const printed = withDocumentInfo(renumberStructureIds(pdf), { creationDate: new Date(0) });
  return withObjectStreams(printed);
}

const browser = await launchChromium({ executablePath: findChromium(), timeoutMs: 30000 });
const root = browser.process()?.pid ?? 0;
const pages = new Map<string, { page: Page; session: CDPSession }>();
for (const name of chosen) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await serveOnlyOwnAssets(page, { html: printShell("", "") });
  await page.goto(DOCUMENT_URL, { waitUntil: "load" });
  pages.set(name, { page, session: await page.createCDPSession() });
}
const run = async (name: string) => {
  const { page, session } = pages.get(name) as { page: Page; session: CDPSession };
  for (const html of htmls) await printOne(VARIANTS[name] as Variant, page, session, html);
};
for (const name of chosen) await run(name); // warm-up, and each report's text
const cpu: Record<string, { chromium: number; node: number }> = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const name of round % 2 ? [...chosen].reverse() : chosen) {
    const b0 = treeCpu(root);
    const n0 = nodeCpu();
    await run(name);
    const row = cpu[name] ?? { chromium: 0, node: 0 };
    row.chromium += treeCpu(root) - b0;
    row.node += nodeCpu() - n0;
    cpu[name] = row;
  }
}
await browser.close();
const per = (x: number) => +(x / ROUNDS / htmls.length).toFixed(3);
console.log(`CPU seconds per document (${htmls.length} reports × ${ROUNDS} rounds)`);
console.table(
  Object.fromEntries(
    Object.entries(cpu).map(([name, c]) => [
      name,
      { Chromium: per(c.chromium), Node: per(c.node), total: per(c.chromium + c.node) },
    ]),
  ),
);
