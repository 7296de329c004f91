import { renderMessage } from "@zfxxgk/schema";
import type { Command } from "commander";
import { parsePublished, publishedMessages } from "../documents.js";
import { EXIT } from "../errors.js";
import { readBytesOf } from "../inputs.js";
import { cliError } from "../messages.js";
import { emit, note } from "../output.js";

export function registerParse(program: Command): void {
  program
    .command("parse")
    .description(
      "把已发布的报告（PDF、Word、文本或 HTML）读回数据模型 / read a published report (PDF, Word, text or HTML) back into the model",
    )
    .argument(
      "<file>",
      "已发布的报告 .pdf、.docx、.txt 或 .html / a published report, .pdf, .docx, .txt or .html",
    )
    .option(
      "-o, --out <file>",
      "输出 JSON 文件，缺省为标准输出 / output JSON file (default: stdout)",
    )
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
