import { resolve } from "node:path";
import { type Command, Option } from "commander";
import { CliError } from "../errors.js";
import { expandInputs, loadValidReport } from "../inputs.js";
import { emit, note } from "../output.js";
import { planOutputs } from "./pdf.js";

export function registerDocx(program: Command): void {
  program
    .command("docx")
    .description("生成官方版式的 Word 文档（.docx）/ write the official layout as a Word document")
    .argument("<files...>", "报告文件或通配符（.json、.txt、.html、.docx）/ report files or globs")
    .requiredOption(
      "-o, --out <path>",
      "输出文件（一份报告）或目录 / output file (one report) or folder",
    )
    .addOption(
      new Option("--locale <locale>", "简体或繁体 / simplified or traditional")
        .choices(["zh-Hans", "zh-Hant"])
        .default("zh-Hans"),
    )
    .action(async (patterns: string[], options: { out: string; locale: "zh-Hans" | "zh-Hant" }) => {
      const { renderDocx } = await import("@zfxxgk/docx");
      const files = await expandInputs(patterns);
      const outputs = await planOutputs(files, options.out, ".docx");
      for (const [i, file] of files.entries()) {
        const report = await loadValidReport(file);
        const out = outputs[i] as string;
        if (resolve(out) === resolve(file)) {
          throw new CliError(
            "out-is-input",
            `输出文件 ${out} 就是输入文件，请另选 -o`,
            `the output ${out} is the input file; choose another -o`,
          );
        }
        await emit(await renderDocx(report, { locale: options.locale }), out);
        note(`${file} → ${out}`);
      }
    });
}
