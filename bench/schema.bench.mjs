// parseReport (the zod schema compiled to code) against zod alone and ajv on the published JSON
// Schema, on the same report.
import { emptyReport, parseReport, report2021Schema } from "@zfxxgk/schema";
import { Bench } from "tinybench";
import { ajvCheck, largestExample, printTable } from "./support.mjs";

const check = await ajvCheck();

const report = (await largestExample()) ?? emptyReport({ agency: "bench", year: 2024 });
if (!parseReport(report).ok || !check(report)) throw new Error("bench input is not a valid report");

const bench = new Bench({ time: 1000 });
bench.add("parseReport", () => parseReport(report));
bench.add("zod alone (report2021Schema.safeParse)", () => report2021Schema.safeParse(report));
bench.add("ajv on the JSON Schema", () => check(report));
await bench.run();
printTable(bench);
