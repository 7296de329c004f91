import { createHash, timingSafeEqual } from "node:crypto";
import cors from "@fastify/cors";
import { DOCX_MEDIA_TYPE } from "@zfxxgk/docx";
import { isPdfError } from "@zfxxgk/pdf";
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyRequest,
  LogController,
} from "fastify";
import secureJson from "secure-json-parse";
import { ConfigError, type ServerOptions } from "./config.js";
import { docsPage } from "./docs-page.js";
import { langOf } from "./lang.js";
import { Metrics } from "./metrics.js";
import { fastifySchemaOf, openApiDocument } from "./openapi.js";
import { PdfService } from "./pdf-service.js";
import { PROBLEM_CONTENT_TYPE, ProblemError, problem, problemOf, worded } from "./problem.js";
import { ROUTES, type RouteContext } from "./routes.js";

export interface Server {
  readonly app: FastifyInstance;
  /** The PDF service, when PDFs are on. */
  readonly pdf: PdfService | undefined;
  /** Method and URL of every route Fastify registered (for checking the OpenAPI document). */
  readonly registered: readonly { method: string; url: string }[];
  /** Starts listening; resolves to the address, e.g. `http://127.0.0.1:8080`. */
  listen(): Promise<string>;
  /** Refuses new requests (503), finishes those in flight, then ends the browser. */
  close(): Promise<void>;
}

export const DEFAULTS = {
  host: "127.0.0.1",
  port: 8080,
  bodyLimit: 2 * 1024 * 1024,
  requestTimeoutMs: 30_000,
  pdfConcurrency: 2,
  pdfQueueLimit: 8,
} as const;

/** Builds the service (and starts the PDF browser unless PDFs are off); call `listen()` to serve. */
export async function createServer(options: ServerOptions = {}): Promise<Server> {
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs;
  const pdf = options.pdf === false ? undefined : await startPdf(options, requestTimeoutMs);
  const metrics = new Metrics(() => pdf?.status);
  let closing = false;

  const app = Fastify({
    logger: {
      level: options.logLevel ?? "info",
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    // one access line per request (in onResponse) instead of Fastify's two: each is a write to stdout
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? DEFAULTS.bodyLimit,
    requestTimeout: requestTimeoutMs,
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: "array", allErrors: false } },
  });
  // JSON as the CLI reads it: the parser's own words on a syntax error; keys that could poison prototypes refused.
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    if (body === "") return done(null, undefined);
    try {
      done(
        null,
        secureJson.parse(body as string, { protoAction: "error", constructorAction: "error" }),
      );
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      done(problem("not-json", "notJson", { detail }), undefined);
    }
  });
  // Documents as bytes: decoded (or unzipped) as the CLI reads a file, not as Fastify would guess.
  app.removeContentTypeParser("text/plain");
  for (const type of ["text/plain", "text/html", DOCX_MEDIA_TYPE]) {
    app.addContentTypeParser(type, { parseAs: "buffer" }, (_request, body, done) =>
      done(null, body),
    );
  }
  if (options.corsOrigins?.length) {
    await app.register(cors, {
      origin: [...options.corsOrigins],
      methods: ["GET", "POST"],
      allowedHeaders: ["Authorization", "Content-Type"],
      exposedHeaders: ["Retry-After"],
    });
  }

  const registered: { method: string; url: string }[] = [];
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) {
      if (method !== "HEAD" && method !== "OPTIONS") registered.push({ method, url: route.url });
    }
  });

  const authorised = keyCheck(options.apiKeys ?? []);
  app.addHook("onRequest", async (request, reply) => {
    const config = request.routeOptions.config as { protected?: boolean };
    if (!config.protected || authorised(request)) return;
    reply.header("www-authenticate", 'Bearer realm="zfxxgk"');
    throw problem("unauthorized", "unauthorized");
  });
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: request.url,
        remoteAddress: request.ip,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      "request",
    );
    metrics.observe(
      request.method,
      request.routeOptions.url ?? "unmatched",
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });
  app.addHook("preClose", async () => {
    closing = true;
  });
  // While closing, the answers in flight end their connections, so that closing need not wait for keep-alive.
  app.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });
  app.addHook("onClose", async () => {
    await pdf?.close();
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const answer = asProblem(error, options.bodyLimit ?? DEFAULTS.bodyLimit);
    if (answer.status >= 500 && answer.code === "internal-error") {
      request.log.error({ err: error }, "internal error");
    } else {
      request.log.info({ problem: answer.code, status: answer.status }, "problem");
    }
    if (answer.code === "pdf-busy") metrics.pdfRejected();
    return reply
      .code(answer.status)
      .headers(answer.extra.headers ?? {})
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(problemOf(answer, request.url, langOf(request))));
  });
  app.setNotFoundHandler((request, reply) => {
    const answer = problem("not-found", "notFound", {
      method: request.method,
      path: request.url.split("?")[0] ?? "",
    });
    return reply
      .code(404)
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(problemOf(answer, request.url, langOf(request))));
  });

  let openapi: ReturnType<RouteContext["openapi"]> | undefined;
  const context: RouteContext = {
    pdf,
    ready: () => {
      const state = pdf ? (pdf.status.up ? "up" : "down") : "disabled";
      return { ready: !closing && state !== "down", pdf: state };
    },
    metrics: async () => ({
      contentType: metrics.registry.contentType,
      text: await metrics.registry.metrics(),
    }),
    openapi: () => {
      if (!openapi) {
        const document = openApiDocument(ROUTES);
        openapi = { document, page: docsPage(document) };
      }
      return openapi;
    },
  };
  for (const route of ROUTES) {
    app.route({
      method: route.method,
      url: route.url,
      schema: fastifySchemaOf(route),
      config: { protected: route.protected },
      handler: (request, reply) => route.handler(request, reply, context),
    });
  }
  await app.ready();

  return {
    app,
    pdf,
    registered,
    listen: () =>
      app.listen({ host: options.host ?? DEFAULTS.host, port: options.port ?? DEFAULTS.port }),
    close: () => app.close(),
  };
}

