// Shared by the benchmarks: inputs and a side-by-side table.
import { readdir, readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
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
