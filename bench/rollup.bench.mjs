// Roll-up of 3,000 reports (a province's bodies) beside summing the same cells in a plain loop.
// Reports CPU time per run and per report, and the heap each result keeps alive (provenance
// included). Goals: the summing under 1 s and within 3× of the plain loop; memory that grows only
// with the non-zero contributions. Run with `node --expose-gc` for the retained-heap column.
import { readdirSync, readFileSync } from "node:fs";
import { rollup } from "@zfxxgk/rollup";
import { addUp, EDITIONS, editionForYear } from "@zfxxgk/schema";

const N = 3000;
const dir = new URL("../examples/region/bodies/", import.meta.url);
const bodies = readdirSync(dir)
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")));
const edition = editionForYear(2024);
const reports = Array.from({ length: N }, (_, i) => {
  const r = structuredClone(bodies[i % bodies.length]);
  r.meta.agency = `${r.meta.agency}（${i}）`;
  delete r.meta.creditCode;
  return r;
});
const same = reports.filter((r) => r.edition === edition);

/** The baseline: every cell of every report read by its path and added, floats, no provenance. */
function plainLoop(list) {
  const cells = EDITIONS[edition].cells;
  const totals = new Float64Array(cells.length);
  for (const r of list)
    for (let i = 0; i < cells.length; i++) {
      let node = r;
      for (const key of cells[i].path) node = node?.[key];
      if (typeof node === "number") totals[i] += node;
      else if (typeof node === "string") totals[i] += Number.parseFloat(node) || 0;
    }
  return totals;
}

const gc = globalThis.gc;
/** Holds the result while its heap is measured. */
let keep;
/** The JS heap and the typed arrays' backing stores (kept outside it). */
function heapAndBuffers() {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function measure(name, count, run, repeat = 5) {
  run(); // warm up
  const times = [];
  let kept = 0;
  for (let k = 0; k < repeat; k++) {
    gc?.();
    const before = heapAndBuffers();
    const cpu = process.cpuUsage();
    keep = run();
    const used = process.cpuUsage(cpu);
    times.push((used.user + used.system) / 1000);
    gc?.();
    kept = heapAndBuffers() - before;
    if (keep === undefined) throw new Error(`${name}: no result`);
    keep = undefined;
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  return { name, count, ms, kept };
}

const rows = [
  measure(`plain loop over ${same.length} reports (floats, no provenance)`, same.length, () =>
    plainLoop(same),
  ),
  measure(`addUp of ${same.length} reports (exact, provenance)`, same.length, () =>
    addUp(same, { edition }),
  ),
  measure(`addUp of all ${N} (older layout mapped)`, N, () => addUp(reports, { edition })),
  measure(
    `rollup of ${N} reports, each validated (+ hashes, findings)`,
    N,
    () => rollup(reports, { agency: "某省", year: 2024 }),
    3,
  ),
  measure(
    `rollup of ${N} reports, validated with the official rules only`,
    N,
    () => rollup(reports, { agency: "某省", year: 2024, validate: { preset: "official" } }),
    3,
  ),
];
const base = rows[0].ms;
console.table(
  Object.fromEntries(
    rows.map((r) => [
      r.name,
      {
        "CPU ms (median)": +r.ms.toFixed(1),
        "µs CPU / report": +((r.ms * 1000) / r.count).toFixed(1),
        "× plain loop": +(r.ms / base).toFixed(2),
        "heap kept (MB)": gc ? +(r.kept / 2 ** 20).toFixed(2) : "run with --expose-gc",
      },
    ]),
  ),
);
