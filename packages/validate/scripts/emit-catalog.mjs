// Writes dist/catalog.json (the `@zfxxgk/validate/catalog.json` export) from the built rules.
import { writeFile } from "node:fs/promises";
import { ruleCatalog } from "../dist/index.js";

await writeFile(
  new URL("../dist/catalog.json", import.meta.url),
  `${JSON.stringify(ruleCatalog, null, 2)}\n`,
);
