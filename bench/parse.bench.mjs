// parseText / parseHtml on the examples: their published text (the seed reports, when
// ../shared/seeds is on this machine), the pages @zfxxgk/render makes of them (read from the
// embedded JSON, and from the tables and text with the JSON removed) and those pages' visible text.
// Target: at least 1,000 reports per second on one core for every input shape.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { parseHtml, parseText } from "@zfxxgk/parse";
import { renderHtml } from "@zfxxgk/render";
import { Parser } from "htmlparser2";
import { Bench } from "tinybench";
import { cpuPerReport, editionPairs, in2019Format, parseBefore, printTable } from "./support.mjs";

const examplesDir = new URL("../examples/", import.meta.url);
const seedsDir = new URL("../../shared/seeds/", import.meta.url);
const examples = (existsSync(examplesDir) ? readdirSync(examplesDir) : [])
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ name: f, report: JSON.parse(readFileSync(new URL(f, examplesDir), "utf8")) }));
const city = examples.find((e) => e.name === "synthetic-city-2024.json");
/** The synthetic city in the 2019 format, timed beside the 2021 shapes on the same figures. */
const in2019 = city
  ? [{ name: "synthetic city, 2019 format", report: in2019Format(city.report) }]
  : [];

const seedTexts = examples.flatMap(({ name }) => {
  const id = /^seed-(\d{3})-/.exec(name)?.[1];
  if (!id || !existsSync(seedsDir)) return [];
  const file = readdirSync(seedsDir).find((f) => f.startsWith(`${id}_`));
  return file ? [readFileSync(new URL(file, seedsDir), "utf8")] : [];
});

/** innerText's layout: blocks on their own lines, cells of a row separated by tabs. */
function visibleText(html) {
  const block =
    /^(address|article|aside|blockquote|body|caption|dd|div|dl|dt|footer|h[1-6]|header|li|ol|p|section|table|tr|ul)$/;
  let out = "";
  let skip = 0;
  let cell = 0;
  const parser = new Parser({
    onopentag(name) {
      if (name === "script" || name === "style" || name === "head") skip++;
      if (skip) return;
      if (name === "td" || name === "th") out += cell++ ? "\t" : "";
      else if (name === "br" || block.test(name)) {
        if (name === "tr") cell = 0;
        out += "\n";
      }
    },
    ontext(text) {
      if (!skip) out += text.replace(/\s+/g, " ");
    },
    onclosetag(name) {
      if (name === "script" || name === "style" || name === "head") skip--;
      else if (!skip && block.test(name)) out += "\n";
    },
  });
  parser.write(html);
  parser.end();
  return out.replace(/\n[ \n]*/g, "\n");
}

const pages = examples.map(({ report }) => renderHtml(report));
const bare = pages.map((html) =>
  html.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/, ""),
);
const texts = bare.map(visibleText);
const bare2019 = in2019.map(({ report }) =>
  renderHtml(report).replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/, ""),
);
const texts2019 = bare2019.map(visibleText);
/** The same city in the 2021 format, so that the 2019 rows have a like-for-like 2021 figure. */
const bareCity = city
  ? [
      renderHtml(city.report).replace(
        /<script type="application\/json"[^>]*>[\s\S]*?<\/script>/,
        "",
      ),
    ]
  : [];
const textsCity = bareCity.map(visibleText);
for (const [i, { report }] of in2019.entries())
  for (const outcome of [parseHtml(bare2019[i]), parseText(texts2019[i])])
    if (
      outcome.report?.edition !== "2019" ||
      JSON.stringify(outcome.report.tables) !== JSON.stringify(report.tables)
    )
      throw new Error("the 2019-format city does not parse back to its tables");
const hant = examples.map(({ report }) =>
  visibleText(
    renderHtml(report, { locale: "zh-Hant" }).replace(
      /<script type="application\/json"[^>]*>[\s\S]*?<\/script>/,
      "",
    ),
  ),
);

// Every input must parse to the example's cells before it is timed.
for (const [i, { name, report }] of examples.entries()) {
  for (const [shape, outcome] of [
    ["page", parseHtml(pages[i])],
    ["page without JSON", parseHtml(bare[i])],
    ["visible text", parseText(texts[i])],
    ["visible text zh-Hant", parseText(hant[i], { simplify: true })],
  ]) {
    if (JSON.stringify(outcome.report?.tables) !== JSON.stringify(report.tables))
      throw new Error(`${name}: ${shape} does not parse back to the example's tables`);
  }
}

const each = (inputs, fn) => () => {
  for (const input of inputs) fn(input);
};
const bench = new Bench({ time: 1000 });
if (seedTexts.length)
  bench.add(
    `parseText: published seed text (${seedTexts.length} reports)`,
    each(seedTexts, (t) => parseText(t)),
  );
