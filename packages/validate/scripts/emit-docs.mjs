// Regenerates docs/rules/*.md from the rule catalog (run after a build; the pages are committed).
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { ruleCatalog, ruleDocs } from "../dist/index.js";

const dir = new URL("../docs/rules/", import.meta.url);
await mkdir(dir, { recursive: true });
const pages = ruleDocs(ruleCatalog);
for (const file of await readdir(dir)) if (!pages.has(file)) await rm(new URL(file, dir));
for (const [file, text] of pages) await writeFile(new URL(file, dir), text);
