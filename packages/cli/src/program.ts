import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { registerAudit } from "./commands/audit.js";
import { registerCells } from "./commands/cells.js";
import { registerDocx } from "./commands/docx.js";
import { registerFillTotals } from "./commands/fill-totals.js";
import { registerForm } from "./commands/form.js";
import { registerInit } from "./commands/init.js";
import { registerParse } from "./commands/parse.js";
import { registerPdf } from "./commands/pdf.js";
import { registerPublish } from "./commands/publish.js";
import { registerRender } from "./commands/render.js";
import { registerRollup } from "./commands/rollup.js";
import { registerRules } from "./commands/rules.js";
import { registerSchema } from "./commands/schema.js";
import { registerServe } from "./commands/serve.js";
import { registerValidate } from "./commands/validate.js";
import { applyConventions } from "./conventions.js";
import { CliError, EXIT } from "./errors.js";
import { both } from "./messages.js";

const { version } = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
) as { version: string };

export function buildProgram(): Command {
  const program = new Command("zfxxgk")
    .description(
      "政府信息公开工作年度报告工具：校验、生成 HTML 与 PDF、读取已发布的报告\nToolkit for the annual report on government information disclosure: validate, render HTML and PDF, parse published reports",
    )
    .version(version, "-V, --version", "显示版本 / print the version")
    .helpOption("-h, --help", "显示帮助 / show help")
    .helpCommand("help [command]", "显示命令的帮助 / help for a command")
    .showHelpAfterError(`（${both("seeHelp")}）`)
    .exitOverride();
  for (const register of [
    registerValidate,
    registerRender,
    registerPdf,
    registerDocx,
    registerParse,
    registerCells,
    registerFillTotals,
    registerInit,
    registerSchema,
    registerRules,
    registerPublish,
    registerServe,
    registerAudit,
    registerForm,
    registerRollup,
  ]) {
    register(program);
  }
  for (const command of program.commands) {
    command
      .helpOption("-h, --help", "显示帮助 / show help")
      .showHelpAfterError(`（${both("seeHelp")}）`)
      .exitOverride();
  }
  applyConventions(program);
  return program;
}

/** Runs the CLI and returns the exit status; never throws for a user's mistake. */
export async function main(argv: readonly string[]): Promise<number> {
  process.exitCode = EXIT.ok;
  try {
    await buildProgram().parseAsync([...argv]);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === "commander.helpDisplayed" ||
        e.code === "commander.version" ||
        e.code === "commander.help"
        ? EXIT.ok
        : EXIT.usage;
    }
    if (e instanceof CliError) {
      process.stderr.write(`zfxxgk: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}
