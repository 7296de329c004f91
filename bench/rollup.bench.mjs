// Roll-up of 3,000 reports (a province's bodies) beside summing the same cells in a plain loop.
// Reports CPU time per run and per report, the heap each result keeps alive (provenance
// included) and the peak memory of each case, measured in a process of its own. Goals: the
// summing under 1 s and within 3× of the plain loop; memory that grows only with the non-zero
// contributions. Run with `node --expose-gc` for the retained-heap column.
// The cases run interleaved, round after round, so that load from other processes on a shared
// machine falls on all of them alike; the ratio is the median of each round's ratio.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
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

const cases = [
  {
    name: `plain loop over ${same.length} reports (floats, no provenance)`,
    count: same.length,
    run: () => plainLoop(same),
  },
  {
    name: `addUp of ${same.length} reports (exact, provenance)`,
    count: same.length,
    run: () => addUp(same, { edition }),
  },
  {
    name: `addUp of all ${N} (older layout mapped)`,
    count: N,
    run: () => addUp(reports, { edition }),
  },
  {
    name: `rollup of ${N} reports, each validated (+ hashes, findings)`,
    count: N,
    run: () => rollup(reports, { agency: "某省", year: 2024 }),
  },
  {
    name: `rollup of ${N} reports, validated with the official rules only`,
    count: N,
    run: () => rollup(reports, { agency: "某省", year: 2024, validate: { preset: "official" } }),
  },
];

const self = fileURLToPath(import.meta.url);
const peakCase = process.argv[1] === self ? process.argv.indexOf("--peak") : -1;

if (peakCase >= 0) {
  // A child of the run below: one case once, then the process's peak resident memory.
  const which = Number(process.argv[peakCase + 1]);
  if (which >= 0) cases[which]?.run();
  process.stdout.write(String(process.resourceUsage().maxRSS * 1024));
} else {
  report();
}

/** Peak resident memory of a fresh process that loads the reports and runs case `i` (-1: none). */
function peak(i) {
  return Number(execFileSync(process.execPath, [self, "--peak", String(i)], { encoding: "utf8" }));
}

function report() {
  const gc = globalThis.gc;
  /** The JS heap and the typed arrays' backing stores (kept outside it). */
  const heapAndBuffers = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const ROUNDS = 7;
  for (const c of cases) c.run(); // warm up
  const times = cases.map(() => []);
  const kept = cases.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, c] of cases.entries()) {
      gc?.();
      const before = heapAndBuffers();
      const cpu = process.cpuUsage();
      let result = c.run();
      const used = process.cpuUsage(cpu);
      times[i].push((used.user + used.system) / 1000);
      gc?.();
      kept[i] = heapAndBuffers() - before;
      if (result === undefined) throw new Error(`${c.name}: no result`);
      result = undefined;
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const baseline = peak(-1);
  const MB = 2 ** 20;
  console.table(
    Object.fromEntries(
      cases.map((c, i) => {
        const ms = median(times[i]);
        return [
          c.name,
          {
            "CPU ms (median)": +ms.toFixed(1),
            "µs CPU / report": +((ms * 1000) / c.count).toFixed(1),
            "× plain loop": +median(times[i].map((t, k) => t / times[0][k])).toFixed(2),
            "heap kept (MB)": gc ? +(kept[i] / MB).toFixed(2) : "run with --expose-gc",
            "peak memory over loading (MB)": +((peak(i) - baseline) / MB).toFixed(1),
          },
        ];
      }),
    ),
  );
}
