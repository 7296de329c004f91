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
import { cliError, helpText, say } from "../messages.js";
import { emit } from "../output.js";

export function registerInit(program: Command): void {
  program
    .command("init")
    .description(helpText("helpInit"))
    .requiredOption("--agency <name>", helpText("helpInitAgency"))
    .requiredOption("--year <yyyy>", helpText("helpInitYear"))
    .addOption(new Option("--edition <edition>", helpText("helpInitEdition")).choices(editionIds))
    .option("-o, --out <file>", helpText("helpInitOut"))
    .addOption(
      new Option("--format <format>", helpText("helpInitFormat"))
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
