// parseReport (the zod schema compiled to code) against zod alone and ajv on the published JSON
// Schema, on the same report.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { emptyReport, parseReport, report2021Schema } from "@zfxxgk/schema";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Bench } from "tinybench";
import { largestExample, printTable } from "./support.mjs";

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  await readFile(require.resolve("@zfxxgk/schema/schema/2021.json"), "utf8"),
);
const ajv = new Ajv2020({ strict: true });
addFormats.default(ajv);
const check = ajv.compile(schema);

const report = (await largestExample()) ?? emptyReport({ agency: "bench", year: 2024 });
if (!parseReport(report).ok || !check(report)) throw new Error("bench input is not a valid report");

const bench = new Bench({ time: 1000 });
bench.add("parseReport", () => parseReport(report));
bench.add("zod alone (report2021Schema.safeParse)", () => report2021Schema.safeParse(report));
bench.add("ajv on the JSON Schema", () => check(report));
await bench.run();
printTable(bench);
