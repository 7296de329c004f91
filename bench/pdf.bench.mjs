// PDF throughput, side by side on the same batch of example reports (each 5–6 A4 pages):
// the pooled renderer (one warm browser, a page per worker), the same with the output of 0.1 (the
// fonts' unicode-range files, no object streams), a new browser per document through the
// same package, and `chromium --headless --print-to-pdf` as a new process per file. Each runs two
// documents at a time (the target machine has 2 cores). Then CPU time per document (browser and
// Node, Linux only) and the size of the synthetic city report's PDF, beside the same baselines.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createPdfRenderer, findChromium, renderPdf } from "@zfxxgk/pdf";
import { renderHtml } from "@zfxxgk/render";
import { parseReport } from "@zfxxgk/schema";
import { Bench } from "tinybench";
// CPU of Chromium's processes, the ended print compositors included (one place for the dev scripts)
import { chromiumCpu, endedChildrenCpu, nodeCpu } from "../packages/pdf/scripts/chromium-cpu.mjs";

const run = promisify(execFile);
const BATCH = Number(process.env.PDF_BENCH_BATCH ?? 8);
const PARALLEL = 2;

const examplesDir = new URL("../examples/", import.meta.url);
const files = (await readdir(examplesDir)).filter((f) => f.endsWith(".json")).sort();
const examples = await Promise.all(
  files.map(async (f) => parseReport(JSON.parse(await readFile(new URL(f, examplesDir), "utf8")))),
);
const reports = examples.flatMap((p) => (p.ok && p.report ? [p.report] : []));
if (reports.length === 0) throw new Error("pdf bench: no valid example report in examples/");
const batch = Array.from({ length: BATCH }, (_, i) => reports[i % reports.length]);

const chromium = findChromium();
const work = await mkdtemp(join(tmpdir(), "zfxxgk-pdf-bench-"));
const htmlFiles = await Promise.all(
  batch.map(async (report, i) => {
    const file = join(work, `report-${i}.html`);
    await writeFile(file, renderHtml(report));
    return file;
  }),
);

/** Runs `job` on every item, `PARALLEL` at a time. */
async function inParallel(items, job) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await job(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

const chromiumArgs = (file, i) => [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  `--user-data-dir=${join(work, `profile-${i}`)}`,
  "--no-pdf-header-footer",
  `--print-to-pdf=${join(work, `report-${i}.pdf`)}`,
  `file://${file}`,
];

/** The output of 0.1, kept selectable for this comparison. */
const BEFORE = { fonts: "unicode-range", objectStreams: false };
const renderer = await createPdfRenderer({ concurrency: PARALLEL });
const before = await createPdfRenderer({ concurrency: PARALLEL, ...BEFORE });
const bench = new Bench({ iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 });
bench.add("pooled renderer (createPdfRenderer)", async () => {
  await Promise.all(batch.map((report) => renderer.render(report)));
});
bench.add("pooled renderer, output of 0.1 (unicode-range fonts)", async () => {
  await Promise.all(batch.map((report) => before.render(report)));
});
bench.add("new browser per document (renderPdf)", async () => {
  await inParallel(batch, (report) => renderPdf(report));
});
bench.add("chromium --headless --print-to-pdf per file", async () => {
  await inParallel(htmlFiles, (file, i) => run(chromium, chromiumArgs(file, i)));
});

const city =
  reports.find((r) => r.meta.agency.includes("示例市") && r.meta.year === 2024) ?? reports[0];
const cpuRows = {};
let sizes = {};
// Each side prints the same batch again, measured on its own.
try {
  await bench.run();
  if (process.platform === "linux" && renderer.browser && before.browser) {
    // Two rounds, the two sides taking turns, so that a change in the machine's load hits both.
    const ROUNDS = 2;
    const cpuOf = async (name, pooled) => {
      const browserPid = pooled.browser.process().pid;
      const b0 = chromiumCpu(browserPid).cpu;
      const n0 = nodeCpu();
      await Promise.all(batch.map((report) => pooled.render(report)));
      const browser = (chromiumCpu(browserPid).cpu - b0) / BATCH / ROUNDS;
      const node = (nodeCpu() - n0) / BATCH / ROUNDS;
      cpuRows[`${name}: browser`] = +((cpuRows[`${name}: browser`] ?? 0) + browser).toFixed(3);
      cpuRows[`${name}: Node`] = +((cpuRows[`${name}: Node`] ?? 0) + node).toFixed(3);
      cpuRows[`${name}: total`] = +((cpuRows[`${name}: total`] ?? 0) + browser + node).toFixed(3);
    };
    for (let round = 0; round < ROUNDS; round++) {
      await cpuOf("pooled renderer", renderer);
      await cpuOf("pooled renderer, output of 0.1", before);
    }
    const c0 = endedChildrenCpu();
    await inParallel(htmlFiles, (file, i) => run(chromium, chromiumArgs(file, i)));
    cpuRows["chromium --print-to-pdf per file"] = +((endedChildrenCpu() - c0) / BATCH).toFixed(3);
  }
  const cityPdf = await renderer.render(city, { creationDate: new Date("2025-01-01") });
  const cityBefore = await before.render(city, { creationDate: new Date("2025-01-01") });
  const cityHtml = join(work, "city.html");
  await writeFile(cityHtml, renderHtml(city));
  await run(chromium, chromiumArgs(cityHtml, "city"));
  sizes = {
    "pooled renderer (tagged, outline, one font subset per face)": cityPdf.length,
    "pooled renderer, output of 0.1 (unicode-range fonts)": cityBefore.length,
    "chromium --print-to-pdf (untagged, system fonts)": (await stat(join(work, "report-city.pdf")))
      .size,
  };
} finally {
  await renderer.close();
  await before.close();
  await rm(work, { recursive: true, force: true });
}

const rows = bench.tasks.map((t) => {
  const msPerBatch = t.result.latency.mean;
  return { name: t.name, docsPerSecond: (BATCH * 1000) / msPerBatch, msPerDoc: msPerBatch / BATCH };
});
const pooled = rows[0]?.docsPerSecond ?? 0;
console.log(`${BATCH} reports per batch, ${PARALLEL} at a time, mean of 3 batches after 1 warm-up`);
console.table(
  Object.fromEntries(
    rows.map((r) => [
      r.name,
      {
        "docs/s": +r.docsPerSecond.toFixed(2),
        "ms/doc": Math.round(r.msPerDoc),
        "pooled is × faster": +(pooled / r.docsPerSecond).toFixed(2),
      },
    ]),
  ),
);
console.log(
  "note: the print-to-pdf files carry renderHtml output only (no bundled web fonts), so that " +
    "column does less font work than the other two.",
);
if (Object.keys(cpuRows).length > 0) {
  console.log(
    `\nCPU seconds per document (the batch of ${BATCH}; goal for the pooled renderer: 0.25)`,
  );
  console.table(
    Object.fromEntries(Object.entries(cpuRows).map(([k, v]) => [k, { "CPU s/doc": v }])),
  );
}
console.log(`\nPDF size of ${city.meta.agency} ${city.meta.year} (goal 150 KB)`);
console.table(
  Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, { KB: +(v / 1024).toFixed(1) }])),
);
