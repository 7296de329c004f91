// parseReport (its own fast path: the model check generated as code, zod only for the findings of an
// invalid report) against zod alone, zod 4's own compiler (`z.compile()`, zod ≥ 4.5) and ajv on the
// published JSON Schema, on the same report.
import { editionOf, emptyReport, parseReport } from "@zfxxgk/schema";
import { Bench } from "tinybench";
import * as z from "zod";
import { ajvCheck, largestExample, printTable } from "./support.mjs";

const check = await ajvCheck();

const report = (await largestExample()) ?? emptyReport({ agency: "bench", year: 2024 });
if (!parseReport(report).ok || !check(report)) throw new Error("bench input is not a valid report");

const bench = new Bench({ time: 1000 });
bench.add("parseReport", () => parseReport(report));
const schema = editionOf(report.edition).schema;
const compiled = z.compile(schema);
if (!compiled.safeParse(report).success) throw new Error("z.compile() refuses the bench input");
bench.add("zod alone (schema.safeParse)", () => schema.safeParse(report));
bench.add("zod 4 compiled (z.compile(schema).safeParse)", () => compiled.safeParse(report));
bench.add("ajv on the JSON Schema", () => check(report));
await bench.run();
printTable(bench);