bench.add(
  `parseText: visible text of our pages (${texts.length})`,
  each(texts, (t) => parseText(t)),
);
bench.add(
  `parseText: same, zh-Hant + simplify (${hant.length})`,
  each(hant, (t) => parseText(t, { simplify: true })),
);
bench.add(
  `parseHtml: our pages, embedded JSON (${pages.length})`,
  each(pages, (h) => parseHtml(h)),
);
bench.add(
  `parseHtml: our pages without JSON (${bare.length})`,
  each(bare, (h) => parseHtml(h)),
);
if (texts2019.length) {
  bench.add(
    "parseHtml: the city's page without JSON, 2021 format (1)",
    each(bareCity, (h) => parseHtml(h)),
  );
  bench.add(
    "parseText: visible text, 2019 format (1)",
    each(texts2019, (t) => parseText(t)),
  );
  bench.add(
    "parseHtml: page without JSON, 2019 format (1)",
    each(bare2019, (h) => parseHtml(h)),
  );
}
await bench.run();
printTable(bench);

// Wall time counts whatever else the (shared, 2-core) machine is doing; CPU time of this process
// is the figure for "one core". Both are printed.
const shapes = [
  ["published seed text", seedTexts, (t) => parseText(t)],
  ["visible text of our pages", texts, (t) => parseText(t)],
  ["same, zh-Hant + simplify", hant, (t) => parseText(t, { simplify: true })],
  ["our pages, embedded JSON", pages, (h) => parseHtml(h)],
  ["our pages without JSON", bare, (h) => parseHtml(h)],
  ["2021 format: visible text of the city's page", textsCity, (t) => parseText(t)],
  ["2019 format: visible text of the same city's page", texts2019, (t) => parseText(t)],
  ["2021 format: the city's page without JSON", bareCity, (h) => parseHtml(h)],
  ["2019 format: the same city's page without JSON", bare2019, (h) => parseHtml(h)],
].filter(([, inputs]) => inputs.length > 0);
const ROUNDS = 60;
for (const [name, inputs, fn] of shapes) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let r = 0; r < ROUNDS; r++) for (const input of inputs) fn(input);
  const used = process.cpuUsage(cpu);
  const n = ROUNDS * inputs.length;
  const cpuMs = (used.user + used.system) / 1000 / n;
  const wallMs = (performance.now() - start) / n;
  console.log(
    `${name}: ${Math.round(1000 / cpuMs)} reports/s by CPU time (${cpuMs.toFixed(3)} ms), ` +
      `${Math.round(1000 / wallMs)} by wall time (${wallMs.toFixed(3)} ms); ` +
      `target ≥ 1,000/s on one core: ${1000 / cpuMs >= 1000 ? "met" : "MISSED"}`,
  );
}

// The 2008–2018 example beside the 2021 report of the same district: its published seed text, our
// page from the tables (no JSON) and that page's visible text, zh-Hans and zh-Hant.
console.log("parse, CPU per report by edition:");
const withoutJson = (html) =>
  html.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/, "");
cpuPerReport(
  editionPairs().flatMap(({ name, report, seed }) => {
    const page = withoutJson(renderHtml(report));
    const text = visibleText(page);
    const hantText = visibleText(withoutJson(renderHtml(report, { locale: "zh-Hant" })));
    for (const outcome of [parseHtml(page), parseText(text), ...(seed ? [parseText(seed)] : [])])
      if (JSON.stringify(outcome.report?.tables) !== JSON.stringify(report.tables))
        throw new Error(`${name}: does not parse back to its tables`);
    return [
      ...(seed ? [[`parseText, published seed text: ${name}`, () => parseText(seed)]] : []),
      [`parseHtml, page without JSON: ${name}`, () => parseHtml(page)],
      [`parseText, visible text: ${name}`, () => parseText(text)],
      [`parseText, zh-Hant visible text: ${name}`, () => parseText(hantText)],
    ];
  }),
);

// Issue #11's goal: the city's page without embedded JSON under 1 ms of CPU, in both formats;
// beside another build of the parser when PARSE_BEFORE names one (see support.mjs).
const before = await parseBefore();
if (bareCity.length && bare2019.length) {
  console.log("the city's page without JSON (goal: under 1 ms = 1,000 µs of CPU):");
  cpuPerReport(
    [
      ["2021 format, this build", bareCity[0], parseHtml],
      ...(before ? [["2021 format, before", bareCity[0], before.parseHtml]] : []),
      ["2019 format, this build", bare2019[0], parseHtml],
      ...(before ? [["2019 format, before", bare2019[0], before.parseHtml]] : []),
    ].map(([name, page, read]) => [name, () => read(page)]),
    { rounds: 600, batch: 1 },
  );
}
