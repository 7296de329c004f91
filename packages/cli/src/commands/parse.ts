import { renderMessage } from "@zfxxgk/schema";
import type { Command } from "commander";
import { parsePublished, publishedMessages } from "../documents.js";
import { EXIT } from "../errors.js";
import { readBytesOf } from "../inputs.js";
import { cliError, helpText } from "../messages.js";
import { emit, note } from "../output.js";

export function registerParse(program: Command): void {
  program
    .command("parse")
    .description(helpText("helpParse"))
    .argument("<file>", helpText("helpParseFile"))
    .option("-o, --out <file>", helpText("helpParseOut"))
    .action(async (file: string, options: { out?: string }) => {
      const parseMessages = await publishedMessages();
      const result = await parsePublished(file, await readBytesOf(file));
      for (const d of result.diagnostics)
        note(`${file}: [${d.severity}] ${renderMessage(d, "zh-Hans", parseMessages)}`);
      if (!result.report) {
        throw cliError("unparsable", "unparsable", { file });
      }
      await emit(`${JSON.stringify(result.report, null, 2)}\n`, options.out);
      if (result.diagnostics.some((d) => d.severity === "error")) process.exitCode = EXIT.findings;
    });
}
