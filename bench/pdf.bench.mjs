// PDF throughput, side by side on the same batch of example reports (each 5–6 A4 pages):
// the pooled renderer (one warm browser, a page per worker), a new browser per document through the
// same package, and `chromium --headless --print-to-pdf` as a new process per file. Each runs two
// documents at a time (the target machine has 2 cores).
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createPdfRenderer, findChromium, renderPdf } from "@zfxxgk/pdf";
import { renderHtml } from "@zfxxgk/render";
import { parseReport } from "@zfxxgk/schema";
import { Bench } from "tinybench";

const run = promisify(execFile);
const BATCH = 8;
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

const renderer = await createPdfRenderer({ concurrency: PARALLEL });
const bench = new Bench({ iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 });
bench.add("pooled renderer (createPdfRenderer)", async () => {
  await Promise.all(batch.map((report) => renderer.render(report)));
});
bench.add("new browser per document (renderPdf)", async () => {
  await inParallel(batch, (report) => renderPdf(report));
});
bench.add("chromium --headless --print-to-pdf per file", async () => {
  await inParallel(htmlFiles, (file, i) =>
    run(chromium, [
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
    ]),
  );
});
try {
  await bench.run();
} finally {
  await renderer.close();
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
