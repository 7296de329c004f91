import type { Command } from "commander";
import { CliError } from "../errors.js";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description(
      "启动 HTTP 服务（见 @zfxxgk/server，设置见其 README）/ start the HTTP service (@zfxxgk/server; settings in its README)",
    )
    .option("--port <n>", "端口，0 为任选空闲端口 / port; 0 picks a free one", "8080")
    .option(
      "--host <address>",
      "监听地址，缺省只接受本机连接 / address to listen on (default: this machine only)",
      "127.0.0.1",
    )
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
