#!/usr/bin/env node
// Two builds of @zfxxgk/pdf side by side: the example reports printed two at a time by a pooled
// renderer of each, the builds taking turns in rounds (so a change in the machine's load hits both);
// CPU seconds per document of each renderer's browser processes (Linux /proc) and of Node, the size
// of the synthetic city report, and a check that every round prints the same bytes.
//
//   cp packages/pdf/dist/index.js bench/.cache/base-pdf.mjs   # the build to compare against
//   # … change and rebuild packages/pdf …
//   BASE=bench/.cache/base-pdf.mjs ROUNDS=4 node packages/pdf/scripts/against.mjs
//
// The copied build resolves its dependencies from bench/.cache, i.e. this repository's node_modules.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createPdfRenderer } from "@zfxxgk/pdf";
import { parseReport } from "@zfxxgk/schema";

if (!process.env.BASE)
  throw new Error("BASE=<path of the other build's dist/index.js> is required");
const base = await import(pathToFileURL(resolve(process.env.BASE)).href);
const ROUNDS = Number(process.env.ROUNDS ?? 4);
const ex = "examples/"; // run from the repository root
const reports = readdirSync(ex)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ name: f, report: parseReport(JSON.parse(readFileSync(ex + f, "utf8"))).report }));
const city = reports.findIndex((r) => r.name === "synthetic-city-2024.json");

/** CPU seconds so far of a process and its descendants, the ended ones included (Linux /proc). */
function treeCpu(root) {
  const procs = [];
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const st = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = st.slice(st.lastIndexOf(")") + 2).split(" ");
      procs.push({
        pid: Number(pid),
        ppid: Number(f[1]),
        // utime + stime, and cutime + cstime: the children that ended and were waited for — Chromium
        // starts a print compositor process for every document, which is gone before the next reading
        cpu: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100,
      });
    } catch {
      // the process ended while being read
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs)
      if (tree.has(p.ppid) && !tree.has(p.pid)) grew = Boolean(tree.add(p.pid));
  }
  return procs.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.cpu, 0);
}
const nodeCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const creationDate = new Date(Date.UTC(2025, 0, 1));
const renderers = {
  base: await base.createPdfRenderer({ creationDate }),
  this: await createPdfRenderer({ creationDate }),
};
const printAll = async (renderer) => {
  const pdfs = [];
  for (let i = 0; i < reports.length; i += 2) {
    const pair = reports.slice(i, i + 2).map(({ report }) => renderer.render(report));
    pdfs.push(...(await Promise.all(pair)));
  }
  return pdfs;
};
const first = {};
for (const [name, renderer] of Object.entries(renderers)) first[name] = await printAll(renderer);
const names = Object.keys(renderers);
const cpu = Object.fromEntries(names.map((name) => [name, { chromium: 0, node: 0 }]));
for (let round = 0; round < ROUNDS; round++) {
  for (const name of round % 2 ? [...names].reverse() : names) {
    const renderer = renderers[name];
    const root = renderer.browser?.process()?.pid ?? 0;
    const b0 = treeCpu(root);
    const n0 = nodeCpu();
    const pdfs = await printAll(renderer);
    const row = cpu[name];
    row.chromium += treeCpu(root) - b0;
    row.node += nodeCpu() - n0;
    pdfs.forEach((pdf, i) => {
      if (Buffer.compare(Buffer.from(pdf), Buffer.from(first[name][i])) !== 0) {
        console.log(`${name}: ${reports[i].name} printed different bytes`);
      }
    });
  }
}
for (const renderer of Object.values(renderers)) await renderer.close();
const per = (x) => +(x / ROUNDS / reports.length).toFixed(3);
console.log(
  `CPU seconds per document (${reports.length} reports × ${ROUNDS} rounds, two at a time)`,
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
