import { stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Locale } from "@zfxxgk/schema";
import type { Command } from "commander";
import { parseConcurrency, pdfBatch } from "../batch.js";
import { documentLocaleOption, parseTimeout, timeoutOption } from "../document-options.js";
import { EXIT } from "../errors.js";
import { expandInputs, loadValidReport } from "../inputs.js";
import { both, cliError, helpText } from "../messages.js";
import { claimOutputs, emit, note } from "../output.js";

export const outputName = (file: string, ext: string) => `${basename(file, extname(file))}${ext}`;

/** -o names a file for a single input, a folder otherwise (or when it ends with / or is a folder). */
export async function planOutputs(
  files: readonly string[],
  out: string | undefined,
  ext: string,
): Promise<string[]> {
  const isDir =
    out !== undefined &&
    (out.endsWith("/") ||
      (await stat(out).then(
        (s) => s.isDirectory(),
        () => false,
      )));
  if (out && !isDir && files.length > 1) {
    throw cliError("out-not-dir", "outNotDir", { out });
  }
  return files.map((f) => (out && !isDir ? out : join(out ?? ".", outputName(f, ext))));
}

export function registerPdf(program: Command): void {
  program
    .command("pdf")
    .description(helpText("helpPdf"))
    .argument("<files...>", helpText("helpPdfFiles"))
    .option("-o, --out <path>", helpText("helpPdfOut"))
    .option("--concurrency <n>", helpText("helpPdfConcurrency"), "2")
    .addOption(timeoutOption())
    .addOption(documentLocaleOption())
    .action(
      async (
        patterns: string[],
        options: {
          out?: string;
          concurrency: string;
          timeout: string;
          locale: Exclude<Locale, "en">;
        },
      ) => {
        const concurrency = parseConcurrency(options.concurrency);
        const timeoutMs = parseTimeout(options.timeout);
        const files = await expandInputs(patterns);
        const outputs = await planOutputs(files, options.out, ".pdf");
        claimOutputs(outputs, files);
        const batch = { concurrency, timeoutMs };
        const failed = await pdfBatch(files, batch, "PDF", async (file, i, renderer) => {
          const report = await loadValidReport(file);
          await emit(await renderer.render(report, { locale: options.locale }), outputs[i]);
        });
        note(both("pdfWritten", { count: files.length - failed, out: options.out }));
        process.exitCode = failed > 0 ? EXIT.usage : EXIT.ok;
      },
    );
}
