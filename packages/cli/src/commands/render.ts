import type { Command } from "commander";
import { documentLocaleOption } from "../document-options.js";
import { copyFontsBeside } from "../fonts-beside.js";
import { loadValidReport } from "../inputs.js";
import { helpText } from "../messages.js";
import { emit } from "../output.js";

export function registerRender(program: Command): void {
  program
    .command("render")
    .description(helpText("helpRender"))
    .argument("<file>", helpText("helpRenderFile"))
    .option("-o, --out <file>", helpText("helpRenderOut"))
    .option("--no-fonts", helpText("helpRenderNoFonts"))
    .option("--fragment", helpText("helpRenderFragment"))
    .addOption(documentLocaleOption())
    .action(
      async (
        file: string,
        options: {
          out?: string;
          fragment?: boolean;
          fonts: boolean;
          locale: "zh-Hans" | "zh-Hant";
        },
      ) => {
        const { renderHtml } = await import("@zfxxgk/render");
        const report = await loadValidReport(file);
        const fragment = Boolean(options.fragment);
        await emit(
          renderHtml(report, {
            fragment,
            locale: options.locale,
            ...(options.fonts ? {} : { fonts: false }),
          }),
          options.out,
        );
        if (options.out && options.fonts && !fragment) await copyFontsBeside(options.out);
      },
    );
}
