// Whether this build of @zfxxgk/parse reads every input exactly as another build does: the corpus
// (test/corpus, every shape of every example), the pages @zfxxgk/render makes of every example
// (with and without embedded JSON, their visible text, zh-Hans and zh-Hant), the same city in the
// 2019 format, and the seed reports (../shared/seeds). The whole outcome (report, diagnostics in
// order, provenance) is compared as JSON, byte for byte.
//
//   node bench/parse-same.mjs /work/main/packages/parse/dist/index.js
//
// Prints how many inputs read the same and names every one that does not; exits 1 on a difference.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseHtml, parseText } from "@zfxxgk/parse";
import { renderHtml } from "@zfxxgk/render";
import { build } from "esbuild";
import { in2019Format } from "./support.mjs";

const against = process.argv[2];
if (!against) {
  console.error("usage: node bench/parse-same.mjs <path to another build's dist/index.js>");
  process.exit(2);
}
const other = await import(pathToFileURL(isAbsolute(against) ? against : resolve(against)).href);

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
const { textCorpus, loadExamples } = await import(outfile);

const withoutJson = (html) =>
  html.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/, "");
/** innerText's layout, roughly: tags dropped, block ends and cells as breaks and tabs. */
const visibleText = (html) =>
  html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<\/t[dh]>\s*<t[dh][^>]*>/gi, "\t")
    .replace(/<(?:br|\/?(?:p|div|tr|table|h[1-6]|li|section|caption))\b[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\n\s*\n+/g, "\n");

/** [name, how it is read, input, options] */
const inputs = [];
for (const d of textCorpus())
  if (d.kind !== "pdf")
    inputs.push([`corpus: ${d.name}`, d.kind === "html" ? "parseHtml" : "parseText", d.content]);
const reports = loadExamples().map((e) => [e.name, e.json]);
const city = reports.find(([name]) => name === "synthetic-city-2024");
if (city) reports.push(["synthetic-city-2024 in the 2019 format", in2019Format(city[1])]);
for (const [name, report] of reports)
  for (const locale of ["zh-Hans", "zh-Hant"]) {
    const page = renderHtml(report, { locale });
    const bare = withoutJson(page);
    inputs.push([`${name} ${locale}: page`, "parseHtml", page]);
    inputs.push([`${name} ${locale}: page without JSON`, "parseHtml", bare]);
    inputs.push([`${name} ${locale}: visible text`, "parseText", visibleText(bare)]);
    inputs.push([
      `${name} ${locale}: visible text, simplified`,
      "parseText",
      visibleText(bare),
      { simplify: true },
    ]);
  }
const seeds = new URL("../../shared/seeds/", import.meta.url);
if (existsSync(seeds))
  for (const f of readdirSync(seeds).sort()) {
    const text = readFileSync(new URL(f, seeds), "utf8");
    inputs.push([`seed ${f}`, "parseText", text]);
    inputs.push([`seed ${f}, simplified`, "parseText", text, { simplify: true }]);
  }
else console.warn("../shared/seeds is not on this machine: the seeds are not compared");

const mine = { parseHtml, parseText };
let same = 0;
const differ = [];
for (const [name, fn, input, options] of inputs) {
  const a = JSON.stringify(mine[fn](input, options));
  const b = JSON.stringify(other[fn](input, options));
  if (a === b) same++;
  else differ.push(name);
}
console.log(`${same} of ${inputs.length} inputs read the same by both builds`);
for (const name of differ) console.log(`differs: ${name}`);
process.exit(differ.length ? 1 : 0);
