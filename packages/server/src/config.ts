import { readFileSync } from "node:fs";
import { bilingual, type LocaleTexts } from "@zfxxgk/schema";
import { worded } from "./problem.js";

export interface ServerOptions {
  /** Address to listen on (default 127.0.0.1: only this machine; use 0.0.0.0 behind a load balancer). */
  readonly host?: string;
  /** Port (default 8080; 0 picks a free one). */
  readonly port?: number;
  /** Largest request body in bytes (default 2 MiB). */
  readonly bodyLimit?: number;
  /** Time allowed to receive a request, and to print one PDF (default 30 000 ms). */
  readonly requestTimeoutMs?: number;
  /** PDF printing, or `false` to answer `POST /v1/pdf` with 503 and start no browser. */
  readonly pdf?: false | { readonly concurrency?: number; readonly queueLimit?: number };
  /** Accepted `Authorization: Bearer` keys; none means no key is asked for. */
  readonly apiKeys?: readonly string[];
  /** Origins allowed by CORS; none means CORS stays off. */
  readonly corsOrigins?: readonly string[];
  /** Pino log level (default info); logs are JSON lines on stdout unless `logStream` is given. */
  readonly logLevel?: string;
  readonly logStream?: NodeJS.WritableStream;
}

/**
 * A configuration mistake: its message in every locale (`messages`, from the service's locale files);
 * `message` is one line in Chinese and English.
 */
export class ConfigError extends Error {
  /** The message in Simplified Chinese (`messages["zh-Hans"]`). */
  readonly zh: string;
  /** The message in English (`messages.en`). */
  readonly en: string;
  constructor(readonly messages: LocaleTexts) {
    super(bilingual(messages));
    this.name = "ConfigError";
    this.zh = messages["zh-Hans"];
    this.en = messages.en;
  }
}

/** Every environment variable the service reads, for the README and `--help`. */
export const ENVIRONMENT = {
  ZFXXGK_HOST: "address to listen on (default 127.0.0.1)",
  ZFXXGK_PORT: "port (default 8080)",
  ZFXXGK_BODY_LIMIT: "largest request body in bytes (default 2097152)",
  ZFXXGK_REQUEST_TIMEOUT_MS: "time to receive a request and to print one PDF (default 30000)",
  ZFXXGK_PDF: "off: no browser, POST /v1/pdf answers 503 (default on)",
  ZFXXGK_PDF_CONCURRENCY: "PDFs printed at once (default 2)",
  ZFXXGK_PDF_QUEUE: "PDF requests that may wait; more are answered 503 + Retry-After (default 8)",
  ZFXXGK_API_KEYS: "comma-separated API keys; when set (or the file is), /v1/* needs one",
  ZFXXGK_API_KEYS_FILE: "file with one API key per line (# starts a comment)",
  ZFXXGK_CORS_ORIGINS: "comma-separated origins allowed by CORS (default: CORS off)",
  ZFXXGK_LOG_LEVEL: "fatal, error, warn, info (default), debug, trace",
  ZFXXGK_CHROMIUM: "the browser for PDFs (default: found like @zfxxgk/pdf finds it)",
} as const;

type Env = Readonly<Record<string, string | undefined>>;

/** Options from the environment (see {@link ENVIRONMENT}); a bad value is a {@link ConfigError}. */
export function optionsFromEnv(env: Env = process.env): ServerOptions {
  const int = (name: keyof typeof ENVIRONMENT, min: number) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) {
      throw new ConfigError(worded("envNotInteger", { name, min, raw }));
    }
    return n;
  };
  const list = (raw: string | undefined) =>
    (raw ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  const pdfOff = /^(off|false|0|no)$/i.test(env.ZFXXGK_PDF ?? "");
  const concurrency = int("ZFXXGK_PDF_CONCURRENCY", 1);
  const queueLimit = int("ZFXXGK_PDF_QUEUE", 0);
  const port = int("ZFXXGK_PORT", 0);
  const bodyLimit = int("ZFXXGK_BODY_LIMIT", 1);
  const requestTimeoutMs = int("ZFXXGK_REQUEST_TIMEOUT_MS", 1);
  const apiKeys = [...list(env.ZFXXGK_API_KEYS), ...keysFromFile(env.ZFXXGK_API_KEYS_FILE)];
  const corsOrigins = list(env.ZFXXGK_CORS_ORIGINS);
  return {
    ...(env.ZFXXGK_HOST ? { host: env.ZFXXGK_HOST } : {}),
    ...(port !== undefined ? { port } : {}),
    ...(bodyLimit !== undefined ? { bodyLimit } : {}),
    ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
    pdf: pdfOff
      ? false
      : {
          ...(concurrency !== undefined ? { concurrency } : {}),
          ...(queueLimit !== undefined ? { queueLimit } : {}),
        },
    ...(apiKeys.length ? { apiKeys } : {}),
    ...(corsOrigins.length ? { corsOrigins } : {}),
    ...(env.ZFXXGK_LOG_LEVEL ? { logLevel: env.ZFXXGK_LOG_LEVEL } : {}),
  };
}

function keysFromFile(file: string | undefined): string[] {
  if (!file) return [];
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    throw new ConfigError(worded("apiKeyFile", { file, code }));
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);
}
