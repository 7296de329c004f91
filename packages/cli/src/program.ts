import { readFileSync } from "node:fs";
import { wordedIn } from "@zfxxgk/schema";
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
import { bilingual, both, helpText, LOCALE_MESSAGES } from "./messages.js";

const { version } = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
) as { version: string };

export function buildProgram(): Command {
  const program = new Command("zfxxgk")
    .description(bilingual(wordedIn(LOCALE_MESSAGES, "helpProgram"), "\n"))
    .version(version, "-V, --version", helpText("helpVersion"))
    .helpOption("-h, --help", helpText("helpHelpOption"))
    .helpCommand("help [command]", helpText("helpHelpCommand"))
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
      .helpOption("-h, --help", helpText("helpHelpOption"))
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
