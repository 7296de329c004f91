// The corpus of published shapes (test/corpus: every example written as flattened pipes, one cell
// per line, crawled run-together text, converter markdown, Word HTML, … — the same documents the
// corpus test reads): share of cells read right per shape (and, for run-together digits, the cells
// left blank as undecided), CPU time per report beside a baseline (target: at least 1,000 text
// reports per second), and PDFs beside them (CPU time per PDF, made by pdf-lib).
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseHtml, parsePdf, parseText } from "@zfxxgk/parse";
import { EDITIONS, tableLayout, toCells } from "@zfxxgk/schema";
import { build } from "esbuild";
import { parseBefore } from "./support.mjs";

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
  const outcome = parse(d);
  const got = toCells(outcome.report);
  const want = toCells(d.expected);
  const ids = Object.keys(want);
  const ok = ids.filter((id) => got[id] === want[id]).length;
  const s = shapes.get(d.shape) ?? { docs: 0, ok: 0, cells: 0, undecided: 0 };
  s.docs++;
  s.ok += ok;
  for (const f of outcome.diagnostics)
    if (f.code === "parse/digits-undecided") s.undecided += f.cells.length;
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
      {
        docs: s.docs,
        "share read": +(s.ok / s.cells).toFixed(4),
        "blank, undecided": +(s.undecided / s.cells).toFixed(4),
      },
    ]),
  ),
);

// Throughput in CPU time of this process (the figure for one core on a shared machine), beside a
// baseline measured in the same rounds, so that both see the same load: the least any reader of
// these documents does — every line cut into fields and each field looked up among the grid's labels.
const norm = (s) => s.normalize("NFKC").replace(/[^\p{L}\p{N}]+/gu, "");
const gridLabels = new Set(
  Object.values(EDITIONS).flatMap((e) =>
    e.grid.tables.flatMap((t) => {
      const layout = tableLayout(t);
      return [...layout.head, ...layout.body]
        .flat()
        .flatMap((c) => (c.type === "data" ? [] : [norm(c.label["zh-Hans"])]));
    }),
  ),
);
const FIELD = /[|｜\t]| {2,}|<[^>]*>/;
function baseline(d) {
  let found = 0;
  for (const line of d.content.split("\n"))
    for (const field of line.split(FIELD)) if (gridLabels.has(norm(field))) found++;
  return found;
}
const cpuOf = (fn, inputs) => {
  const c = process.cpuUsage();
  for (const d of inputs) fn(d);
  const u = process.cpuUsage(c);
  return u.user + u.system;
};
// Another build beside this one (PARSE_BEFORE, see support.mjs), read in the same rounds.
const before = await parseBefore();
const parseBeforeBuild =
  before &&
  ((d) => (d.kind === "html" ? before.parseHtml(d.content) : before.parseText(d.content)));
// untimed passes first: the figure is the steady rate, not the compiler's first look
for (let pass = 0; pass < 5; pass++)
  for (const d of docs) {
    parse(d);
    parseBeforeBuild?.(d);
  }
const groups = [...shapes.keys()].map((shape) => [shape, docs.filter((d) => d.shape === shape)]);
const readers = [
  ["this build", parse],
  ...(parseBeforeBuild ? [["before", parseBeforeBuild]] : []),
  ["baseline", baseline],
];
const timed = new Map(readers.map(([name]) => [name, { passes: [], shapes: new Map() }]));
/**
 * One pass over the corpus: each document read by every reader in turn, the order alternating,
 * so that all of them meet the same moment's load (on the shared machine, passes timed one after
 * the other differ by a fifth or more between two copies of the same build).
 */
const pass = (round) => {
  const totals = new Map(readers.map(([name]) => [name, 0]));
  docs.forEach((d, k) => {
    for (const [name, fn] of (round + k) % 2 ? [...readers].reverse() : readers) {
      const used = cpuOf(fn, [d]);
      const t = timed.get(name);
      totals.set(name, totals.get(name) + used);
      t.shapes.set(d.shape, (t.shapes.get(d.shape) ?? 0) + used);
    }
  });
  for (const [name, used] of totals) timed.get(name).passes.push(used);
};
const t0 = performance.now();
let rounds = 0;
while (rounds < 10 || performance.now() - t0 < 6000) pass(rounds++);
const ms = (us, n) => us / 1000 / n;
const shapeMs = (name, shape, n) => ms(timed.get(name).shapes.get(shape), n * rounds);
console.table(
  Object.fromEntries(
    groups.map(([shape, group]) => [
      shape,
      {
        "ms CPU per report": +shapeMs("this build", shape, group.length).toFixed(3),
        ...(parseBeforeBuild
          ? { "before: ms CPU": +shapeMs("before", shape, group.length).toFixed(3) }
          : {}),
        "baseline ms": +shapeMs("baseline", shape, group.length).toFixed(4),
        "× baseline": Math.round(
          timed.get("this build").shapes.get(shape) / timed.get("baseline").shapes.get(shape),
        ),
      },
    ]),
  ),
);
/** CPU ms per report of the median pass over the whole corpus (robust to bursts of load). */
const perReport = (name) => {
  const passes = [...timed.get(name).passes].sort((x, y) => x - y);
  return ms(passes[Math.floor(passes.length / 2)], docs.length);
};
const perDoc = perReport("this build");
console.log(
  `text and HTML reports: ${Math.round(1000 / perDoc)} reports/s of CPU time (${perDoc.toFixed(3)} ms CPU per report, median of ${rounds} passes over ${docs.length} documents); ` +
    `baseline ${perReport("baseline").toFixed(4)} ms (${Math.round(perDoc / perReport("baseline"))}× less); ` +
    `target ≥ 1,000/s: ${1000 / perDoc >= 1000 ? "met" : "MISSED"}`,
);
if (parseBeforeBuild) {
  const was = perReport("before");
  console.log(
    `before (${process.env.PARSE_BEFORE}), each document read by both in turn: ${Math.round(1000 / was)} reports/s (${was.toFixed(3)} ms CPU per report); this build takes ${((100 * perDoc) / was).toFixed(0)}% of its time`,
  );
}

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
