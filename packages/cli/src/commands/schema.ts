import { CURRENT_EDITION, type Edition, editionIds, jsonSchemaOf } from "@zfxxgk/schema";
import { type Command, Option } from "commander";
import { emit } from "../output.js";

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("输出报告的 JSON Schema / print the report's JSON Schema (draft 2020-12)")
    .addOption(
      new Option("--edition <edition>", "格式版本 / format edition")
        .choices(editionIds)
        .default(CURRENT_EDITION),
    )
    .action(async (options: { edition: Edition }) => {
      await emit(`${JSON.stringify(jsonSchemaOf(options.edition), null, 2)}\n`);
    });
}
