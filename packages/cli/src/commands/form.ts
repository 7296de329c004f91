import { join } from "node:path";
import type { Command } from "commander";
import { loadValidReport } from "../inputs.js";
import { both } from "../messages.js";
import { emit, note } from "../output.js";

export function registerForm(program: Command): void {
  program
    .command("form")
    .description(
      "生成可离线打开的填报表单示例页 / write the fill-in form's demo page (works from file://, no server)",
    )
    .requiredOption("-o, --out <dir>", "输出目录 / output folder")
    .option(
      "--example <file>",
      "页面「载入示例报告」按钮所载入的报告 / the report the page's example button loads",
    )
    .action(async (options: { out: string; example?: string }) => {
      const example = options.example ? await loadValidReport(options.example) : undefined;
      const { demoFiles } = await import("@zfxxgk/form/demo");
      const files = demoFiles(example ? { example } : {});
      for (const [name, content] of Object.entries(files))
        await emit(content, join(options.out, name));
      note(both("formDemoPage", { page: join(options.out, "index.html") }));
    });
}
