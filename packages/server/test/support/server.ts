import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createServer, type Server, type ServerOptions } from "@zfxxgk/server";
import { afterAll, beforeAll } from "vitest";

export const EXAMPLE = fileURLToPath(
  new URL("../../../../examples/synthetic-city-2024.json", import.meta.url),
);
export const EXAMPLE_PREVIOUS = fileURLToPath(
  new URL("../../../../examples/synthetic-city-2023.json", import.meta.url),
);
export const exampleText = (file = EXAMPLE) => readFileSync(file, "utf8");
export const exampleJson = (file = EXAMPLE) =>
  JSON.parse(exampleText(file)) as { meta: { agency: string } } & Record<string, unknown>;

const CLI = fileURLToPath(new URL("../../../cli/bin/zfxxgk.js", import.meta.url));

/** The CLI's stdout (it exits 1 on error-level findings, which is still an answer). */
export function cli(...args: string[]): string {
  try {
    return execFileSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  } catch (e) {
    const { status, stdout } = e as { status: number; stdout: string };
    if (status === 1) return stdout;
    throw e;
  }
}

export interface Started {
  server: Server;
  url: string;
  logs: string[];
}

/** A real server on a free loopback port for a describe block; its JSON log lines are kept in `logs`. */
export function useServer(options: ServerOptions = {}): Started {
  const started = { logs: [] as string[] } as Started;
  beforeAll(async () => {
    const logStream = {
      write(line: string) {
        started.logs.push(line);
        return true;
      },
    } as unknown as NodeJS.WritableStream;
    started.server = await createServer({ host: "127.0.0.1", port: 0, logStream, ...options });
    started.url = await started.server.listen();
  });
  afterAll(async () => {
    await started.server?.close();
  });
  return started;
}

export async function post(
  url: string,
  body: string,
  type = "application/json",
  headers: Record<string, string> = {},
) {
  return fetch(url, { method: "POST", body, headers: { "content-type": type, ...headers } });
}

/** A problem-details answer: its status, type and body, and no stack trace anywhere in it. */
export async function problem(response: Response) {
  const text = await response.text();
  if (/\bat .+:\d+:\d+\)?/.test(text) || /node_modules|\/src\//.test(text)) {
    throw new Error(`a stack trace or source path in the answer: ${text}`);
  }
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: JSON.parse(text) as {
      type: string;
      title: string;
      status: number;
      detail: string;
      code: string;
      "zh-Hans": string;
      "zh-Hant": string;
      en: string;
      /** Deprecated alias of `zh-Hans`. */
      "zh-CN": string;
      diagnostics?: { code: string; message: string }[];
    },
  };
}
