// Full validation (schema + every rule) against parseReport alone, zod-only parsing (the zod schema's
// own safeParse) and ajv on the published JSON Schema, on the large example; then the formatters on
// a document with 10,000 findings.
import { readFile } from "node:fs/promises";
import { emptyReport, parseReport, report2019Schema, report2021Schema } from "@zfxxgk/schema";
import { extractClaims, formatJson, formatSarif, formatText, validate } from "@zfxxgk/validate";
import { Bench } from "tinybench";
import {
  ajvCheck,
  cpuPerReport,
  editionPairs,
  in2019Format,
  printTable,
  validateBefore,
} from "./support.mjs";

const check = await ajvCheck();

const examples = new URL("../examples/", import.meta.url);
const load = async (name) => JSON.parse(await readFile(new URL(name, examples), "utf8"));
const report = await load("synthetic-city-2024.json");
const previous = await load("synthetic-city-2023.json");
if (!parseReport(report).ok || !check(report)) throw new Error("bench input is not a valid report");
const once = validate(report, { previous });
if (once.errorCount > 0) throw new Error("bench input raises errors");
// The same city in the 2019 format: the 2019 edition's rule set on the same figures.
const report2019 = in2019Format(report);
if (!parseReport(report2019).ok || validate(report2019).errorCount > 0)
  throw new Error("the 2019 bench input is not a clean 2019-format report");

// The validator reads each paragraph of 一、总体情况 once per distinct text (a bounded cache). To
// time a stream of different reports, these copies differ in every paragraph, more of them than
// the cache holds, so every call scans the text again.
// Built with JSON.parse, as reports arrive (flat strings, fresh objects).
const distinct = Array.from({ length: 2000 }, (_, i) =>
  JSON.parse(
    JSON.stringify({
      ...report,
      sections: {
        ...report.sections,
        overview: report.sections.overview.map((b) => ({ ...b, text: `${b.text}（${i}）` })),
      },
    }),
  ),
);
let next = 0;
const validateDistinct = () => validate(distinct[next++ % distinct.length]);
let nextParsed = 0;
const parseDistinct = () => parseReport(distinct[nextParsed++ % distinct.length]);
let nextZod = 0;
const zodDistinct = () => report2021Schema.safeParse(distinct[nextZod++ % distinct.length]);
const zodOnly = () => report2021Schema.safeParse(report);

const bench = new Bench({ time: 1500, warmupTime: 300 });
bench.add("validate (schema + every rule)", () => validate(report));
bench.add("validate, a new text each call", validateDistinct);
bench.add("validate with previous year", () => validate(report, { previous }));
// The figures quoted in 一、总体情况 alone (the narrative claims, read with the edition's words).
let nextClaims = 0;
bench.add("extractClaims, a new text each call", () =>
  extractClaims(distinct[nextClaims++ % distinct.length]),
);
bench.add("parseReport", () => parseReport(report));
bench.add("parseReport, a new text each call", parseDistinct);
bench.add("zod only (report2021Schema.safeParse)", zodOnly);
bench.add("zod only, a new text each call", zodDistinct);
bench.add("ajv on the JSON Schema", () => check(report));
// The passes after the rules at work: a wrong cell named as the culprit, and a blank report folded.
const wrongCell = structuredClone(report);
wrongCell.tables.T3.A.NP += 5;
const blank = emptyReport({ agency: "某市某局", year: 2024 });
bench.add("validate, one wrong cell (culprit named)", () => validate(wrongCell));
bench.add("validate, a blank report (one finding)", () => validate(blank));
bench.add("validate, 2019 format (same figures)", () => validate(report2019));
bench.add("zod only, 2019 format (report2019Schema.safeParse)", () =>
  report2019Schema.safeParse(report2019),
);
await bench.run();
printTable(bench);

// Medians: on a shared machine the mean is dominated by other processes and GC pauses.
const median = (name) => bench.tasks.find((t) => t.name === name).result.latency.p50 * 1000;
const full = median("validate (schema + every rule)");
const fresh = median("validate, a new text each call");
const parse = median("parseReport");
const zod = median("zod only (report2021Schema.safeParse)");
const freshZod = median("zod only, a new text each call");
const ajvTime = median("ajv on the JSON Schema");
const full2019 = median("validate, 2019 format (same figures)");
const zod2019 = median("zod only, 2019 format (report2019Schema.safeParse)");
console.log(
  `median µs/report — validate ${full.toFixed(2)} (${Math.round(1e6 / full)} reports/s), ` +
    `with a new text each call ${fresh.toFixed(2)} (${Math.round(1e6 / fresh)} reports/s; target < 20); ` +
    `parseReport ${parse.toFixed(2)}, zod only ${zod.toFixed(2)}, ajv ${ajvTime.toFixed(2)}; ` +
    `validate = ${(full / zod).toFixed(2)}× zod only, new text ${(fresh / freshZod).toFixed(2)}× (target ≤ 2×); ` +
    `2019 format: validate ${full2019.toFixed(2)} = ${(full2019 / zod2019).toFixed(2)}× its zod only`,
);
console.log(
  `median µs/report — one wrong cell ${median("validate, one wrong cell (culprit named)").toFixed(2)}, ` +
    `blank report ${median("validate, a blank report (one finding)").toFixed(2)}, clean ${full.toFixed(2)}`,
);

