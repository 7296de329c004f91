import { join } from "node:path";
import type { Command } from "commander";
import { loadValidReport } from "../inputs.js";
import { both, helpText } from "../messages.js";
import { emit, note } from "../output.js";

export function registerForm(program: Command): void {
  program
    .command("form")
    .description(helpText("helpForm"))
    .requiredOption("-o, --out <dir>", helpText("helpFormOut"))
    .option("--example <file>", helpText("helpFormExample"))
    .action(async (options: { out: string; example?: string }) => {
      const example = options.example ? await loadValidReport(options.example) : undefined;
      const { demoFiles } = await import("@zfxxgk/form/demo");
      const files = demoFiles(example ? { example } : {});
      for (const [name, content] of Object.entries(files))
        await emit(content, join(options.out, name));
      note(both("formDemoPage", { page: join(options.out, "index.html") }));
    });
}
