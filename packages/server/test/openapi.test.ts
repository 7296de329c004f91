import { Validator } from "@seriousme/openapi-schema-validator";
import { EDITIONS, type Edition, jsonSchemaOf } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { useServer } from "./support/server.js";

const openApiPath = (url: string) => url.replace(/:(\w+)/g, "{$1}");

describe("the OpenAPI document", () => {
  const s = useServer({ pdf: false });

  it("is valid OpenAPI 3.1", async () => {
    const document = await (await fetch(`${s.url}/openapi.json`)).json();
    expect(document.openapi).toBe("3.1.0");
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const broken = structuredClone(document);
    broken.paths["/v1/rules"].get.responses = { "200": { content: {} } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("holds every route the server registered, and no other", async () => {
    const document = await (await fetch(`${s.url}/openapi.json`)).json();
    const documented = Object.entries(document.paths as Record<string, object>).flatMap(
      ([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const registered = s.server.registered.map((r) => `${r.method} ${openApiPath(r.url)}`);
    expect(registered.length).toBeGreaterThanOrEqual(12);
    expect(new Set(documented)).toEqual(new Set(registered));
  });

  it("describes the report with the schemas @zfxxgk/schema ships, one per registered edition", async () => {
    const document = await (await fetch(`${s.url}/openapi.json`)).json();
    const schemas = document.components.schemas;
    for (const edition of Object.keys(EDITIONS) as Edition[]) {
      expect(schemas[`Report-${edition}`]).toEqual(jsonSchemaOf(edition));
    }
    expect(schemas.Report.oneOf).toHaveLength(Object.keys(EDITIONS).length);
    const render = document.paths["/v1/render"].post;
    expect(render.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/Report",
    });
    expect(document.paths["/v1/pdf"].post.responses["503"].headers["Retry-After"]).toBeDefined();
  });

  it("describes ?lang= with the one locale vocabulary and its aliases, and zh-CN as deprecated", async () => {
    const document = await (await fetch(`${s.url}/openapi.json`)).json();
    const lang = document.paths["/v1/validate"].post.parameters.find(
      (p: { name: string }) => p.name === "lang",
    );
    expect(lang.schema.enum).toEqual(
      expect.arrayContaining(["zh-Hans", "zh-Hant", "en", "zh", "zh-CN"]),
    );
    // ?locale= of the documents: the same vocabulary less English
    for (const route of ["/v1/render", "/v1/pdf", "/v1/docx"]) {
      const locale = document.paths[route].post.parameters.find(
        (p: { name: string }) => p.name === "locale",
      );
      expect(locale.schema.enum).toEqual(["zh-Hans", "zh-Hant", "zh-CN", "zh-TW", "zh-HK", "zh"]);
    }
    const problem = document.components.schemas.Problem;
    expect(problem.required).toEqual(expect.arrayContaining(["zh-Hans", "zh-Hant", "en", "zh-CN"]));
    expect(problem.properties["zh-CN"].deprecated).toBe(true);
    expect(problem.properties["zh-Hans"].deprecated).toBeUndefined();
  });

  it("has a docs page that loads nothing from elsewhere and names every route", async () => {
    const response = await fetch(`${s.url}/docs`);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).not.toMatch(/<script|<link|\bsrc=|https?:\/\/(?!json-schema\.org)/i);
    for (const route of s.server.registered) expect(page).toContain(openApiPath(route.url));
  });
});