// tinybench runs one task after the other, so on a shared machine a burst of load can land on one
// of them. Alternating batches of the three make the ratios comparable: best and median batch.
const alternating = {
  validate: () => validate(report),
  "validate, new text": validateDistinct,
  parseReport: () => parseReport(report),
  "parseReport, new text": parseDistinct,
  "zod only": zodOnly,
  "zod only, new text": zodDistinct,
  ajv: () => check(report),
};
const batches = Object.fromEntries(Object.keys(alternating).map((k) => [k, []]));
for (let round = 0; round < 40; round++)
  for (const [name, run] of Object.entries(alternating)) {
    const start = performance.now();
    for (let i = 0; i < 200; i++) run();
    batches[name].push(((performance.now() - start) / 200) * 1000);
  }
const stats = Object.fromEntries(
  Object.entries(batches).map(([name, list]) => {
    list.sort((a, b) => a - b);
    return [name, { best: list[0], median: list[Math.floor(list.length / 2)] }];
  }),
);
// Each row against zod only on the same inputs (the repeated report, or a new text each call).
const zodOf = (name) => stats[name.endsWith("new text") ? "zod only, new text" : "zod only"];
console.table(
  Object.fromEntries(
    Object.entries(stats).map(([name, s]) => [
      name,
      {
        "best µs/op": +s.best.toFixed(2),
        "median µs/op": +s.median.toFixed(2),
        "best × zod": +(s.best / zodOf(name).best).toFixed(2),
        "median × zod": +(s.median / zodOf(name).median).toFixed(2),
      },
    ]),
  ),
);

// Beside another build of the validator when VALIDATE_BEFORE names one (see support.mjs), in
// alternating batches so that both see the same load.
const before = await validateBefore();
if (before) {
  const builds = { "this build": { validate, extractClaims }, before };
  const tasks = Object.entries(builds).flatMap(([build, lib]) => {
    let nextText = 0;
    let nextClaim = 0;
    return [
      [`validate, ${build}`, () => lib.validate(report)],
      [`validate, new text, ${build}`, () => lib.validate(distinct[nextText++ % distinct.length])],
      [
        `extractClaims, new text, ${build}`,
        () => lib.extractClaims(distinct[nextClaim++ % distinct.length]),
      ],
    ];
  });
  const times = Object.fromEntries(tasks.map(([name]) => [name, []]));
  for (let round = 0; round < 40; round++)
    for (const [name, run] of tasks) {
      const start = performance.now();
      for (let i = 0; i < 200; i++) run();
      times[name].push(((performance.now() - start) / 200) * 1000);
    }
  console.log(`this build beside ${process.env.VALIDATE_BEFORE}:`);
  console.table(
    Object.fromEntries(
      Object.entries(times).map(([name, list]) => {
        list.sort((a, b) => a - b);
        const median = list[Math.floor(list.length / 2)];
        return [name, { "best µs/op": +list[0].toFixed(2), "median µs/op": +median.toFixed(2) }];
      }),
    ),
  );
}

// Formatting a document with 10,000 findings (target: well under a second).
const broken = structuredClone(report);
for (const row of Object.values(broken.tables.T3))
  for (const key of Object.keys(row)) row[key] = null;
const findings = validate(broken).diagnostics;
const many = Array.from({ length: 10_000 }, (_, i) => findings[i % findings.length]);
const files = [{ file: "big.json", diagnostics: many }];
const formats = new Bench({ iterations: 5, time: 0, warmupIterations: 1 });
formats.add("formatText, 10,000 findings", () => formatText(files));
formats.add("formatJson, 10,000 findings", () => formatJson(files));
formats.add("formatSarif, 10,000 findings", () => formatSarif(files));
await formats.run();
printTable(formats);

// Each edition's rule set on a real report of it: the 2008–2018 example beside the 2021 one.
console.log("validate, CPU per report by edition:");
cpuPerReport(
  editionPairs().flatMap(({ name, report }) => [
    [`validate: ${name}`, () => validate(report)],
    [`parseReport: ${name}`, () => parseReport(report)],
  ]),
  { batch: 200 },
);
