// Runs every side-by-side benchmark in this folder (`*.bench.mjs`), one after the other.
import { readdir } from "node:fs/promises";

const only = process.argv.slice(2);
const files = (await readdir(new URL(".", import.meta.url)))
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  console.log(`\n## ${file}`);
  await import(new URL(file, import.meta.url).href);
}
