import { parseArgs } from "node:util";
import { ConfigError, ENVIRONMENT, optionsFromEnv } from "./config.js";
import { serve } from "./serve.js";

const HELP = `zfxxgk-server [--port <n>] [--host <address>]

政府信息公开工作年度报告 HTTP 服务 / HTTP service for the annual report on government information disclosure.
Docs at /docs, OpenAPI at /openapi.json. Settings from the environment:
${Object.entries(ENVIRONMENT)
  .map(([name, text]) => `  ${name.padEnd(26)} ${text}`)
  .join("\n")}
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const env = {
    ...process.env,
    ...(values.port !== undefined ? { ZFXXGK_PORT: values.port } : {}),
    ...(values.host !== undefined ? { ZFXXGK_HOST: values.host } : {}),
  };
  const { stopped } = await serve(optionsFromEnv(env));
  await stopped;
  return 0;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (
      error instanceof ConfigError ||
      (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
    ) {
      process.stderr.write(`zfxxgk-server: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(
      `zfxxgk-server: 内部错误 / internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
