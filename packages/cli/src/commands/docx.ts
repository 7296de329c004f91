import type { Locale, Report } from "@zfxxgk/schema";
import type { Command } from "commander";
import { documentLocaleOption } from "../document-options.js";
import { CliError } from "../errors.js";
import { expandInputs, loadValidReport } from "../inputs.js";
import { helpText, say } from "../messages.js";
import { claimOutputs, emit, note } from "../output.js";
import { planOutputs } from "./pdf.js";

/** The report as a Word document; a report the writer cannot draw is an input error naming the file. */
export async function wordDocumentOf(
  file: string,
  report: Report,
  locale: Exclude<Locale, "en">,
): Promise<Uint8Array> {
  const { DocxError, renderDocx } = await import("@zfxxgk/docx");
  try {
    return await renderDocx(report, { locale });
  } catch (e) {
    if (!(e instanceof DocxError)) throw e;
    const of = (l: Locale) => say(l, "inFile", { file, detail: e.messages[l] });
    throw new CliError(e.code, {
      "zh-Hans": of("zh-Hans"),
      "zh-Hant": of("zh-Hant"),
      en: of("en"),
    });
  }
}

export function registerDocx(program: Command): void {
  program
    .command("docx")
    .description(helpText("helpDocx"))
    .argument("<files...>", helpText("helpDocxFiles"))
    .requiredOption("-o, --out <path>", helpText("helpDocxOut"))
    .addOption(documentLocaleOption())
    .action(async (patterns: string[], options: { out: string; locale: Exclude<Locale, "en"> }) => {
      const files = await expandInputs(patterns);
      const outputs = await planOutputs(files, options.out, ".docx");
      claimOutputs(outputs, files);
      for (const [i, file] of files.entries()) {
        const report = await loadValidReport(file);
        await emit(await wordDocumentOf(file, report, options.locale), outputs[i]);
        note(`${file} → ${outputs[i]}`);
      }
    });
}
