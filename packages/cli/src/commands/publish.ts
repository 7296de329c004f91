import { join } from "node:path";
import { type Locale, parseReport, type Report } from "@zfxxgk/schema";
import type { Command } from "commander";
import { parseConcurrency, pdfBatch } from "../batch.js";
import { documentLocaleOption, parseTimeout, timeoutOption } from "../document-options.js";
import { CliError, EXIT } from "../errors.js";
import { copyFontsBeside } from "../fonts-beside.js";
import { checkable, expandInputs, incomplete, loadDocument } from "../inputs.js";
import { bilingual, both, helpText, label, say } from "../messages.js";
import { claimOutputs, emit, note } from "../output.js";
import { wordDocumentOf } from "./docx.js";
import { outputName } from "./pdf.js";
import { lastYear } from "./validate.js";

interface Row {
  file: string;
  errors: number;
  warnings: number;
  report?: Report;
  html?: string;
  pdf?: string;
  docx?: string;
}

/** PDF failures that concern the machine, not a report: HTML is still written and the user told how to get PDFs. */
const BROWSER_PROBLEMS = new Set(["CHROMIUM_NOT_FOUND", "PDF_BROWSER_LAUNCH_FAILED"]);

interface PublishOptions {
  out: string;
  concurrency: string;
  timeout: string;
  locale: Exclude<Locale, "en">;
  pdf: boolean;
  previous?: string;
}

export function registerPublish(program: Command): void {
  program
    .command("publish")
    .description(helpText("helpPublish"))
    .argument("<files...>", helpText("helpPublishFiles"))
    .requiredOption("-o, --out <dir>", helpText("helpPublishOut"))
    .option("--no-pdf", helpText("helpPublishNoPdf"))
    .option("--previous <file>", helpText("helpPublishPrevious"))
    .addOption(documentLocaleOption())
    .option("--concurrency <n>", helpText("helpPublishConcurrency"), "2")
    .addOption(timeoutOption())
    .action(async (patterns: string[], options: PublishOptions) => {
      const files = await expandInputs(patterns);
      const concurrency = parseConcurrency(options.concurrency);
      const timeoutMs = parseTimeout(options.timeout);
      const at = (file: string, ext: string) => join(options.out, outputName(file, ext));
      claimOutputs(
        files.flatMap((f) => [
          at(f, ".html"),
          at(f, ".docx"),
          ...(options.pdf ? [at(f, ".pdf")] : []),
        ]),
        files,
      );
      const [{ renderHtml }, { validate }] = await Promise.all([
        import("@zfxxgk/render"),
        import("@zfxxgk/validate"),
      ]);
      const previousOf = await lastYear(options.previous);

      // HTML needs no browser: every report is checked and written before any PDF is printed.
      const rows: Row[] = [];
      let inputErrors = 0;
      for (const file of files) {
        try {
          const loaded = await loadDocument(file);
          const { data, parseDiagnostics } = loaded;
          const previous = previousOf(data);
          const found = [
            ...parseDiagnostics,
            ...previous.diagnostics,
            ...validate(
              await checkable(loaded),
              previous.data === undefined ? {} : { previous: previous.data },
            ).diagnostics,
          ];
          const row: Row = {
            file,
            errors: found.filter((d) => d.severity === "error").length,
            warnings: found.filter((d) => d.severity === "warning").length,
          };
          // a document read without its agency or year is checked, not published
          const refused = await incomplete(file, loaded);
          if (refused) note(refused.message);
          const parsed = parseReport(data);
          if (parsed.ok && !refused) {
            row.report = parsed.report;
            row.html = at(file, ".html");
            await emit(renderHtml(parsed.report, { locale: options.locale }), row.html);
            try {
              await emit(
                await wordDocumentOf(file, parsed.report, options.locale),
                at(file, ".docx"),
              );
              row.docx = at(file, ".docx");
            } catch (e) {
              // the HTML is written: the report stays in the summary, without its Word document
              if (!(e instanceof CliError)) throw e;
              inputErrors++;
              note(e.message);
            }
          }
          rows.push(row);
        } catch (e) {
          if (!(e instanceof CliError)) throw e;
          inputErrors++;
          note(`${file}: ${e.message}`);
        }
      }

      if (rows.some((r) => r.html)) await copyFontsBeside(join(options.out, "index.html"));

      let noBrowser: CliError | undefined;
      const printable = rows.filter((r) => r.report);
      if (options.pdf && printable.length > 0) {
        const byFile = new Map(printable.map((r) => [r.file, r]));
        try {
          inputErrors += await pdfBatch(
            printable.map((r) => r.file),
            { concurrency, timeoutMs },
            "PDF",
            async (file, _, renderer) => {
              const row = byFile.get(file) as Row;
              const pdf = at(file, ".pdf");
              await emit(
                await renderer.render(row.report as Report, { locale: options.locale }),
                pdf,
              );
              row.pdf = pdf;
            },
          );
        } catch (e) {
          if (!(e instanceof CliError) || !BROWSER_PROBLEMS.has(e.code)) throw e;
          noBrowser = e;
        }
      }

      rows.sort((a, b) => a.file.localeCompare(b.file));
      const lines = rows.map(
        (r) =>
          `${r.file}\t${label("errorsLabel")} ${r.errors}\t${label("warningsLabel")} ${r.warnings}\t${
            r.html
              ? [r.html, r.docx, r.pdf ?? (options.pdf ? `（${both("noPdf")}）` : "")]
                  .filter(Boolean)
                  .join("  ")
              : both("notRendered")
          }`,
      );
      await emit(`${lines.join("\n")}\n`, undefined, { sized: false });
      const errors = rows.reduce((n, r) => n + r.errors, 0);
      note(
        both("publishSummary", {
          reports: rows.length,
          errors,
          pdf: options.pdf && !noBrowser,
          out: options.out,
        }),
      );
      if (noBrowser) {
        const needs = {
          "zh-Hans": say("zh-Hans", "pdfNeedsBrowser"),
          en: say("en", "pdfNeedsBrowser"),
        };
        note(
          [bilingual(needs, "\n"), bilingual(noBrowser.messages, "\n"), both("addNoPdf")].join(
            "\n",
          ),
        );
      }
      process.exitCode =
        inputErrors > 0 || noBrowser ? EXIT.usage : errors > 0 ? EXIT.findings : EXIT.ok;
    });
}
