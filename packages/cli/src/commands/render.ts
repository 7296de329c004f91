import { type Command, Option } from "commander";
import { loadValidReport } from "../inputs.js";
import { emit } from "../output.js";

export function registerRender(program: Command): void {
  program
    .command("render")
    .description("生成官方版式的 HTML / render the official HTML layout")
    .argument("<file>", "报告文件（.json、.txt、.html、.docx）/ report file")
    .option("-o, --out <file>", "输出文件，缺省为标准输出 / output file (default: stdout)")
    .option(
      "--fragment",
      "生成可嵌入页面的片段 / an embeddable fragment instead of a whole document",
    )
    .addOption(
      new Option("--locale <locale>", "简体或繁体 / simplified or traditional")
        .choices(["zh-Hans", "zh-Hant"])
        .default("zh-Hans"),
    )
    .action(
      async (
        file: string,
        options: { out?: string; fragment?: boolean; locale: "zh-Hans" | "zh-Hant" },
      ) => {
        const { renderHtml } = await import("@zfxxgk/render");
        const report = await loadValidReport(file);
        await emit(
          renderHtml(report, { fragment: Boolean(options.fragment), locale: options.locale }),
          options.out,
        );
      },
    );
}
