import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SERVER_BIN = fileURLToPath(new URL("../bin/zfxxgk-server.js", import.meta.url));
const CLI_BIN = fileURLToPath(new URL("../../cli/bin/zfxxgk.js", import.meta.url));

/** Runs a bin; `onOutput` sees stdout as it comes. Resolves with the exit code and all output. */
function run(
  args: string[],
  env: Record<string, string>,
  onOutput?: (out: string, child: ChildProcess) => void,
) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
    onOutput?.(stdout, child);
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
}

describe("starting the service from the command line", () => {
  it.each([
    ["zfxxgk serve", [CLI_BIN, "serve", "--port", "0"]],
    ["zfxxgk-server", [SERVER_BIN, "--port", "0"]],
  ])("%s serves on loopback and stops cleanly on SIGTERM", async (_name, args) => {
    let checked: Promise<number> | undefined;
    const result = await run(args, { ZFXXGK_PDF: "off" }, (out, child) => {
      const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url && !checked) {
        checked = fetch(`${url}/healthz`).then((r) => {
          child.kill("SIGTERM");
          return r.status;
        });
      }
    });
    expect(await checked).toBe(200);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.some((l) => /shutting down/.test(l.msg))).toBe(true);
  });

  it("refuses a bad setting with a message in Chinese and English, exit status 2", async () => {
    const result = await run([SERVER_BIN], { ZFXXGK_PDF_QUEUE: "many" });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /ZFXXGK_PDF_QUEUE 应为.* \/ ZFXXGK_PDF_QUEUE must be a whole number/,
    );
  });

  it("lists its settings in --help", async () => {
    const result = await run([SERVER_BIN, "--help"], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("ZFXXGK_API_KEYS_FILE");
  });
});
