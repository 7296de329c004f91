import type { PdfRenderer } from "@zfxxgk/pdf";
import pLimit from "p-limit";
import { CliError } from "./errors.js";
import { cliError } from "./messages.js";
import { note } from "./output.js";
import { progress } from "./progress.js";

export function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 16) {
    throw cliError("bad-concurrency", "badConcurrency", { value });
  }
  return n;
}

/**
 * Runs `job` for every file with one warm PDF renderer, `concurrency` files at a time, behind a progress bar. An
 * input error or a failed print stops only its own file (said on stderr); the count of such files is returned.
 */
export async function pdfBatch(
  files: readonly string[],
  { concurrency, timeoutMs }: { concurrency: number; timeoutMs: number },
  title: string,
  job: (file: string, index: number, renderer: PdfRenderer) => Promise<void>,
): Promise<number> {
  const { createPdfRenderer, isPdfError } = await import("@zfxxgk/pdf");
  const asCliError = (e: unknown) => (isPdfError(e) ? new CliError(e.code, e.messages) : e);
  const renderer = await createPdfRenderer({ concurrency, timeoutMs }).catch((e: unknown) => {
    throw asCliError(e);
  });
  const limit = pLimit(concurrency);
  const bar = progress(files.length, title);
  let inputErrors = 0;
  try {
    await Promise.all(
      files.map((file, i) =>
        limit(async () => {
          try {
            await job(file, i, renderer);
          } catch (thrown) {
            const e = asCliError(thrown);
            if (!(e instanceof CliError)) throw e;
            inputErrors++;
            note(`${file}: ${e.message}`);
          } finally {
            bar.tick(file);
          }
        }),
      ),
    );
  } finally {
    bar.stop();
    await renderer.close();
  }
  return inputErrors;
}
