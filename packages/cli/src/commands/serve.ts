import type { Command } from "commander";
import { CliError } from "../errors.js";
import { helpText } from "../messages.js";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description(helpText("helpServe"))
    .option("--port <n>", helpText("helpServePort"), "8080")
    .option("--host <address>", helpText("helpServeHost"), "127.0.0.1")
    .action(async (options: { port: string; host: string }) => {
      const { ConfigError, optionsFromEnv, serve } = await import("@zfxxgk/server");
      try {
        const settings = optionsFromEnv({
          ...process.env,
          ZFXXGK_PORT: options.port,
          ZFXXGK_HOST: options.host,
        });
        const { stopped } = await serve(settings);
        await stopped;
      } catch (e) {
        if (e instanceof ConfigError) throw new CliError("bad-config", e.messages);
        throw e;
      }
    });
}
