// Shared by the benchmarks: inputs and a side-by-side table.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const examples = new URL("../examples/", import.meta.url);

/** The largest example report (by file size), parsed; undefined when examples/ is empty. */
export async function largestExample() {
  const files = (await readdir(examples).catch(() => [])).filter((f) => f.endsWith(".json"));
  if (files.length === 0) return undefined;
  const sizes = await Promise.all(
    files.map(async (f) => [(await stat(new URL(f, examples))).size, f]),
  );
  const [, file] = sizes.sort((a, b) => b[0] - a[0])[0];
  return JSON.parse(await readFile(new URL(file, examples), "utf8"));
}

/** One line per task: ops/s and µs per op from the median (robust to load), and the ratio to the fastest. */
export function printTable(bench) {
  const rows = bench.tasks.map((t) => ({
    name: t.name,
    median: t.result.latency.p50,
    hz: 1000 / t.result.latency.p50,
  }));
  const fastest = Math.max(...rows.map((r) => r.hz));
  console.table(
    Object.fromEntries(
      rows.map((r) => [
        r.name,
        {
          "ops/s": Math.round(r.hz),
          "µs/op (median)": +(r.median * 1000).toFixed(2),
          "× slower than fastest": +(fastest / r.hz).toFixed(2),
        },
      ]),
    ),
  );
}

/** Ajv (draft 2020-12, strict, with formats) compiled on the published JSON Schema of the 2021 edition. */
export async function ajvCheck() {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(
    await readFile(require.resolve("@zfxxgk/schema/schema/2021.json"), "utf8"),
  );
  const ajv = new Ajv2020({ strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

/**
 * The same city in the 2019 format, for timing the 2019 edition beside 2021 on the same figures:
 * tables 三 and 四 as they are, （六）其他处理 as the sum of its three 2021 rows, a table 二 of the
 * 2019 format made from 2021's (decisions kept, the other columns filled from the same counts).
 */
export function in2019Format(report) {
  const { T2, T3, T4 } = report.tables;
  const { O1, O2, O3 } = T3;
  const O = Object.fromEntries(Object.keys(O1).map((c) => [c, O1[c] + O2[c] + O3[c]]));
  // in the grid's order: O stands where O1…O3 stood
  const t3 = Object.fromEntries(
    Object.entries(T3).flatMap(([k, v]) =>
      k === "O1" ? [["O", O]] : /^O\d$/.test(k) ? [] : [[k, v]],
    ),
  );
  const docs = (d) => ({ made: d.issued, published: d.issued, total: d.inForce });
  const items = (decisions, i) => ({ previous: 40 + i, change: i % 2 ? -i : i, decisions });
  const { processingFee, ...rest } = report;
  return {
    ...rest,
    edition: "2019",
    meta: {
      ...report.meta,
      year: 2020,
      period: { start: "2020-01-01", end: "2020-12-31" },
      publishedOn: "2021-01-25",
    },
    tables: {
      T2: {
        regulations: docs(T2.regulations),
        normativeDocs: docs(T2.normativeDocs),
        licensing: items(T2.licensing, 3),
        otherServices: items(12, 1),
        penalties: items(T2.penalties, 4),
        coercion: items(T2.coercion, 0),
        fees: { previous: 9, change: -1 },
        procurement: { count: 18, amount: "2510000元" },
      },
      T3: t3,
      T4,
    },
  };
}

/**
 * A report of each edition for side-by-side figures: the 2008–2018 example (seed 003, 西山区 2018)
 * beside the 2021-format report of the same district (seed 000, 2024), with the seed text each was
 * transcribed from when ../shared/seeds is on this machine.
 */
export function editionPairs() {
  const pick = (dir, name) => {
    const file = new URL(`../examples/${dir}${name}.json`, import.meta.url);
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
  };
  const seedText = (id) => {
    const dir = new URL("../../shared/seeds/", import.meta.url);
    const file = existsSync(dir) && readdirSync(dir).find((f) => f.startsWith(`${id}_`));
    return file ? readFileSync(new URL(file, dir), "utf8") : undefined;
  };
  return [
    { name: "seed 003 (2018)", report: pick("transcribed/", "seed-003-xishan-2018"), seed: "003" },
    { name: "seed 000 (2024)", report: pick("", "seed-000-xishan-2024"), seed: "000" },
  ]
    .filter((p) => p.report)
    .map((p) => ({ ...p, name: `${p.name}, edition ${p.report.edition}`, seed: seedText(p.seed) }));
}

/**
 * CPU time per report (user + system of this process) of each task, run in alternating batches so
 * that a burst of load on the shared machine lands on all of them alike; the median batch is shown.
 */
export function cpuPerReport(tasks, { rounds = 20, batch = 20 } = {}) {
  const times = new Map(tasks.map(([name]) => [name, []]));
  for (let r = 0; r < rounds; r++)
    for (const [name, run] of tasks) {
      const cpu = process.cpuUsage();
      for (let i = 0; i < batch; i++) run();
      const used = process.cpuUsage(cpu);
      times.get(name).push((used.user + used.system) / batch);
    }
  const rows = {};
  for (const [name, list] of times) {
    list.sort((a, b) => a - b);
    rows[name] = { "CPU µs/report (median batch)": +list[Math.floor(list.length / 2)].toFixed(1) };
  }
  console.table(rows);
}

/**
 * Another build of @zfxxgk/parse to time beside this one in the same run (alternating, so that
 * both see the same load), named by `PARSE_BEFORE` (its dist/index.js, e.g. the main branch's
 * /work/main/packages/parse/dist/index.js); undefined when unset.
 */
export async function parseBefore() {
  const path = process.env.PARSE_BEFORE;
  return path ? import(pathToFileURL(resolve(path)).href) : undefined;
}

/**
 * Another build of @zfxxgk/validate to time beside this one in the same run, named by
 * `VALIDATE_BEFORE` (its dist/index.js, in a folder where @zfxxgk/schema resolves, e.g. a copy of
 * packages/validate made before a change, with a node_modules link to the workspace's);
 * undefined when unset.
 */
export async function validateBefore() {
  const path = process.env.VALIDATE_BEFORE;
  return path ? import(pathToFileURL(resolve(path)).href) : undefined;
}
