#!/usr/bin/env node
// PNG pages of every example (examples/*.json) for a person to look at:
// screenshots/pdf/<example>.pdf and screenshots/pdf/<example>-<page>.png (pdftoppm from poppler-utils).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPdfRenderer } from "@zfxxgk/pdf";
import { parseReport } from "@zfxxgk/schema";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const examplesDir = join(root, "examples");
const outDir = join(root, "screenshots", "pdf");
const resolution = process.env.PAGES_DPI ?? "80";
mkdirSync(outDir, { recursive: true });

const renderer = await createPdfRenderer({ concurrency: 2 });
let failed = 0;
try {
  const files = readdirSync(examplesDir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  await Promise.all(
    files.map(async (file) => {
      const name = file.slice(0, -".json".length);
      const parsed = parseReport(JSON.parse(readFileSync(join(examplesDir, file), "utf8")));
      if (!parsed.ok || !parsed.report) {
        console.error(`${name}: does not parse (${parsed.diagnostics.length} diagnostics)`);
        failed++;
        return;
      }
      const pdfFile = join(outDir, `${name}.pdf`);
      writeFileSync(pdfFile, await renderer.render(parsed.report));
      execFileSync("pdftoppm", ["-png", "-r", resolution, pdfFile, join(outDir, name)]);
      console.log(`${name}: ${pdfFile} and its pages as PNG`);
    }),
  );
} finally {
  await renderer.close();
}
process.exitCode = failed ? 1 : 0;
