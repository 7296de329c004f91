import type { Locale } from "@zfxxgk/schema";
import { type Command, Option } from "commander";
import { langAlias, messageLocaleOf, messageLocaleOption } from "../locale.js";
import { helpText } from "../messages.js";
import { emit } from "../output.js";

export function registerRules(program: Command): void {
  program
    .command("rules")
    .description(helpText("helpRules"))
    .addOption(
      new Option("--format <format>", helpText("helpRulesFormat"))
        .choices(["text", "json"])
        .default("text"),
    )
    .addOption(messageLocaleOption())
    .addOption(langAlias())
    .action(async (options: { format: "text" | "json"; locale: Locale; lang?: "zh" | "en" }) => {
      const { ruleCatalog } = await import("@zfxxgk/validate");
      if (options.format === "json") {
        await emit(`${JSON.stringify(ruleCatalog, null, 2)}\n`);
        return;
      }
      const lines = ruleCatalog.rules.map(
        (r) =>
          `${r.id.padEnd(6)} ${r.type.padEnd(10)} ${r.severity.padEnd(7)} ${r.description[messageLocaleOf(options) === "en" ? "en" : "zh-Hans"]}`,
      );
      await emit(`${lines.join("\n")}\n`);
    });
}
