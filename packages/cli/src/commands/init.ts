import { EDITIONS, type Edition, emptyReport, isEdition } from "@zfxxgk/schema";
import type { Command } from "commander";
import { CliError } from "../errors.js";
import { emit } from "../output.js";

export function registerInit(program: Command): void {
  program
    .command("init")
    .description("生成一份待填写的空白报告 / a blank report to fill in")
    .requiredOption("--agency <name>", "报告机关名称 / the reporting body")
    .requiredOption("--year <yyyy>", "报告年度 / report year")
    .option("-o, --out <file>", "输出文件，缺省为标准输出 / output file (default: stdout)")
    .option("--edition <id>", `格式 / format edition: ${Object.keys(EDITIONS).join(", ")}`)
    .action(async (options: { agency: string; year: string; out?: string; edition?: string }) => {
      const year = Number(options.year);
      if (options.edition !== undefined && !isEdition(options.edition))
        throw new CliError(
          "bad-edition",
          `格式应为 ${Object.keys(EDITIONS).join("、")} 之一，实为 ${options.edition}`,
          `--edition must be one of ${Object.keys(EDITIONS).join(", ")}, got ${options.edition}`,
        );
      const edition: Edition | undefined = options.edition;
      // With --edition, any year that edition was issued for (2008–2018 for the old reports).
      const first = edition ? EDITIONS[edition].years.from : 2021;
      if (!/^\d{4}$/.test(options.year) || year < first) {
        throw new CliError(
          "bad-year",
          `年度应为 ${first} 年或以后的四位数字，实为 ${options.year}`,
          `--year must be a four-digit year from ${first} on, got ${options.year}`,
        );
      }
      if (!options.agency.trim())
        throw new CliError("bad-agency", "机关名称不能为空", "--agency must not be empty");
      await emit(
        `${JSON.stringify(emptyReport({ agency: options.agency.trim(), year, ...(edition ? { edition } : {}) }), null, 2)}\n`,
        options.out,
      );
    });
}
