import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize } from "node:path";
import { FONT_FILES_DIR } from "@zfxxgk/fonts";
import { DEFAULT_FONTS_HREF, renderHtml } from "@zfxxgk/render";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, useBrowserPage } from "../../../../test/support/browser.js";
import { pdfFonts } from "../../../pdf/test/support/poppler.js";
import { exampleReports, numbersReport } from "../support/reports.js";

const available = browserAvailable();
const MM = 96 / 25.4;

/**
 * A loopback server: `/report.html` is the page under test, and the folder of `DEFAULT_FONTS_HREF`
 * holds the files of @zfxxgk/fonts, as a site serving both would have them.
 */
let html = "";
let server: Server;
let origin = "";
const fontsFolder = `/${DEFAULT_FONTS_HREF.split("/")[0]}/`;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path === "/report.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
      return;
    }
    const file = normalize(join(FONT_FILES_DIR, path.slice(fontsFolder.length)));
    if (path.startsWith(fontsFolder) && file.startsWith(FONT_FILES_DIR)) {
      const type = file.endsWith(".css") ? "text/css" : "font/woff2";
      const body = await readFile(file).catch(() => undefined);
      if (body) return void res.writeHead(200, { "content-type": type }).end(body);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function open(page: Page, content: string): Promise<void> {
  html = content;
  await page.goto(`${origin}/report.html`, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

describe.skipIf(!available)("the whole page with the bundled web fonts", () => {
  let page: Page;
  useBrowserPage((p) => {
    page = p;
  });

  it("links the fonts by default and draws the text in them (a machine without Chinese fonts)", async () => {
    const out = renderHtml(numbersReport());
    expect(out).toContain(`<link rel="stylesheet" href="${DEFAULT_FONTS_HREF}">`);
    await open(page, out);
    const loaded = await page.evaluate(() => {
      const faces: string[] = [];
      document.fonts.forEach((f) => {
        if (f.status === "loaded") faces.push(`${f.family} ${f.weight}`);
      });
      return faces;
    });
    expect(new Set(loaded)).toEqual(
      new Set(["Noto Serif SC 400", "Noto Serif SC 700", "Noto Sans SC 400", "LXGW WenKai 400"]),
    );
    const fonts = pdfFonts(await page.pdf({ preferCSSPageSize: true }));
    // The subsets of @fontsource keep the PostScript name of the variable font they were cut from
    // (…ExtraLight, …Thin) whatever weight they hold; the family is the prefix.
    const families = new Set(
      fonts.map(
        (f) => /^[A-Z]{6}\+(NotoSerifSC|NotoSansSC|LXGWWenKai)/.exec(f.name)?.[1] ?? f.name,
      ),
    );
    expect([...families].sort()).toEqual(["LXGWWenKai", "NotoSansSC", "NotoSerifSC"]);
    for (const font of fonts) expect(font.type, font.name).toBe("CID TrueType");
  });

  it("links none with fonts: false, and another stylesheet when asked", () => {
    expect(renderHtml(numbersReport(), { fonts: false })).not.toContain("<link");
    expect(renderHtml(numbersReport(), { fonts: "/static/f.css?a=1&b=2" })).toContain(
      '<link rel="stylesheet" href="/static/f.css?a&#x3D;1&amp;b&#x3D;2">',
    );
    expect(() => renderHtml(numbersReport(), { fonts: "javascript:alert(1)" })).toThrow(
      /options\.fonts/,
    );
  });

  for (const { name, report } of exampleReports()) {
    it(`${name}: every table fits the A4 text block when printed and the page at usual widths`, async () => {
      const overflows = () =>
        Array.from(document.querySelectorAll(".zfxxgk-table-wrap"), (wrap) => {
          const table = wrap.querySelector("table") as HTMLTableElement;
          return {
            table: table.dataset.table,
            over: table.getBoundingClientRect().right - wrap.getBoundingClientRect().right,
          };
        }).filter((t) => t.over > 0.5);
      // Printed: the text block of A4 with margins 28 and 26 mm is 156 mm wide.
      await page.setViewport({ width: Math.floor(156 * MM), height: 1000 });
      await page.emulateMediaType("print");
      await open(page, renderHtml(report));
      expect(await page.evaluate(overflows), "print").toEqual([]);
      await page.emulateMediaType("screen");
      for (const width of [1280, 1024, 800]) {
        await page.setViewport({ width, height: 900 });
        expect(await page.evaluate(overflows), `screen ${width}px`).toEqual([]);
      }
    });
  }
});
