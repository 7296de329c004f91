import {
  type Diagnostic,
  LOCALES,
  type Locale,
  type MessageMap,
  mergeMessages,
} from "@zfxxgk/schema";
import { type Command, Option } from "commander";
import { isDynamicPattern } from "tinyglobby";
import { publishedMessages } from "../documents.js";
import { CliError, EXIT } from "../errors.js";
import { checkable, expandInputs, loadDocument } from "../inputs.js";
import { langAlias, messageLocaleOf, messageLocaleOption } from "../locale.js";
import { helpText, label, say } from "../messages.js";
import { emit, note } from "../output.js";
import { progress } from "../progress.js";

/**
 * Body and year of a report as given (it is checked later): what last year's reports are found by.
 * A report that does not say them (empty, as a document read without them) is paired with none.
 */
function bodyAndYear(data: unknown): { agency: string; year: number } | undefined {
  const meta = (data as { meta?: { agency?: unknown; year?: unknown } } | null)?.meta;
  if (typeof meta?.agency !== "string" || typeof meta.year !== "number") return undefined;
  const agency = meta.agency.trim();
  if (!agency || !meta.year) return undefined;
  return { agency, year: meta.year };
}
const keyOf = (agency: string, year: number) => JSON.stringify([agency, year]);

/**
 * `--previous`: one file is last year's report of every input; a glob is a set of last year's
 * reports, each input paired with the one of the same body for the year before, or told none was
 * found. Inputs are paired by their data as read; the previous report comes as the checks take it.
 */
export async function lastYear(
  pattern: string | undefined,
): Promise<(data: unknown) => { data?: unknown; diagnostics: Diagnostic[] }> {
  if (pattern === undefined) return () => ({ diagnostics: [] });
  if (!isDynamicPattern(pattern)) {
    const data = await checkable(await loadDocument(pattern));
    return () => ({ data, diagnostics: [] });
  }
  const byKey = new Map<string, unknown>();
  for (const file of await expandInputs([pattern])) {
    const loaded = await loadDocument(file);
    const given = bodyAndYear(loaded.data);
    const key = given && keyOf(given.agency, given.year);
    if (key && !byKey.has(key)) byKey.set(key, await checkable(loaded));
  }
  return (data) => {
    const given = bodyAndYear(data);
    // A report without body or year is told so by the model check.
    if (given === undefined) return { diagnostics: [] };
    const agency = given.agency;
    const year = given.year - 1;
    const previous = byKey.get(keyOf(agency, year));
    if (previous !== undefined) return { data: previous, diagnostics: [] };
    return {
      diagnostics: [
        {
          code: "input/no-previous",
          severity: "info",
          path: "",
          cells: [],
          params: { agency, year, pattern },
        },
      ],
    };
  };
}

/** The finding of a `--previous` glob with no report of the body's last year, in every locale. */
const pairingMessages: MessageMap = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    {
      "input/no-previous": (d: Diagnostic) =>
        say(l, "noPrevious", {
          pattern: String(d.params?.pattern ?? ""),
          agency: String(d.params?.agency ?? ""),
          year: String(d.params?.year ?? ""),
        }),
    },
  ]),
);

export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description(helpText("helpValidate"))
    .argument("<files...>", helpText("helpValidateFiles"))
    .option("--previous <file>", helpText("helpValidatePrevious"))
    .option("--constituents <glob>", helpText("helpValidateConstituents"))
    .addOption(
      new Option("--format <format>", helpText("helpValidateFormat"))
        .choices(["text", "json", "sarif"])
        .default("text"),
    )
    .addOption(messageLocaleOption())
    .addOption(langAlias())
    .action(
      async (
        patterns: string[],
        options: {
          previous?: string;
          constituents?: string;
          format: "text" | "json" | "sarif";
          locale: Locale;
          lang?: "zh" | "en";
        },
      ) => {
        const { formatJson, formatSarif, formatText, validate, withSources } = await import(
          "@zfxxgk/validate"
        );
        const files = await expandInputs(patterns);
        const previousOf = await lastYear(options.previous);
        const constituents = options.constituents
          ? await Promise.all(
              (await expandInputs([options.constituents])).map(
                async (f) => await checkable(await loadDocument(f)),
              ),
            )
          : undefined;
        const lang = messageLocaleOf(options);
        const results: { file: string; diagnostics: Diagnostic[] }[] = [];
        let inputErrors = 0;
        const bar = progress(files.length, label("validateBar"));
        for (const file of files) {
          try {
            const loaded = await loadDocument(file);
            const { parseDiagnostics, provenance } = loaded;
            const previous = previousOf(loaded.data);
            const result = validate(await checkable(loaded), {
              ...(previous.data === undefined ? {} : { previous: previous.data }),
              ...(constituents ? { constituents } : {}),
            });
            results.push({
              file,
              diagnostics: [
                ...parseDiagnostics,
                ...previous.diagnostics,
                // A finding of a report read from a document points at where its cells were read.
                ...(provenance ? withSources(result.diagnostics, provenance) : result.diagnostics),
              ],
            });
          } catch (e) {
            if (!(e instanceof CliError)) throw e;
            inputErrors++;
            note(e.message);
          }
          bar.tick(file);
        }
        bar.stop();
        const format = { text: formatText, json: formatJson, sarif: formatSarif }[options.format];
        const messages = mergeMessages(await publishedMessages(), pairingMessages);
        await emit(format(results, { locale: lang, messages }), undefined, { sized: false });
        const errors = results.reduce(
          (n, r) => n + r.diagnostics.filter((d) => d.severity === "error").length,
          0,
        );
        process.exitCode = inputErrors > 0 ? EXIT.usage : errors > 0 ? EXIT.findings : EXIT.ok;
      },
    );
}
