import { wordedIn } from "@zfxxgk/schema";
import type { Command } from "commander";
import type { CommanderProblem, HelpTitle } from "./messages/types.js";
import { bilingual, both, cliError, helpText, LOCALE_MESSAGES } from "./messages.js";
import { DEFAULT_MAX_MB, settings } from "./settings.js";

/** One exit status of the help text: 「中文 / English」, the English on a line of its own when long. */
const exitLine = (status: number, key: "exit0" | "exit1" | "exit2" | "exit70") => {
  const { "zh-Hans": zh, en } = wordedIn(LOCALE_MESSAGES, key);
  const line = `  ${String(status).padEnd(4)}${zh} / ${en}`;
  return line.length <= 100 ? line : `  ${String(status).padEnd(4)}${zh} /\n      ${en}`;
};

/** Listed at the end of every help text. */
export const EXIT_HELP = `
${both("exitStatus")}:
${exitLine(0, "exit0")}
${exitLine(1, "exit1")}
${exitLine(2, "exit2")}
${exitLine(70, "exit70")}`;

/** The headings of commander's help texts, in Chinese and English. */
const HELP_TITLES: ReadonlySet<string> = new Set<HelpTitle>([
  "Usage",
  "Arguments",
  "Options",
  "Global Options",
  "Commands",
]);
const helpTitle = (title: string) => {
  const bare = title.replace(/:$/, "");
  return HELP_TITLES.has(bare) ? `${both("helpTitle", { title: bare as HelpTitle })}:` : title;
};

/** Commander's own messages (from commander 14) and what each names. */
const COMMANDER_MESSAGES: readonly [RegExp, (...m: string[]) => CommanderProblem][] = [
  [/^unknown option '([^']*)'/, (option) => ({ kind: "unknownOption", option })],
  [/^unknown command '([^']*)'/, (command) => ({ kind: "unknownCommand", command })],
  [/^missing required argument '([^']*)'/, (argument) => ({ kind: "missingArgument", argument })],
  [/^option '([^']*)' argument missing/, (option) => ({ kind: "optionValueMissing", option })],
  [/^required option '([^']*)' not specified/, (option) => ({ kind: "missingOption", option })],
  [
    /^option '([^']*)' argument '([^']*)' is invalid\.(?: Allowed choices are (.*)\.)?/,
    (option, value, choices) => ({ kind: "invalidChoice", option, value, choices }),
  ],
  [
    /^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)/,
    (command, expected, got) => ({ kind: "tooManyArguments", command, expected, got }),
  ],
  [
    /^command-argument value '([^']*)' is invalid for argument '([^']*)'/,
    (value, argument) => ({ kind: "invalidArgument", argument, value }),
  ],
];

/**
 * A commander error line such as "error: unknown option '--x'" as 「未知选项 --x / unknown option '--x'」,
 * both from the locale files; one they do not word keeps commander's English.
 */
export function bilingualCommanderError(text: string): string {
  const english = text.trim().replace(/^error:\s*/, "");
  const [first = "", ...rest] = english.split("\n");
  const suggestion = /Did you mean (?:one of )?(.*)\?/.exec(rest.join(" "))?.[1];
  let problem: CommanderProblem = { kind: "other" };
  // commander's English is kept where it says more than the locale files word (an argument parser's own message)
  let whole = false;
  for (const [pattern, read] of COMMANDER_MESSAGES) {
    const m = pattern.exec(first);
    if (m) {
      problem = read(...m.slice(1).map((s) => s ?? ""));
      whole = m[0].trim() === first.trim();
      break;
    }
  }
  const words = wordedIn(LOCALE_MESSAGES, "commanderError", problem);
  const hint = suggestion ? wordedIn(LOCALE_MESSAGES, "didYouMean", { suggestion }) : undefined;
  return `zfxxgk: ${bilingual({
    "zh-Hans": `${words["zh-Hans"]}${hint?.["zh-Hans"] ?? ""}`,
    en: whole ? `${words.en}${hint?.en ?? ""}` : english.replaceAll("\n", " "),
  })}\n`;
}

function parseMaxSize(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw cliError("bad-max-size", "badMaxSize", { value });
  return mb;
}

/**
 * What every command shares: `--force` and `--max-size`, the exit codes at the end of each help
 * text, and commander's own errors in Chinese and English. Call after the commands are registered.
 */
export function applyConventions(program: Command): void {
  program
    .option("--force", helpText("helpForce"))
    .option("--max-size <MB>", helpText("helpMaxSize"), String(DEFAULT_MAX_MB))
    .hook("preAction", () => {
      const options = program.opts<{ force?: boolean; maxSize: string }>();
      settings.force = Boolean(options.force);
      settings.maxBytes = Math.round(parseMaxSize(options.maxSize) * 1024 * 1024);
    });
  for (const command of [program, ...program.commands]) {
    command
      .configureHelp({
        showGlobalOptions: true,
        styleTitle: helpTitle,
      })
      .addHelpText("after", EXIT_HELP)
      .configureOutput({ outputError: (text, write) => write(bilingualCommanderError(text)) });
  }
}
