// Where the CPU goes, phase by phase: CPU seconds per document of each kind of Chromium process
// (Linux /proc, the ended print compositors included: scripts/chromium-cpu.mjs) and of Node, the
// example reports printed one after another in one page, the unicode-range fonts of 0.1 beside the
// per-document subsets. Internal modules are used directly, so it is bundled first (see
// docs/speed-notes.md, "How these runs were made"):
//   npx esbuild packages/pdf/scripts/profile.ts --bundle --platform=node --format=esm \
//     --packages=external --outfile=bench/.cache/pdf-profile.mjs && node bench/.cache/pdf-profile.mjs
import { readdirSync, readFileSync } from "node:fs";
import { renderHtml } from "@zfxxgk/render";
import { parseReport } from "@zfxxgk/schema";
import { serveOnlyOwnAssets } from "../src/asset-server.js";
import { withDocumentInfo } from "../src/document-info.js";
import { findChromium } from "../src/find-chromium.js";
import { fontSubsets, subsetFamilies } from "../src/font-subsets.js";
import { bundledFonts } from "../src/fonts.js";
import { launchChromium } from "../src/launch.js";
import { withObjectStreams } from "../src/object-streams.js";
import { DOCUMENT_URL } from "../src/origin.js";
import { pageNumberCss } from "../src/page-numbers.js";
import { printToPdf } from "../src/print.js";
import { installFonts, PRINT_STYLE_ID, printShell, swapDocument } from "../src/print-shell.js";
import { renumberStructureIds } from "../src/structure-ids.js";
import { byGroup, chromiumCpu, nodeCpu } from "./chromium-cpu.mjs";

const ex = "examples/"; // run from the repository root
const reports = readdirSync(ex)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => parseReport(JSON.parse(readFileSync(ex + f, "utf8"))))
  .flatMap((p) => (p.ok && p.report ? [p.report] : []));
const N = Number(process.env.N ?? 8);
const htmls = Array.from({ length: N }, (_, i) =>
  renderHtml(reports[i % reports.length] as (typeof reports)[number]),
);

type Cpu = Record<string, number>;
/** CPU seconds so far by group of Chromium process (the ended print compositors included), and Node. */
const cpuByType = (root: number): Cpu => ({
  ...byGroup(chromiumCpu(root).byKind),
  node: nodeCpu(),
});

const browser = await launchChromium({ executablePath: findChromium(), timeoutMs: 30000 });
const root = browser.process()?.pid ?? 0;
const totals: Record<string, Record<string, Cpu>> = {};
const phase = async (config: string, name: string, run: () => Promise<unknown>) => {
  const before = cpuByType(root);
  await run();
  const after = cpuByType(root);
  const phases = totals[config] ?? {};
  totals[config] = phases;
  const row = phases[name] ?? {};
  phases[name] = row;
  for (const k of Object.keys(after))
    row[k] = (row[k] ?? 0) + ((after[k] ?? 0) - (before[k] ?? 0)) / N;
};

for (const config of ["unicode-range (0.1)", "subset per document"]) {
  const subset = config.startsWith("subset");
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  const fontCss = subset ? "" : bundledFonts().css;
  await serveOnlyOwnAssets(page, { html: printShell(pageNumberCss("gbt9704"), fontCss) });
  await page.goto(DOCUMENT_URL, { waitUntil: "load" });
  const session = await page.createCDPSession();
  for (const [i, html] of [...htmls.slice(0, 2), ...htmls].entries()) {
    const warm = i < 2;
    const at = warm ? "warm-up" : config;
    let text: Readonly<Record<string, string>> | null = null;
    await phase(at, "swap (+ text per face)", async () => {
      ({ text } = await page.evaluate(
        swapDocument,
        html,
        PRINT_STYLE_ID,
        subset ? subsetFamilies() : null,
      ));
    });
    if (text) {
      let fonts: ReturnType<typeof fontSubsets> = [];
      await phase(at, "subset fonts (Node)", async () => {
        fonts = fontSubsets(text as Readonly<Record<string, string>>);
      });
      await phase(at, "install fonts, layout", () => page.evaluate(installFonts, fonts));
    }
    let pdf: Uint8Array = new Uint8Array();
    await phase(at, "page.pdf (tagged, outline)", async () => {
      pdf = await printToPdf(session, false);
    });
    await phase(at, "ids, info, object streams (Node)", async () => {
      const printed = withDocumentInfo(renumberStructureIds(pdf), { creationDate: new Date(0) });
      if (subset) withObjectStreams(printed);
    });
  }
  await page.close();
}
await browser.close();
for (const [config, phases] of Object.entries(totals)) {
  if (config === "warm-up") continue;
  console.log(`\n${config}: CPU seconds per document (${N} documents)`);
  const rows = Object.fromEntries(
    Object.entries(phases).map(([name, cpu]) => [
      name,
      Object.fromEntries(
        ["renderer", "browser", "print compositor", "GPU, zygote, other", "node"].map((k) => [
          k,
          +(cpu[k] ?? 0).toFixed(3),
        ]),
      ),
    ]),
  );
  console.table(rows);
}
