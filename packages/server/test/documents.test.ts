import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { DOCX_MEDIA_TYPE, renderDocx } from "@zfxxgk/docx";
import { parseReport, toCells } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { cli, exampleJson, exampleText, post, problem, useServer } from "./support/server.js";

const DOCX = DOCX_MEDIA_TYPE;

async function exampleDocx(): Promise<Uint8Array> {
  const parsed = parseReport(exampleJson());
  if (!parsed.ok) throw new Error("the example does not parse");
  return renderDocx(parsed.report);
}

const send = (url: string, body: Uint8Array, type: string) =>
  fetch(url, { method: "POST", body: new Uint8Array(body), headers: { "content-type": type } });

describe("published documents as bytes: Word, and text decoded as the CLI decodes it", () => {
  const s = useServer({ pdf: false });

  it("validates a Word document made by @zfxxgk/docx as its JSON, and as `zfxxgk validate` reads the file", async () => {
    const docx = await exampleDocx();
    const fromWord = await send(`${s.url}/v1/validate`, docx, DOCX);
    expect(fromWord.status).toBe(200);
    const word = (await fromWord.json()).files[0].diagnostics;
    const json = (await (await post(`${s.url}/v1/validate`, exampleText())).json()).files[0]
      .diagnostics;
    expect(word.length).toBeGreaterThan(0);
    // the same findings, each saying where in the Word document its cells were read
    const withoutSources = word.map(({ sources: _, ...d }: { sources?: unknown }) => d);
    expect(withoutSources).toEqual(json);
    const placed = word.filter((d: { cells: string[] }) => d.cells.length);
    expect(placed.length).toBeGreaterThan(0);
    for (const d of placed)
      for (const source of d.sources)
        expect(source.at).toMatchObject({ source: "docx", table: expect.any(Number) });

    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-server-docx-"));
    try {
      const file = join(dir, "report.docx");
      writeFileSync(file, docx);
      expect(word).toEqual(
        JSON.parse(cli("validate", file, "--format", "json")).files[0].diagnostics,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("parses a Word document back to the report's cells, and answers cells and render from it", async () => {
    const docx = await exampleDocx();
    const parsed = await send(`${s.url}/v1/parse`, docx, DOCX);
    expect(parsed.status).toBe(200);
    const { report, diagnostics } = await parsed.json();
    expect(diagnostics.filter((d: { severity: string }) => d.severity === "error")).toEqual([]);
    const expected = toCells(exampleJson() as never);
    expect(toCells(report)).toEqual(expected);
    const cells = await send(`${s.url}/v1/cells`, docx, DOCX);
    expect(await cells.json()).toEqual(expected);
    const html = await send(`${s.url}/v1/render?fragment=true`, docx, DOCX);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain(exampleJson().meta.agency);
  });

  it("answers a damaged Word document with problem details and the reader's finding", async () => {
    const docx = await exampleDocx();
    for (const route of ["validate", "parse", "cells", "render", "pdf"]) {
      const answer = await problem(
        await send(`${s.url}/v1/${route}`, docx.subarray(0, docx.length >> 1), DOCX),
      );
      expect(answer.status, route).toBe(422);
      expect(answer.type).toMatch(/^application\/problem\+json/);
      expect(answer.body.code).toBe("unparsable");
      expect(answer.body["zh-CN"]).toMatch(/^请求中没有可识别的年度报告：/);
      expect(answer.body.diagnostics?.map((d) => d.code)).toEqual(["docx/damaged"]);
    }
    const notWord = await problem(
      await send(`${s.url}/v1/validate`, new TextEncoder().encode("not a zip"), DOCX),
    );
    expect(notWord.status).toBe(422);
    expect(notWord.body.diagnostics?.[0]?.code).toMatch(/^docx\//);
  });

  it("refuses text it cannot decode without guessing, saying which encoding it looks like", async () => {
    // 收到和处理政府信息公开申请情况 in GBK: not UTF-8, no byte order mark, no declaration
    const gbk = Uint8Array.from(
      execFileSync("iconv", ["-f", "UTF-8", "-t", "GBK"], {
        input: "二、收到和处理政府信息公开申请情况\n".repeat(20),
      }),
    );
    const answer = await problem(await send(`${s.url}/v1/validate`, gbk, "text/plain"));
    expect(answer.status).toBe(415);
    expect(answer.body.code).toBe("bad-encoding");
    expect(answer.body.en).toMatch(/not UTF-8; it looks like GB18030/);
    expect(answer.body["zh-CN"]).toMatch(/GB18030/);
    // a UTF-8 page with a byte order mark is read as the CLI reads it
    const page = await (await post(`${s.url}/v1/render`, exampleText())).text();
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page)]);
    const fromBom = await send(`${s.url}/v1/cells`, bom, "text/html");
    expect(await fromBom.json()).toEqual(toCells(exampleJson() as never));
  });

  it("lists Word documents in the OpenAPI document, which stays valid", async () => {
    const document = await (await fetch(`${s.url}/openapi.json`)).json();
    expect((await new Validator().validate(document)).valid).toBe(true);
    for (const route of ["validate", "parse", "cells", "render", "pdf"]) {
      const content = document.paths[`/v1/${route}`].post.requestBody.content;
      expect(Object.keys(content), route).toContain(DOCX);
      expect(content[DOCX].schema.contentMediaType).toBe(DOCX);
    }
    const unsupported = await problem(
      await send(`${s.url}/v1/validate`, new Uint8Array([1, 2]), "application/msword"),
    );
    expect(unsupported.status).toBe(415);
    expect(unsupported.body.en).toContain("Word document (.docx)");
  });
});
