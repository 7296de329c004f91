import { extname } from "node:path";
import type { RollupError } from "@zfxxgk/rollup";
import { type Diagnostic, isEdition, type Locale, mergeMessages } from "@zfxxgk/schema";
import { type Command, Option } from "commander";
import { publishedMessages } from "../documents.js";
import { CliError, EXIT } from "../errors.js";
import { expandInputs, loadDocument, readInput } from "../inputs.js";
import { langAlias, messageLocaleOf, messageLocaleOption } from "../locale.js";
import { both, cliError, helpText, label, say } from "../messages.js";
import { emit, note } from "../output.js";

interface RollupFlags {
  agency: string;
  year: string;
  edition?: string;
  expected?: string;
  output?: string;
  breakdown?: string;
  scopeNote?: string;
  creditCode?: string;
  editions: "map" | "refuse";
  format: "text" | "json" | "sarif";
  locale: Locale;
  lang?: "zh" | "en";
}

export function registerRollup(program: Command): void {
  program
    .command("rollup")
    .description(helpText("helpRollup"))
    .argument("<files...>", helpText("helpRollupFiles"))
    .requiredOption("--agency <name>", helpText("helpRollupAgency"))
    .requiredOption("--year <year>", helpText("helpRollupYear"))
    .option("--edition <edition>", helpText("helpRollupEdition"))
    .option("--expected <file>", helpText("helpRollupExpected"))
    .option("-o, --output <file>", helpText("helpRollupOutput"))
    .option("--breakdown <file>", helpText("helpRollupBreakdown"))
    .option("--scope-note <text>", helpText("helpRollupScopeNote"))
    .option("--credit-code <code>", helpText("helpRollupCreditCode"))
    .addOption(
      new Option("--editions <policy>", helpText("helpRollupEditions"))
        .choices(["map", "refuse"])
        .default("map"),
    )
    .addOption(
      new Option("--format <format>", helpText("helpRollupFormat"))
        .choices(["text", "json", "sarif"])
        .default("text"),
    )
    .addOption(messageLocaleOption())
    .addOption(langAlias())
    .action(async (patterns: string[], flags: RollupFlags) => {
      const { breakdownCsv, breakdownHtml, parseExpected, rollup, rollupMessages } = await import(
        "@zfxxgk/rollup"
      );
      const { formatJson, formatSarif, formatText } = await import("@zfxxgk/validate");
      const year = Number(flags.year);
      if (!Number.isInteger(year))
        throw cliError("bad-year", "yearNotInteger", { year: String(flags.year) });
      if (flags.edition !== undefined && !isEdition(flags.edition))
        throw cliError("bad-edition", "unknownEditionFlag", { edition: String(flags.edition) });
      const breakdownKind = flags.breakdown ? extname(flags.breakdown).toLowerCase() : undefined;
      if (breakdownKind && breakdownKind !== ".csv" && breakdownKind !== ".html")
        throw cliError("bad-breakdown", "badBreakdown", { file: String(flags.breakdown) });
      let expected: ReturnType<typeof parseExpected> | undefined;
      if (flags.expected) {
        try {
          expected = parseExpected(await readInput(flags.expected));
        } catch (e) {
          if (e instanceof CliError) throw e;
          const file = String(flags.expected);
          if (isRollupError(e)) {
            const of = (l: Locale) => say(l, "badExpected", { file, detail: e.messages[l] });
            throw new CliError("bad-expected", {
              "zh-Hans": of("zh-Hans"),
              "zh-Hant": of("zh-Hant"),
              en: of("en"),
            });
          }
          throw cliError("bad-expected", "badExpected", { file, detail: (e as Error).message });
        }
      }

      const files = await expandInputs(patterns);
      const inputs: unknown[] = [];
      const parseFindings: Diagnostic[][] = [];
      for (const file of files) {
        // as read: a document without its agency or year is not summed (the roll-up says it is invalid)
        const { data, parseDiagnostics } = await loadDocument(file);
        inputs.push(data);
        parseFindings.push([...parseDiagnostics]);
      }
      const result = rollupOrSay(() =>
        rollup(inputs, {
          agency: flags.agency,
          year,
          labels: files,
          editions: flags.editions,
          ...(flags.edition ? { edition: flags.edition as never } : {}),
          ...(expected ? { expected } : {}),
          ...(flags.scopeNote ? { scopeNote: flags.scopeNote } : {}),
          ...(flags.creditCode ? { creditCode: flags.creditCode } : {}),
        }),
      );

      if (result.report && flags.output)
        await emit(`${JSON.stringify(result.report, null, 2)}\n`, flags.output);
      if (flags.breakdown)
        await emit(
          breakdownKind === ".csv" ? breakdownCsv(result) : breakdownHtml(result),
          flags.breakdown,
        );
      const findings = [
        { file: flags.output ?? `(${label("aggregateLabel")})`, diagnostics: result.diagnostics },
        ...result.constituents.map((c, i) => ({
          file: files[i] as string,
          diagnostics: [...(parseFindings[i] ?? []), ...c.validation.diagnostics],
        })),
      ];
      const format = { text: formatText, json: formatJson, sarif: formatSarif }[flags.format];
      await emit(
        format(findings, {
          locale: messageLocaleOf(flags),
          messages: mergeMessages(await publishedMessages(), rollupMessages),
        }),
      );
      if (!result.report) note(both("nothingSummed"));
      const errors = findings.reduce(
        (n, f) => n + f.diagnostics.filter((d) => d.severity === "error").length,
        0,
      );
      process.exitCode = !result.report ? EXIT.usage : errors > 0 ? EXIT.findings : EXIT.ok;
    });
}

/** @zfxxgk/rollup is loaded when the command runs: its errors are told by their name. */
const isRollupError = (e: unknown): e is RollupError =>
  e instanceof Error && e.name === "RollupError";

/** The roll-up's own refusal (no edition for the year) as a usage error, in its words. */
function rollupOrSay<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (isRollupError(e)) throw new CliError(e.code, e.messages);
    throw e;
  }
}
