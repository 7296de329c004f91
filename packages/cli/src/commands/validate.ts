import { type Command, Option } from "commander";
import { CliError, EXIT } from "../errors.js";
import { expandInputs, loadDocument } from "../inputs.js";
import { emit, note } from "../output.js";
import { progress } from "../progress.js";

export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description(
      "校验报告的格式、勾稽关系与一致性 / validate reports: schema, accounting identities, consistency rules",
    )
    .argument(
      "<files...>",
      "报告文件或通配符（.json、已发布的 .txt / .html）/ report files or globs (.json, published .txt / .html)",
    )
    .option(
      "--previous <file>",
      "上一年度报告，用于跨年度核对 / last year's report, for the cross-year rules",
    )
    .addOption(
      new Option("--format <format>", "输出格式 / output format")
        .choices(["text", "json", "sarif"])
        .default("text"),
    )
    .addOption(
      new Option("--lang <lang>", "消息语言 / message language")
        .choices(["zh", "en"])
        .default("zh"),
    )
    .action(
      async (
        patterns: string[],
        options: { previous?: string; format: "text" | "json" | "sarif"; lang: "zh" | "en" },
      ) => {
        const { formatJson, formatSarif, formatText, validate } = await import("@zfxxgk/validate");
        const files = await expandInputs(patterns);
        const previous = options.previous ? (await loadDocument(options.previous)).data : undefined;
        const lang = options.lang === "en" ? "en" : "zh-CN";
        const results: { file: string; diagnostics: import("@zfxxgk/schema").Diagnostic[] }[] = [];
        let inputErrors = 0;
        const bar = progress(files.length, "校验 validate");
        for (const file of files) {
          try {
            const { data, parseDiagnostics } = await loadDocument(file);
            const result = validate(data, previous === undefined ? {} : { previous });
            results.push({ file, diagnostics: [...parseDiagnostics, ...result.diagnostics] });
          } catch (e) {
            if (!(e instanceof CliError)) throw e;
            inputErrors++;
            note(e.message);
          }
          bar.tick(file);
        }
        bar.stop();
        const format = { text: formatText, json: formatJson, sarif: formatSarif }[options.format];
        const { parseMessages } = await import("@zfxxgk/parse");
        await emit(format(results, { lang, messages: parseMessages }));
        const errors = results.reduce(
          (n, r) => n + r.diagnostics.filter((d) => d.severity === "error").length,
          0,
        );
        process.exitCode = inputErrors > 0 ? EXIT.usage : errors > 0 ? EXIT.findings : EXIT.ok;
      },
    );
}
