import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createPdfRenderer, type PdfRenderer } from "@zfxxgk/pdf";
import { parseReport, type Report } from "@zfxxgk/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable } from "../../../test/support/browser.js";
import { loadExamples } from "../../../test/support/examples.js";
import { pdfText, squeeze } from "./support/poppler.js";

/** Markup that would reach the loopback server or the file system if it were ever interpreted. */
function payloads(port: number): string[] {
  const at = (path: string) => `http://127.0.0.1:${port}/${path}`;
  return [
    `<img src=${at("img")}>`,
    `<iframe src="file:///etc/passwd"></iframe>`,
    `<link rel=stylesheet href=${at("link")}>`,
    `<script>document.write(atob("U0NSSVBULVJBTg=="));fetch("${at("script")}")</script>`,
    `<object data="file:///etc/passwd"></object><embed src="file:///etc/passwd">`,
    `<style>@import url(${at("import")});body{background:url(${at("bg")})}</style>`,
    `<meta http-equiv="refresh" content="0;url=${at("refresh")}">`,
    `<svg><image href="${at("svg")}"/></svg><video poster=${at("poster")}></video>`,
    `<a href=${at("a")}>x</a><form action=${at("form")}><input type=image src=${at("input")}></form>`,
    `<base href=${at("base/")}><img src=relative.png>`,
  ];
}

/** Every string of the report that still parses with the payload in it gets the payload. */
function hostile(json: unknown, payload: string): { report: Report; fields: number } {
  const copy = structuredClone(json) as Record<string, unknown>;
  let fields = 0;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const obj = node as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const value = obj[key];
      if (typeof value === "string" && key !== "edition" && key !== "type" && key !== "unit") {
        obj[key] = `${value}${payload}`;
        if (parseReport(copy).ok) fields++;
        else obj[key] = value;
      } else visit(value);
    }
  };
  visit(copy);
  const parsed = parseReport(copy);
  if (!parsed.ok || !parsed.report) throw new Error("hostile report does not parse");
  return { report: parsed.report, fields };
}

describe.runIf(browserAvailable())("the page loads nothing but the renderer's own assets", () => {
  let server: Server;
  let port = 0;
  const hits: string[] = [];
  let renderer: PdfRenderer;

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.end("root:x:0:0:from-server");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
    renderer = await createPdfRenderer({ concurrency: 2 });
  });
  afterAll(async () => {
    await renderer?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("the loopback server answers when asked (so silence below means something)", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/probe`);
    expect(await res.text()).toContain("root:x:0:0");
    expect(hits.splice(0)).toEqual(["/probe"]);
  });

  it("report text full of markup: printed as text, nothing requested, no file read", async () => {
    const example = loadExamples()[0];
    if (!example) throw new Error("no example");
    const payload = payloads(port).join("");
    const { report, fields } = hostile(example.json, payload);
    expect(fields).toBeGreaterThan(5);
    const pdf = await renderer.render(report);
    const text = squeeze(pdfText(pdf, "-raw"));
    expect(hits).toEqual([]);
    expect(text).not.toContain("root:x:0:0");
    expect(text).not.toContain("SCRIPT-RAN");
    expect(text).toContain(squeeze(`<iframe src="file:///etc/passwd"></iframe>`));
    expect(text).toContain(squeeze(`<img src=http://127.0.0.1:${port}/img>`));
  });

  it("even markup printed as HTML (renderDocument) reaches no server and no file", async () => {
    const html =
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title>` +
      `<style>@font-face{font-family:X;src:url(http://127.0.0.1:${port}/font)}` +
      `p{font-family:X}</style></head><body><p>正文 BODY-TEXT</p>${payloads(port).join("")}` +
      `<iframe src="http://127.0.0.1:${port}/frame"></iframe>` +
      `<script src="http://127.0.0.1:${port}/script.js"></script></body></html>`;
    const pdf = await renderer.renderDocument(html);
    const text = pdfText(pdf);
    expect(text).toContain("BODY-TEXT");
    expect(text).not.toContain("root:x:0:0");
    expect(text).not.toContain("SCRIPT-RAN");
    expect(hits).toEqual([]);
  });
});
