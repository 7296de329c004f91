import { CURRENT_EDITION, type Edition, editionIds, jsonSchemaOf } from "@zfxxgk/schema";
import { type Command, Option } from "commander";
import { helpText } from "../messages.js";
import { emit } from "../output.js";

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description(helpText("helpSchema"))
    .addOption(
      new Option("--edition <edition>", helpText("helpSchemaEdition"))
        .choices(editionIds)
        .default(CURRENT_EDITION),
    )
    .action(async (options: { edition: Edition }) => {
      await emit(`${JSON.stringify(jsonSchemaOf(options.edition), null, 2)}\n`);
    });
}
