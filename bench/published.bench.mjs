// The corpus of published shapes (test/corpus: every example written as flattened pipes, one cell
// per line, crawled run-together text, converter markdown, Word HTML, … — the same documents the
// corpus test reads): share of cells read right per shape, throughput of the text reports (target:
// at least 1,000 reports per second), and PDFs beside them (CPU time per PDF, made by pdf-lib).
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseHtml, parsePdf, parseText } from "@zfxxgk/parse";
import { toCells } from "@zfxxgk/schema";
import { build } from "esbuild";
import { Bench } from "tinybench";
import { printTable } from "./support.mjs";

// the corpus writers are TypeScript test helpers: bundled once, their packages left as imports
const cache = new URL("./.cache/", import.meta.url);
mkdirSync(cache, { recursive: true });
const outfile = fileURLToPath(new URL("corpus.mjs", cache));
await build({
  entryPoints: [fileURLToPath(new URL("../test/corpus/bench-entry.ts", import.meta.url))],
  bundle: true,
  platform: "node",
  format: "esm",
  packages: "external",
  outfile,
  logLevel: "error",
});
const { textCorpus, pdfLibReport, loadExamples } = await import(outfile);

const docs = textCorpus().filter((d) => d.expected);
const parse = (d) => (d.kind === "html" ? parseHtml(d.content) : parseText(d.content));

const shapes = new Map();
let right = 0;
let cells = 0;
for (const d of docs) {
  const got = toCells(parse(d).report);
  const want = toCells(d.expected);
  const ids = Object.keys(want);
  const ok = ids.filter((id) => got[id] === want[id]).length;
  const s = shapes.get(d.shape) ?? { docs: 0, ok: 0, cells: 0 };
  s.docs++;
  s.ok += ok;
  s.cells += ids.length;
  shapes.set(d.shape, s);
  right += ok;
  cells += ids.length;
}
console.log(
  `share of cells read right: ${(right / cells).toFixed(4)} (${right}/${cells}) over ${docs.length} documents`,
);
console.table(
  Object.fromEntries(
    [...shapes].map(([shape, s]) => [
      shape,
      { docs: s.docs, "share read": +(s.ok / s.cells).toFixed(4) },
    ]),
  ),
);

// throughput: the whole text corpus, one pass per iteration
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let passes = 0;
while (performance.now() - t0 < 3000) {
  for (const d of docs) parse(d);
  passes++;
}
const cpu = process.cpuUsage(cpu0);
const perDoc = (cpu.user + cpu.system) / 1000 / (passes * docs.length);
console.log(
  `text and HTML reports: ${Math.round(1000 / perDoc)} reports/s of CPU time (${perDoc.toFixed(3)} ms CPU per report, ${passes * docs.length} parsed)`,
);

const bench = new Bench({ time: 1500 });
for (const shape of shapes.keys()) {
  const mine = docs.filter((d) => d.shape === shape);
  bench.add(`${shape} (${mine.length} docs)`, () => {
    for (const d of mine) parse(d);
  });
}
await bench.run();
printTable(bench);

// PDFs beside: made by pdf-lib (untagged, rows rebuilt from positions)
const example = loadExamples()[0];
if (example) {
  const pdf = await pdfLibReport(example.json);
  await parsePdf(pdf); // warm
  const runs = 5;
  const p0 = process.cpuUsage();
  const w0 = performance.now();
  for (let i = 0; i < runs; i++) await parsePdf(pdf);
  const pc = process.cpuUsage(p0);
  console.log(
    `PDF (pdf-lib, ${Math.round(pdf.length / 1024)} KB): ${((pc.user + pc.system) / 1000 / runs).toFixed(0)} ms CPU per PDF, ${((performance.now() - w0) / runs).toFixed(0)} ms wall (${runs} runs)`,
  );
}
