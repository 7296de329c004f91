import { EDITIONS, type Edition, jsonSchemaOf, parseReport, toCells } from "@zfxxgk/schema";
import { ruleCatalog } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { exampleJson, exampleText, post, problem, useServer } from "./support/server.js";

function validReport() {
  const parsed = parseReport(exampleJson());
  if (!parsed.ok) throw new Error("the example does not parse");
  return parsed.report;
}

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe("the service (PDFs off)", () => {
  const s = useServer({ pdf: false });

  it("validates a published page (text/html) with the parser's findings, and a document in the envelope", async () => {
    const html = await (await post(`${s.url}/v1/render`, exampleText())).text();
    const asHtml = await post(`${s.url}/v1/validate`, html, "text/html");
    expect(asHtml.status).toBe(200);
    const viaEnvelope = await post(`${s.url}/v1/validate`, JSON.stringify({ report: { html } }));
    expect(await viaEnvelope.json()).toEqual(await asHtml.json());
  });

  it("renders the official HTML, whole or as a fragment, simplified or traditional", async () => {
    const page = await (await post(`${s.url}/v1/render`, exampleText())).text();
    expect(page).toMatch(/^<!doctype html>/i);
    const fragment = await post(`${s.url}/v1/render?fragment=true&locale=zh-Hant`, exampleText());
    expect(fragment.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const text = await fragment.text();
    expect(text).not.toMatch(/<!doctype/i);
    expect(text).toContain("收到和處理政府信息公開申請情況");
    // ?locale= reads the aliases of ?lang= (localeOf): zh-TW is zh-Hant, zh is zh-Hans
    const aliased = await post(`${s.url}/v1/render?fragment=true&locale=zh-TW`, exampleText());
    expect(await aliased.text()).toBe(text);
    const zh = await (
      await post(`${s.url}/v1/render?fragment=true&locale=zh`, exampleText())
    ).text();
    expect(zh).toContain("收到和处理政府信息公开申请情况");
    const en = await post(`${s.url}/v1/render?locale=en`, exampleText());
    expect(en.status).toBe(400);
  });

  it("escapes hostile HTML from a report", async () => {
    const report = exampleJson();
    report.meta.agency = HOSTILE;
    const html = await (await post(`${s.url}/v1/render`, JSON.stringify(report))).text();
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(");
  });

  it("parses a published page back: report, findings and provenance", async () => {
    const html = await (await post(`${s.url}/v1/render`, exampleText())).text();
    const response = await post(`${s.url}/v1/parse`, html, "text/html");
    expect(response.status).toBe(200);
    const body = await response.json();
    const original = validReport();
    expect(toCells(body.report)).toEqual(toCells(original));
    expect(Array.isArray(body.diagnostics)).toBe(true);
    expect(Object.keys(body.provenance).length).toBeGreaterThan(10);
    const json = await post(`${s.url}/v1/parse`, JSON.stringify({ html }));
    expect((await json.json()).report).toEqual(body.report);
  });

  it("gives the flat cell view", async () => {
    const response = await post(`${s.url}/v1/cells`, exampleText());
    expect(await response.json()).toEqual(toCells(validReport()));
  });

  it("serves every registered edition's JSON Schema, and the rule catalog", async () => {
    for (const edition of Object.keys(EDITIONS) as Edition[]) {
      const response = await fetch(`${s.url}/v1/schema/${edition}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(jsonSchemaOf(edition));
    }
    const rules = await fetch(`${s.url}/v1/rules`);
    expect(await rules.json()).toEqual(JSON.parse(JSON.stringify(ruleCatalog)));
  });

  it("answers health, readiness (PDFs off: ready) and metrics", async () => {
    expect(await (await fetch(`${s.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${s.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", pdf: "disabled" });
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    expect(metrics).toMatch(
      /zfxxgk_http_requests_total\{method="POST",route="\/v1\/validate",status="200"\} [1-9]/,
    );
    expect(metrics).toMatch(
      /zfxxgk_http_request_duration_seconds_bucket\{le="0.01",method="POST",route="\/v1\/validate"\}/,
    );
    expect(metrics).toContain("zfxxgk_pdf_queue_depth 0");
    expect(metrics).toContain("zfxxgk_pdf_browser_restarts_total 0");
  });

  it("answers POST /v1/pdf with 503 when PDFs are off", async () => {
    const p = await problem(await post(`${s.url}/v1/pdf`, exampleText()));
    expect(p.status).toBe(503);
    expect(p.body.code).toBe("pdf-disabled");
  });

  describe("bad input: documented status codes and problem details, no stack traces", () => {
    it.each([
      ["not JSON", () => post(`${s.url}/v1/validate`, "{not json"), 400, "not-json"],
      ["an empty body", () => post(`${s.url}/v1/render`, ""), 400, "bad-request"],
      [
        "a 20 MB body",
        () => post(`${s.url}/v1/validate`, `"${"x".repeat(20 * 1024 * 1024)}"`),
        413,
        "body-too-large",
      ],
      [
        "a wrong content type",
        () => post(`${s.url}/v1/validate`, "<a/>", "application/xml"),
        415,
        "unsupported-media-type",
      ],
      [
        "an unknown edition in the report",
        () => post(`${s.url}/v1/validate`, JSON.stringify({ ...exampleJson(), edition: "1999" })),
        422,
        "input-unknown-edition",
      ],
      [
        "an unknown edition's schema",
        () => fetch(`${s.url}/v1/schema/1999`),
        404,
        "unknown-edition",
      ],
      [
        "an invalid report to render",
        () =>
          post(
            `${s.url}/v1/render`,
            JSON.stringify({ ...exampleJson(), meta: { agency: HOSTILE } }),
          ),
        422,
        "invalid-report",
      ],
      [
        "text with no report in it",
        () => post(`${s.url}/v1/parse`, "hello", "text/plain"),
        422,
        "unparsable",
      ],
      [
        "an unknown query parameter",
        () => post(`${s.url}/v1/render?bogus=1`, exampleText()),
        400,
        "bad-request",
      ],
      [
        "a bad query value",
        () => post(`${s.url}/v1/render?locale=fr`, exampleText()),
        400,
        "bad-request",
      ],
      ["an unknown route", () => fetch(`${s.url}/v1/nothing`), 404, "not-found"],
      [
        "a prototype-poisoning key",
        () => post(`${s.url}/v1/validate`, '{"__proto__":{"x":1}}'),
        400,
        "not-json",
      ],
    ] as const)("%s", async (_name, send, status, code) => {
      const p = await problem(await send());
      expect(p.status).toBe(status);
      expect(p.type).toBe("application/problem+json; charset=utf-8");
      expect(p.body).toMatchObject({ status, code, type: `urn:zfxxgk:problem:${code}` });
      expect(p.body["zh-Hans"]).toMatch(/[\u4e00-\u9fff]/);
      expect(p.body["zh-Hant"]).toMatch(/[\u4e00-\u9fff]/);
      expect(p.body.en).toMatch(/[a-z]/);
      expect(p.body.detail).toBe(`${p.body["zh-Hans"]} / ${p.body.en}`);
      // the former name of zh-Hans, kept for the clients that read it
      expect(p.body["zh-CN"]).toBe(p.body["zh-Hans"]);
    });

    it("words a problem in the language of ?lang=, from the locale files; zh and zh-CN are zh-Hans", async () => {
      const send = (lang: string) =>
        post(`${s.url}/v1/parse?lang=${lang}`, "nothing here", "text/plain");
      const en = await problem(await send("en"));
      expect(en.status).toBe(422);
      expect(en.body.code).toBe("unparsable");
      expect(en.body.detail).toBe(en.body.en);
      expect(en.body.detail).toMatch(/^no annual report could be read from the request/);
      expect(en.body.title).toBe("No report found");
      expect(en.body.diagnostics?.[0]?.message).toMatch(/^Not recognised as a report/);
      const hant = await problem(await send("zh-Hant"));
      expect(hant.body.detail).toBe(hant.body["zh-Hant"]);
      expect(hant.body.detail).toMatch(/^請求中沒有可識別的年度報告/);
      expect(hant.body.title).toBe("沒有可識別的年度報告");
      for (const alias of ["zh", "zh-CN", "zh-Hans"]) {
        const zh = await problem(await send(alias));
        expect(zh.body.detail, alias).toBe(zh.body["zh-Hans"]);
        expect(zh.body.detail, alias).toMatch(/^请求中没有可识别的年度报告/);
        expect(zh.body.diagnostics?.[0]?.message, alias).toMatch(/[\u4e00-\u9fff]/);
      }
      const bad = await problem(await send("fr"));
      expect(bad.body.code).toBe("bad-request");
    });

    it("answers the roll-up's own refusals as problems in its words, not as an internal error", async () => {
      const body = (extra: object) =>
        JSON.stringify({ agency: "某区", year: 1990, reports: [exampleJson()], ...extra });
      const year = await problem(await post(`${s.url}/v1/rollup?lang=en`, body({})));
      expect([year.status, year.body.code]).toEqual([422, "input-unknown-edition"]);
      expect(year.body.detail).toMatch(/^no format edition for report year 1990/);
      const list = await problem(
        await post(`${s.url}/v1/rollup`, body({ year: 2024, expected: "name,code\n,\n" })),
      );
      expect([list.status, list.body.code]).toEqual([400, "bad-request"]);
      expect(list.body["zh-Hans"]).toMatch(/^应汇总名单第 2 行/);
    });

    it("says what an invalid report lacks, with its findings, in the CLI's words", async () => {
      const report = exampleJson();
      delete (report as { meta?: unknown }).meta;
      const p = await problem(await post(`${s.url}/v1/cells`, JSON.stringify(report)));
      expect(p.body["zh-CN"]).toMatch(/^请求中的报告不符合报告格式：/);
      expect(p.body.diagnostics?.map((d) => d.code)).toContain("schema/missing");
    });

    it("the model check's findings of an invalid report are an answer, not an error, in /v1/validate", async () => {
      const response = await post(
        `${s.url}/v1/validate`,
        JSON.stringify({ ...exampleJson(), meta: 5 }),
      );
      expect(response.status).toBe(200);
      const codes = (await response.json()).files[0].diagnostics.map(
        (d: { code: string }) => d.code,
      );
      expect(codes.some((c: string) => c.startsWith("schema/"))).toBe(true);
    });
  });

  it("logs JSON lines without report content at info level", async () => {
    const report = exampleJson();
    report.meta.agency = "日志里不应出现的机关名称";
    await post(`${s.url}/v1/validate`, JSON.stringify(report));
    await post(`${s.url}/v1/render`, JSON.stringify({ ...report, meta: 5 }));
    expect(s.logs.length).toBeGreaterThan(4);
    for (const line of s.logs) {
      const entry = JSON.parse(line);
      expect(entry.level).toBeGreaterThanOrEqual(30);
      expect(line).not.toContain("日志里不应出现");
    }
    expect(s.logs.some((l) => l.includes('"problem":"invalid-report"'))).toBe(true);
  });

  it("sends no CORS headers unless origins are configured", async () => {
    const response = await fetch(`${s.url}/v1/rules`, {
      headers: { origin: "https://portal.example" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("API keys and CORS when configured", () => {
  const s = useServer({
    pdf: false,
    apiKeys: ["k-one", "k-two"],
    corsOrigins: ["https://portal.example"],
  });

  it("asks for a Bearer key on /v1, not on health, readiness, metrics or the docs", async () => {
    const none = await problem(await fetch(`${s.url}/v1/rules`));
    expect(none.status).toBe(401);
    expect(none.body.code).toBe("unauthorized");
    const wrong = await fetch(`${s.url}/v1/rules`, {
      headers: { authorization: "Bearer k-three" },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const right = await fetch(`${s.url}/v1/rules`, { headers: { authorization: "Bearer k-two" } });
    expect(right.status).toBe(200);
    for (const path of ["/healthz", "/readyz", "/metrics", "/openapi.json", "/docs"]) {
      expect((await fetch(`${s.url}${path}`)).status, path).toBe(200);
    }
  });

  it("allows the configured origin only", async () => {
    const headers = (origin: string) => ({ origin, authorization: "Bearer k-one" });
    const allowed = await fetch(`${s.url}/v1/rules`, {
      headers: headers("https://portal.example"),
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://portal.example");
    const other = await fetch(`${s.url}/v1/rules`, { headers: headers("https://evil.example") });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});
