import type { Report } from "@zfxxgk/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { pipeText } from "../../parse/test/published.js";
import { exampleJson, post, problem, useServer } from "./support/server.js";

/**
 * A published document the parser reads without its agency or year: /v1/validate checks it (the
 * parse findings say what is missing); nothing is answered or rolled up with invented metadata.
 */

const PLACEHOLDER = /未能确定的机关|body not determined/;
const GUESSED_YEAR = new Date().getUTCFullYear() - 1;

let example: Report;
let full: string;
let noAgency: string;
let noYear: string;
beforeAll(() => {
  example = exampleJson() as unknown as Report;
  const [title = "", ...rest] = pipeText(example).split("\n");
  const year = String(example.meta.year);
  full = [title, ...rest].join("\n");
  noAgency = rest.join("\n").replaceAll(example.meta.agency, "本机关").replaceAll(year, "本");
  noYear = full.replaceAll(year, "本");
});

describe("a document read without its agency or year", () => {
  const s = useServer({ pdf: false });

  it("is still checked by /v1/validate, the parse findings in the answer", async () => {
    const response = await post(`${s.url}/v1/validate`, noAgency, "text/plain");
    expect(response.status).toBe(200);
    const codes = (await response.json()).files[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toContain("parse/missing-agency");
    expect(codes).toContain("parse/missing-year");
  });

  it.each(["render", "docx"])(
    "is refused by /v1/%s with a 422 naming the parse finding",
    async (route) => {
      const p = await problem(await post(`${s.url}/v1/${route}`, noAgency, "text/plain"));
      expect([p.status, p.body.code]).toEqual([422, "invalid-report"]);
      expect(p.body["zh-Hans"]).toMatch(/^请求中的文档读出的报告不完整：/);
      expect(p.body["zh-Hans"]).toContain(
        "未能确定报告机关名称（parse/missing-agency，/meta/agency）",
      );
      expect(p.body.en).toContain(
        "The reporting body could not be determined (parse/missing-agency at /meta/agency)",
      );
      expect(p.body.diagnostics?.map((d) => d.code)).toEqual(
        expect.arrayContaining(["parse/missing-agency", "parse/missing-year"]),
      );
      expect(JSON.stringify(p.body)).not.toMatch(PLACEHOLDER);
    },
  );

  it("has its cells answered by /v1/cells, as read (cells carry no metadata)", async () => {
    const cut = await post(`${s.url}/v1/cells`, noAgency, "text/plain");
    expect(cut.status).toBe(200);
    const whole = await post(`${s.url}/v1/cells`, full, "text/plain");
    expect(await cut.json()).toEqual(await whole.json());
  });

  it("is refused by /v1/render when only the year is missing, the year not guessed", async () => {
    const p = await problem(await post(`${s.url}/v1/render`, noYear, "text/plain"));
    expect([p.status, p.body.code]).toEqual([422, "invalid-report"]);
    expect(p.body.en).toContain("(parse/missing-year at /meta/year)");
    expect(p.body.en).not.toContain("parse/missing-agency");
  });

  it("is not summed by /v1/rollup into the year it would have been guessed as", async () => {
    const response = await post(
      `${s.url}/v1/rollup`,
      JSON.stringify({ agency: "示例市", year: GUESSED_YEAR, reports: [{ text: noYear }] }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.report).toBeUndefined();
    expect(body.constituents.map((c: { status: string }) => c.status)).toEqual(["invalid"]);
  });

  it("is left out of a roll-up as invalid, not as a report of another year", async () => {
    const response = await post(
      `${s.url}/v1/rollup`,
      JSON.stringify({
        agency: "示例市",
        year: example.meta.year,
        reports: [{ text: full }, { text: noYear }],
      }),
    );
    const body = await response.json();
    expect(body.constituents.map((c: { status: string }) => c.status)).toEqual(["same", "invalid"]);
    expect(body.report.meta.constituents).toHaveLength(1);
    expect(JSON.stringify(body.files)).not.toContain(String(GUESSED_YEAR));
  });
});
