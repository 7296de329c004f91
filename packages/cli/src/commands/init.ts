import {
  EDITIONS,
  type Edition,
  editionForYear,
  editionIds,
  emptyReport,
  type Locale,
} from "@zfxxgk/schema";
import { type Command, Option } from "commander";
import { documentLocaleOption } from "../document-options.js";
import { cliError, say } from "../messages.js";
import { emit } from "../output.js";

export function registerInit(program: Command): void {
  program
    .command("init")
    .description("生成一份待填写的空白报告 / a blank report to fill in")
    .requiredOption("--agency <name>", "报告机关名称 / the reporting body")
    .requiredOption("--year <yyyy>", "报告年度 / report year")
    .addOption(
      new Option(
        "--edition <edition>",
        "格式版本，缺省为该年度适用的格式 / format edition (default: the one issued for that year)",
      ).choices(editionIds),
    )
    .option("-o, --out <file>", "输出文件，缺省为标准输出 / output file (default: stdout)")
    .addOption(
      new Option(
        "--format <format>",
        "json：空白报告；docx：待填写的 Word 模板 / json: a blank report; docx: the Word template to fill in",
      )
        .choices(["json", "docx"])
        .default("json"),
    )
    .addOption(documentLocaleOption())
    .action(
      async (options: {
        agency: string;
        year: string;
        edition?: Edition;
        out?: string;
        format: "json" | "docx";
        locale: Exclude<Locale, "en">;
      }) => {
        const year = Number(options.year);
        const edition = options.edition ?? editionForYear(year);
        if (!/^\d{4}$/.test(options.year) || edition === undefined) {
          const first = Math.min(...editionIds.map((e) => EDITIONS[e].years.from));
          throw cliError("bad-year", "initBadYear", { first, year: options.year });
        }
        if (!options.agency.trim()) throw cliError("bad-agency", "agencyEmpty");
        const issued = editionForYear(year);
        if (issued !== edition)
          process.stderr.write(
            `zfxxgk: ${say("zh-Hans", "editionNotIssued", { year, issued, edition })} / ${say("en", "editionNotIssued", { year, issued, edition })}\n`,
          );
        const report = emptyReport({ agency: options.agency.trim(), year, edition });
        if (options.format === "docx") {
          if (!options.out) throw cliError("out-required", "outRequired");
          const { renderDocxTemplate } = await import("@zfxxgk/docx");
          await emit(await renderDocxTemplate(report, { locale: options.locale }), options.out);
          return;
        }
        await emit(`${JSON.stringify(report, null, 2)}\n`, options.out);
      },
    );
}
