import { readFileSync } from "node:fs";
import { EDITIONS, type Edition, jsonSchemaOf } from "@zfxxgk/schema";
import { PROBLEM_CONTENT_TYPE, PROBLEMS, type ProblemCode, problemSchema } from "./problem.js";
import type { RouteSpec } from "./routes.js";
import { diagnosticSchema, REPORT } from "./schemas.js";

type Schema = Record<string, unknown>;

export const VERSION = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

/** `/v1/schema/:edition` → `/v1/schema/{edition}`. */
export const openApiPath = (url: string) => url.replace(/:(\w+)/g, "{$1}");

/**
 * The OpenAPI 3.1 document of the routes. The report is described by the JSON Schemas of @zfxxgk/schema,
 * one component per registered edition; everything else comes from the route specs Fastify runs with.
 */
export function openApiDocument(routes: readonly RouteSpec[]): Schema {
  const editions = Object.keys(EDITIONS) as Edition[];
  const paths: Record<string, Record<string, Schema>> = {};
  for (const route of routes) {
    paths[openApiPath(route.url)] ??= {};
    (paths[openApiPath(route.url)] as Record<string, Schema>)[route.method.toLowerCase()] =
      operation(route);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "zfxxgk — 政府信息公开工作年度报告 API",
      version: VERSION,
      description:
        "Validate, render, print and read back the annual report on government information disclosure (政府信息公开工作年度报告). Errors are RFC 9457 problem details with the message in every locale (`zh-Hans`, `zh-Hant`, `en`; `zh-CN` is the deprecated former name of `zh-Hans`); `?lang=` picks the language of `detail` and of the findings.",
      license: { name: "MIT", identifier: "MIT" },
    },
    tags: [
      { name: "reports", description: "Work on a report." },
      { name: "reference", description: "The schema and the rules." },
      { name: "operations", description: "Health, readiness, metrics, this document." },
    ],
    paths,
    components: {
      schemas: {
        Report: {
          description: "A report of any registered edition, told apart by `edition`.",
          oneOf: editions.map((e) => ({ $ref: `#/components/schemas/Report-${e}` })),
        },
        ...Object.fromEntries(editions.map((e) => [`Report-${e}`, jsonSchemaOf(e)])),
        Diagnostic: diagnosticSchema,
        Problem: problemSchema,
      },
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description:
            "Only when the service is started with API keys (ZFXXGK_API_KEYS or ZFXXGK_API_KEYS_FILE).",
        },
      },
    },
  };
}

function operation(route: RouteSpec): Schema {
  const parameters = [...parametersOf(route.params, "path"), ...parametersOf(route.query, "query")];
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    ...(route.protected ? { security: [{}, { bearer: [] }] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              Object.entries(route.body).map(([type, schema]) => [type, { schema }]),
            ),
          },
        }
      : {}),
    responses: {
      "200": {
        description: route.ok.description,
        content: { [route.ok.type]: { schema: route.ok.schema ?? bodySchemaOf(route.ok.type) } },
      },
      ...problemResponses(route),
    },
  };
}

function bodySchemaOf(type: string): Schema {
  if (type === "application/pdf") return { type: "string", contentMediaType: type };
  if (type === "application/schema+json") return { type: "object" };
  return { type: "string" };
}

function parametersOf(schema: Schema | undefined, where: "path" | "query"): Schema[] {
  const properties = (schema?.properties ?? {}) as Record<string, Schema>;
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === "path",
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/** Every problem a route may answer with, grouped by status. */
export function problemsOf(route: RouteSpec): ProblemCode[] {
  const codes = new Set<ProblemCode>(["bad-request", ...route.problems, "internal-error"]);
  if (route.protected) codes.add("unauthorized");
  if (route.body) {
    codes.add("not-json");
    codes.add("body-too-large");
    codes.add("unsupported-media-type");
    if ("text/plain" in route.body) codes.add("bad-encoding");
  }
  if (route.method === "POST") codes.add("shutting-down");
  return [...codes];
}

function problemResponses(route: RouteSpec): Record<string, Schema> {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of problemsOf(route)) {
    const status = PROBLEMS[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const content = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: "#/components/schemas/Problem" } } };
  return Object.fromEntries(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, codes]) => [
        String(status),
        {
          description: codes.map((c) => `\`${c}\`: ${PROBLEMS[c].title}`).join("; "),
          ...(status === 503
            ? {
                headers: {
                  "Retry-After": {
                    description: "Seconds to wait before trying again.",
                    schema: { type: "integer" },
                  },
                },
              }
            : {}),
          content,
        },
      ]),
  );
}

/** The route schemas as Fastify takes them: a report is a JSON object to the validator, anything to the serialiser. */
export function fastifySchemaOf(route: RouteSpec): Schema {
  return {
    ...(route.params ? { params: route.params } : {}),
    ...(route.query ? { querystring: route.query } : {}),
    ...(route.body
      ? {
          body: {
            content: Object.fromEntries(
              // documents arrive as bytes, read (and checked) by @zfxxgk/docx's readPublished
              Object.entries(route.body).map(([type, schema]) => [
                type,
                {
                  schema: type === "application/json" ? withReport(schema, { type: "object" }) : {},
                },
              ]),
            ),
          },
        }
      : {}),
    ...(route.ok.schema
      ? {
          response: {
            200: { content: { [route.ok.type]: { schema: withReport(route.ok.schema, {}) } } },
          },
        }
      : {}),
  };
}

function withReport(schema: unknown, replacement: Schema): unknown {
  if (Array.isArray(schema)) return schema.map((s) => withReport(s, replacement));
  if (typeof schema !== "object" || schema === null) return schema;
  if ((schema as Schema).$ref === REPORT.$ref) return replacement;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, withReport(v, replacement)]),
  );
}