async function startPdf(options: ServerOptions, timeoutMs: number): Promise<PdfService> {
  const pdfOptions = options.pdf === false ? {} : (options.pdf ?? {});
  try {
    return await PdfService.start({
      concurrency: pdfOptions.concurrency ?? DEFAULTS.pdfConcurrency,
      queueLimit: pdfOptions.queueLimit ?? DEFAULTS.pdfQueueLimit,
      timeoutMs,
    });
  } catch (error) {
    if (!isPdfError(error)) throw error;
    throw new ConfigError(worded("pdfStart", { reason: error.messages }));
  }
}

/** API keys compared in constant time (over their hashes, so that lengths do not show either). */
function keyCheck(keys: readonly string[]): (request: FastifyRequest) => boolean {
  const hash = (key: string) => createHash("sha256").update(key).digest();
  const hashes = keys.map(hash);
  return (request) => {
    if (hashes.length === 0) return true;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "");
    if (!match?.[1]) return false;
    const given = hash(match[1]);
    return hashes.reduce((found, h) => timingSafeEqual(h, given) || found, false);
  };
}

/** Any error as a problem: ours as they are, Fastify's own by their code, the rest as an internal error. */
function asProblem(error: FastifyError, bodyLimit: number): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error.validation) {
    return problem("bad-request", "notTheApi", { detail: error.message });
  }
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return problem("not-json", "notJson", { detail: error.message });
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return problem("bad-request", "emptyBody");
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return problem("body-too-large", "bodyTooLarge", { limit: bodyLimit });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return problem("unsupported-media-type", "unsupportedMediaType");
  }
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return problem("not-json", "notJson", { detail: error.message });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return problem("bad-request", "badRequest", { code: String(error.code ?? error.statusCode) });
  }
  return problem("internal-error", "internalError");
}
