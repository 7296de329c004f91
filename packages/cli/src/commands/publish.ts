import { join } from "node:path";
import { parseReport } from "@zfxxgk/schema";
import type { Command } from "commander";
import { parseConcurrency, pdfBatch } from "../batch.js";
import { EXIT } from "../errors.js";
import { copyFontsBeside } from "../fonts-beside.js";
import { expandInputs, loadDocument } from "../inputs.js";
import { emit, note } from "../output.js";
import { outputName } from "./pdf.js";

interface Row {
  file: string;
  errors: number;
  warnings: number;
  html?: string;
  pdf?: string;
  docx?: string;
}

export function registerPublish(program: Command): void {
  program
    .command("publish")
    .description(
      "校验并生成 HTML、PDF 与 Word，输出汇总 / validate, then write the HTML, PDF and Word document of each report, with a summary",
    )
    .argument("<files...>", "报告文件或通配符 / report files or globs")
    .requiredOption("-o, --out <dir>", "输出目录 / output folder")
    .option("--concurrency <n>", "同时渲染的页面数 / pages rendered at once", "2")
    .action(async (patterns: string[], options: { out: string; concurrency: string }) => {
      const files = await expandInputs(patterns);
      const concurrency = parseConcurrency(options.concurrency);
      const [{ renderHtml }, { validate }, { renderDocx }] = await Promise.all([
        import("@zfxxgk/render"),
        import("@zfxxgk/validate"),
        import("@zfxxgk/docx"),
      ]);
      const rows: Row[] = [];
      const inputErrors = await pdfBatch(
        files,
        concurrency,
        "发布 publish",
        async (file, _, renderer) => {
          const { data, parseDiagnostics } = await loadDocument(file);
          const found = [...parseDiagnostics, ...validate(data).diagnostics];
          const row: Row = {
            file,
            errors: found.filter((d) => d.severity === "error").length,
            warnings: found.filter((d) => d.severity === "warning").length,
          };
          const parsed = parseReport(data);
          if (parsed.ok) {
            row.html = join(options.out, outputName(file, ".html"));
            await emit(renderHtml(parsed.report), row.html);
            row.pdf = join(options.out, outputName(file, ".pdf"));
            await emit(await renderer.render(parsed.report), row.pdf);
            row.docx = join(options.out, outputName(file, ".docx"));
            await emit(await renderDocx(parsed.report), row.docx);
          }
          rows.push(row);
        },
      );
      if (rows.some((r) => r.html)) await copyFontsBeside(join(options.out, "index.html"));
      rows.sort((a, b) => a.file.localeCompare(b.file));
      const lines = rows.map(
        (r) =>
          `${r.file}\t错误 errors ${r.errors}\t警告 warnings ${r.warnings}\t${r.html ? `${r.html}  ${r.pdf}  ${r.docx}` : "未生成（报告不符合格式）/ not rendered (invalid report)"}`,
      );
      await emit(`${lines.join("\n")}\n`);
      const errors = rows.reduce((n, r) => n + r.errors, 0);
      note(
        `共 ${rows.length} 份报告，错误 ${errors} 处；HTML、PDF 与 Word 在 ${options.out}/ / ${rows.length} report(s), ${errors} error(s); HTML, PDF and Word in ${options.out}/`,
      );
      process.exitCode = inputErrors > 0 ? EXIT.usage : errors > 0 ? EXIT.findings : EXIT.ok;
    });
}
