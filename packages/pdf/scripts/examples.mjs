// The example reports the measuring scripts print, and how they print them: two at a time.
import { readdirSync, readFileSync } from "node:fs";
import { parseReport } from "@zfxxgk/schema";

const EXAMPLES = "examples/"; // the scripts run from the repository root

/** Every example report (`examples/*.json`), by file name. */
export const reports = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({
    name: f,
    report: parseReport(JSON.parse(readFileSync(EXAMPLES + f, "utf8"))).report,
  }));

/** The index of the synthetic city report, whose size the scripts print. */
export const city = reports.findIndex((r) => r.name === "synthetic-city-2024.json");

/** Every report printed by `renderer`, two at a time, in order. */
export async function printAll(renderer) {
  const pdfs = [];
  for (let i = 0; i < reports.length; i += 2) {
    const pair = reports.slice(i, i + 2).map(({ report }) => renderer.render(report));
    pdfs.push(...(await Promise.all(pair)));
  }
  return pdfs;
}
