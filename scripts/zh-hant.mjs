// Writes each zh-Hant message file from its zh-Hans one: the Chinese of the file in traditional
// characters (OpenCC, mainland → Taiwan standard with phrases) and its locale tag, where it declares
// one (`const L = "zh-Hans";`), set to zh-Hant.
// `node scripts/zh-hant.mjs` writes them; `--check` fails when one is out of date (a test runs it).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as OpenCC from "opencc-js";

/** The zh-Hans message files of the packages; each gets a zh-Hant.ts beside it. */
export const SOURCES = [
  "packages/schema/src/diagnostics/messages/zh-Hans.ts",
  "packages/validate/src/messages/zh-Hans.ts",
  "packages/render/src/messages/zh-Hans.ts",
  "packages/parse/src/messages/zh-Hans.ts",
  "packages/parse/src/editions/2007/messages/zh-Hans.ts",
  "packages/docx/src/messages/zh-Hans.ts",
  "packages/rollup/src/messages/zh-Hans.ts",
  "packages/pdf/src/messages/zh-Hans.ts",
  "packages/cli/src/messages/zh-Hans.ts",
  "packages/server/src/messages/zh-Hans.ts",
];

const root = new URL("../", import.meta.url);
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const TAG = 'const L = "zh-Hans";';

export function traditionalOf(source) {
  const body = toTraditional(source).replace(TAG, 'const L = "zh-Hant";');
  // A file that depends on its locale names it once, as its tag; any other "zh-Hans" would stay.
  if (body.includes('"zh-Hans"'))
    throw new Error(`a zh-Hans message file names its locale only as ${TAG}`);
  return `// Generated from zh-Hans.ts by scripts/zh-hant.mjs (OpenCC, cn → tw): do not edit; run \`npm run messages\`.\n${body}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const path of SOURCES) {
    const from = new URL(path, root);
    const to = new URL("zh-Hant.ts", from);
    const text = traditionalOf(readFileSync(from, "utf8"));
    let current = "";
    try {
      current = readFileSync(to, "utf8");
    } catch {}
    if (current === text) continue;
    if (check) {
      stale++;
      console.error(`${fileURLToPath(to)} is out of date: run npm run messages`);
    } else writeFileSync(to, text);
  }
  process.exit(stale ? 1 : 0);
}
