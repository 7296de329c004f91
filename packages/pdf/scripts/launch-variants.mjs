#!/usr/bin/env node
// Variants of how Chromium is started (extra flags, extra environment) with this build, side by
// side: the example reports printed two at a time by a pooled renderer per variant, the variants
// taking turns in rounds (so a change in the machine's load hits all of them); per document, CPU
// seconds of each renderer's browser processes (user and system apart, Linux /proc), of Node, and
// the browser processes' minor page faults; and a check that every variant prints the bytes of the
// first. A variant may also name another build (`build`: a copied dist/index.js, e.g. patched) or
// another browser (`executablePath`, e.g. chrome-headless-shell).
//
//   npm run build -w packages/pdf
//   VARIANTS='[{"name":"now"},{"name":"glibc","env":{"GLIBC_TUNABLES":"glibc.malloc.trim_threshold=268435456"}},
//     {"name":"flags","args":["--disable-features=PartitionAllocMemoryReclaimer"]}]' \
//     ROUNDS=6 node packages/pdf/scripts/launch-variants.mjs
//
// VARIANTS is JSON or the path of a JSON file. The build is copied to bench/.cache with a hook that
// adds each variant's `args` and `env` to puppeteer's launch (launch happens in createPdfRenderer).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromiumCpu, loadAverage as load, nodeCpu } from "./chromium-cpu.mjs";
import { city, printAll, reports } from "./examples.mjs";

const spec = process.env.VARIANTS ?? '[{"name":"now"}]';
const variants = JSON.parse(spec.trim().startsWith("[") ? spec : readFileSync(spec, "utf8"));
const ROUNDS = Number(process.env.ROUNDS ?? 4);

/** A copy of a build whose launch takes extra args and env from globals set before each launch. */
function hooked(build) {
  const source = readFileSync(build, "utf8");
  const line = "    args: [...CHROMIUM_ARGS],";
  if (!source.includes(line)) throw new Error(`${build}: the launch options were not found`);
  const out = resolve("bench/.cache", `launch-hook-${modules.size}.mjs`);
  mkdirSync("bench/.cache", { recursive: true });
  writeFileSync(
    out,
    source.replace(
      line,
      "    args: [...CHROMIUM_ARGS, ...(globalThis.__launchArgs ?? [])],\n" +
        "    env: { ...process.env, ...(globalThis.__launchEnv ?? {}) },",
    ),
  );
  return out;
}

const creationDate = new Date(Date.UTC(2025, 0, 1));
const modules = new Map();
const renderers = {};
for (const v of variants) {
  const build = v.build ?? "packages/pdf/dist/index.js";
  if (!modules.has(build)) modules.set(build, await import(pathToFileURL(hooked(build)).href));
  globalThis.__launchArgs = v.args ?? [];
  globalThis.__launchEnv = v.env ?? {};
  renderers[v.name] = await modules.get(build).createPdfRenderer({
    creationDate,
    ...(v.executablePath ? { executablePath: v.executablePath } : {}),
  });
}
globalThis.__launchArgs = [];
globalThis.__launchEnv = {};
const first = {};
for (const [name, renderer] of Object.entries(renderers)) first[name] = await printAll(renderer);
const names = Object.keys(renderers);
const cpu = Object.fromEntries(names.map((n) => [n, { user: 0, sys: 0, node: 0, faults: 0 }]));
const loads = [load()];
for (let round = 0; round < ROUNDS; round++) {
  for (const name of round % 2 ? [...names].reverse() : names) {
    const renderer = renderers[name];
    const root = renderer.browser?.process()?.pid ?? 0;
    const b0 = chromiumCpu(root);
    const n0 = nodeCpu();
    const pdfs = await printAll(renderer);
    const b1 = chromiumCpu(root);
    const row = cpu[name];
    for (const key of ["user", "sys", "faults"]) row[key] += b1[key] - b0[key];
    row.node += nodeCpu() - n0;
    pdfs.forEach((pdf, i) => {
      if (Buffer.compare(Buffer.from(pdf), Buffer.from(first[names[0]][i])) !== 0) {
        console.log(`${name}: ${reports[i].name} printed other bytes than ${names[0]}`);
      }
    });
  }
  loads.push(load());
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
        "Chromium user": per(c.user),
        "Chromium system": per(c.sys),
        Chromium: per(c.user + c.sys),
        Node: per(c.node),
        total: per(c.user + c.sys + c.node),
        "faults/doc": Math.round(c.faults / ROUNDS / reports.length),
        "city KB": +(first[name][city].length / 1024).toFixed(1),
      },
    ]),
  ),
);
