import type { Command } from "commander";
import { cliError } from "./messages.js";
import { DEFAULT_MAX_MB, settings } from "./settings.js";

/** Listed at the end of every help text. */
export const EXIT_HELP = `
退出状态 / Exit status:
  0   成功，没有错误级的问题 / done, no error-level findings
  1   发现错误级的问题（validate、publish、parse）/ error-level findings (validate, publish, parse)
  2   用法、输入或环境问题：参数有误、文件读不了、输出文件已存在、找不到或无法启动浏览器 /
      usage, input or environment problem: bad arguments, unreadable input, an output that exists,
      no browser or one that fails to start
  70  内部错误（程序缺陷，请报告）/ internal error (a bug; please report it)`;

/** The headings of commander's help texts, in Chinese and English. */
const HELP_TITLES: Readonly<Record<string, string>> = {
  "Usage:": "用法 / Usage:",
  "Arguments:": "参数 / Arguments:",
  "Options:": "选项 / Options:",
  "Global Options:": "通用选项 / Global Options:",
  "Commands:": "命令 / Commands:",
};

/** Commander's own messages (from commander 14), in Chinese first, then as commander wrote them. */
const COMMANDER_MESSAGES: readonly [RegExp, (...m: string[]) => string][] = [
  [/^unknown option '([^']*)'/, (o) => `未知选项 ${o}`],
  [/^unknown command '([^']*)'/, (c) => `未知命令 ${c}`],
  [/^missing required argument '([^']*)'/, (a) => `缺少必需的参数 ${a}`],
  [/^option '([^']*)' argument missing/, (o) => `选项 ${o} 缺少取值`],
  [/^required option '([^']*)' not specified/, (o) => `缺少必需的选项 ${o}`],
  [
    /^option '([^']*)' argument '([^']*)' is invalid\.(?: Allowed choices are (.*)\.)?/,
    (o, v, choices) => `选项 ${o} 的取值 ${v} 无效${choices ? `，可选：${choices}` : ""}`,
  ],
  [
    /^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)/,
    (c, n, m) => `${c ? `${c} ` : ""}参数过多：应为 ${n} 个，实为 ${m} 个`,
  ],
  [
    /^command-argument value '([^']*)' is invalid for argument '([^']*)'/,
    (v, a) => `参数 ${a} 的取值 ${v} 无效`,
  ],
];

/** A commander error line such as "error: unknown option '--x'" as 「未知选项 --x / unknown option '--x'」. */
export function bilingualCommanderError(text: string): string {
  const english = text.trim().replace(/^error:\s*/, "");
  const [first = "", ...rest] = english.split("\n");
  const suggestion = /Did you mean (?:one of )?(.*)\?/.exec(rest.join(" "))?.[1];
  let zh = "命令行参数有误";
  for (const [pattern, say] of COMMANDER_MESSAGES) {
    const m = pattern.exec(first);
    if (m) {
      zh = say(...m.slice(1).map((s) => s ?? ""));
      break;
    }
  }
  const hint = suggestion ? `（是否想用 ${suggestion}？）` : "";
  return `zfxxgk: ${zh}${hint} / ${english.replaceAll("\n", " ")}\n`;
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
    .option(
      "--force",
      "可替换已存在的输出文件（输入文件永不覆盖）/ replace output files that exist (never an input)",
    )
    .option(
      "--max-size <MB>",
      `读写单个文件的大小上限 / the largest file read or written (MB)`,
      String(DEFAULT_MAX_MB),
    )
    .hook("preAction", () => {
      const options = program.opts<{ force?: boolean; maxSize: string }>();
      settings.force = Boolean(options.force);
      settings.maxBytes = Math.round(parseMaxSize(options.maxSize) * 1024 * 1024);
    });
  for (const command of [program, ...program.commands]) {
    command
      .configureHelp({
        showGlobalOptions: true,
        styleTitle: (title) => HELP_TITLES[title] ?? title,
      })
      .addHelpText("after", EXIT_HELP)
      .configureOutput({ outputError: (text, write) => write(bilingualCommanderError(text)) });
  }
}
