#!/usr/bin/env node
// Two builds of @zfxxgk/pdf side by side: the example reports printed two at a time by a pooled
// renderer of each, the builds taking turns in rounds (so a change in the machine's load hits both);
// CPU seconds per document of each renderer's browser processes, the ended print compositors
// included (Linux /proc, scripts/chromium-cpu.mjs) and of Node, the size
// of the synthetic city report, and a check that every round prints the same bytes.
//
//   cp packages/pdf/dist/index.js bench/.cache/base-pdf.mjs   # the build to compare against
//   # … change and rebuild packages/pdf …
//   BASE=bench/.cache/base-pdf.mjs ROUNDS=4 node packages/pdf/scripts/against.mjs
//
// BASE_CHROMIUM and THIS_CHROMIUM give a side another browser (default: what findChromium finds).
// Every round's bytes are checked against the side's first print, and this side's against the base's.
// The copied build resolves its dependencies from bench/.cache, i.e. this repository's node_modules.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createPdfRenderer } from "@zfxxgk/pdf";
import { chromiumCpu, loadAverage, nodeCpu } from "./chromium-cpu.mjs";
import { city, printAll, reports } from "./examples.mjs";

if (!process.env.BASE)
  throw new Error("BASE=<path of the other build's dist/index.js> is required");
const base = await import(pathToFileURL(resolve(process.env.BASE)).href);
const ROUNDS = Number(process.env.ROUNDS ?? 4);

const creationDate = new Date(Date.UTC(2025, 0, 1));
// BASE_CHROMIUM, THIS_CHROMIUM: another browser for a side (e.g. chrome-headless-shell)
const browserOf = (path) => (path ? { executablePath: path } : {});
const renderers = {
  base: await base.createPdfRenderer({ creationDate, ...browserOf(process.env.BASE_CHROMIUM) }),
  this: await createPdfRenderer({ creationDate, ...browserOf(process.env.THIS_CHROMIUM) }),
};
const first = {};
for (const [name, renderer] of Object.entries(renderers)) first[name] = await printAll(renderer);
const differ = reports.filter((_, i) => Buffer.compare(first.this[i], first.base[i]) !== 0);
console.log(
  differ.length
    ? `this build printed other bytes than the base for ${differ.map((r) => r.name).join(", ")}`
    : `this build printed the same bytes as the base for all ${reports.length} reports`,
);
const names = Object.keys(renderers);
const cpu = Object.fromEntries(names.map((name) => [name, { chromium: 0, node: 0 }]));
const loads = [loadAverage()];
for (let round = 0; round < ROUNDS; round++) {
  for (const name of round % 2 ? [...names].reverse() : names) {
    const renderer = renderers[name];
    const root = renderer.browser?.process()?.pid ?? 0;
    const b0 = chromiumCpu(root).cpu;
    const n0 = nodeCpu();
    const pdfs = await printAll(renderer);
    const row = cpu[name];
    row.chromium += chromiumCpu(root).cpu - b0;
    row.node += nodeCpu() - n0;
    pdfs.forEach((pdf, i) => {
      if (Buffer.compare(Buffer.from(pdf), Buffer.from(first[name][i])) !== 0) {
        console.log(`${name}: ${reports[i].name} printed different bytes`);
      }
    });
  }
  loads.push(loadAverage());
}
for (const renderer of Object.values(renderers)) await renderer.close();
const per = (x) => +(x / ROUNDS / reports.length).toFixed(3);
console.log(
  `CPU seconds per document (${reports.length} reports × ${ROUNDS} rounds, two at a time; ` +
    `load average ${loads.join(" ")})`,
);
console.table(
  Object.fromEntries(
    Object.entries(cpu).map(([name, c]) => [
      name,
      {
        Chromium: per(c.chromium),
        Node: per(c.node),
        total: per(c.chromium + c.node),
        "city KB": +(first[name][city].length / 1024).toFixed(1),
      },
    ]),
  ),
);
