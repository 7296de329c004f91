import type { Command } from "commander";
import { documentLocaleOption } from "../document-options.js";
import { copyFontsBeside } from "../fonts-beside.js";
import { loadValidReport } from "../inputs.js";
import { emit } from "../output.js";

export function registerRender(program: Command): void {
  program
    .command("render")
    .description("生成官方版式的 HTML / render the official HTML layout")
    .argument("<file>", "报告文件（.json、.txt、.html、.docx）/ report file")
    .option("-o, --out <file>", "输出文件，缺省为标准输出 / output file (default: stdout)")
    .option(
      "--no-fonts",
      "不链接内置字体（缺省链接并复制到输出文件旁的 zfxxgk-fonts/）/ link no bundled fonts (by default they are linked and copied to zfxxgk-fonts/ beside the output file)",
    )
    .option(
      "--fragment",
      "生成可嵌入页面的片段 / an embeddable fragment instead of a whole document",
    )
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
