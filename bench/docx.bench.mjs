// .docx export and import per report, beside the HTML renderer and the HTML parser on the same
// examples (each also in the 2019 format; the transcribed ones as published): renderDocx against renderHtml, readDocx against parseHtml of the page without its
// embedded JSON (both read the tables and text through the same matching).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readDocx, renderDocx } from "@zfxxgk/docx";
import { parseHtml } from "@zfxxgk/parse";
import { renderHtml } from "@zfxxgk/render";
import { Bench } from "tinybench";
import { in2019Format, printTable } from "./support.mjs";

const examplesDir = new URL("../examples/", import.meta.url);
const examples = (existsSync(examplesDir) ? readdirSync(examplesDir) : [])
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, examplesDir), "utf8")));
// the reports transcribed as published (a 2008–2018 one with its 统计表 among them), in their own edition
const transcribedDir = new URL("../examples/transcribed/", import.meta.url);
const transcribed = (existsSync(transcribedDir) ? readdirSync(transcribedDir) : [])
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, transcribedDir), "utf8")));
// every example in its own edition and again in the 2019 format, so both editions are timed
// (the conversion starts from the 2021 tables: examples already in another edition are timed as they are)
const convertible = examples.filter((r) => r.tables?.T3?.O1);
const reports = [...examples, ...convertible.map(in2019Format), ...transcribed];

const withoutJson = (html) =>
  html.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/, "");
const pages = reports.map((r) => withoutJson(renderHtml(r)));
const docs = await Promise.all(reports.map((r) => renderDocx(r)));

// Both importers must give the examples' tables back before they are timed.
for (const [i, report] of reports.entries()) {
  for (const [shape, outcome] of [
    ["docx", readDocx(docs[i])],
    ["html", parseHtml(pages[i])],
  ]) {
    if (JSON.stringify(outcome.report?.tables) !== JSON.stringify(report.tables))
      throw new Error(`${report.meta.agency}: ${shape} does not read back to the example's tables`);
  }
}

const n = reports.length;
const bench = new Bench({ time: 1000 });
bench
  .add(`renderHtml (${n} reports)`, () => {
    for (const r of reports) renderHtml(r);
  })
  .add(`renderDocx (${n} reports)`, async () => {
    for (const r of reports) await renderDocx(r);
  })
  .add(`parseHtml without JSON (${n} pages)`, () => {
    for (const p of pages) parseHtml(p);
  })
  .add(`readDocx (${n} documents)`, () => {
    for (const d of docs) readDocx(d);
  });
await bench.run();
printTable(bench);

// CPU time of this process per report (the machine is shared; wall time is printed beside it).
const shapes = [
  [
    "renderHtml",
    async () => {
      for (const r of reports) renderHtml(r);
    },
  ],
  [
    "renderDocx",
    async () => {
      for (const r of reports) await renderDocx(r);
    },
  ],
  [
    "parseHtml without JSON",
    async () => {
      for (const p of pages) parseHtml(p);
    },
  ],
  [
    "readDocx",
    async () => {
      for (const d of docs) readDocx(d);
    },
  ],
];
const ROUNDS = 10;
const perReport = {};
for (const [name, run] of shapes) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let r = 0; r < ROUNDS; r++) await run();
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / (ROUNDS * n);
  const wallMs = (performance.now() - start) / (ROUNDS * n);
  perReport[name] = cpuMs;
  console.log(`${name}: ${cpuMs.toFixed(2)} ms CPU per report (${wallMs.toFixed(2)} ms wall)`);
}
console.log(
  `export: renderDocx takes ${(perReport.renderDocx / perReport.renderHtml).toFixed(1)}× the CPU of renderHtml; ` +
    `import: readDocx takes ${(perReport.readDocx / perReport["parseHtml without JSON"]).toFixed(1)}× the CPU of parseHtml`,
);
const sizes = docs.map((d) => d.length);
console.log(`.docx size: ${Math.min(...sizes)}–${Math.max(...sizes)} bytes`);
