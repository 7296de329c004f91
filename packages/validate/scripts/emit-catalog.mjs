// Writes dist/catalog.json and dist/findings.schema.json (the `@zfxxgk/validate/catalog.json` and
// `@zfxxgk/validate/findings.schema.json` exports) from the built package.
import { writeFile } from "node:fs/promises";
import { findingJsonSchema, ruleCatalog } from "../dist/index.js";

for (const [name, data] of [
  ["catalog.json", ruleCatalog],
  ["findings.schema.json", findingJsonSchema],
])
  await writeFile(
    new URL(`../dist/${name}`, import.meta.url),
    `${JSON.stringify(data, null, 2)}\n`,
  );
