import { renderHtml } from "@zfxxgk/render";
import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, useBrowserPage } from "../../../../test/support/browser.js";
import { pdfWords } from "../../../pdf/test/support/poppler.js";
import { hostPage } from "../support/host-page.js";
import { numbersReport } from "../support/reports.js";

const available = browserAvailable();
const MM = 72 / 25.4;
const ONE_CHARACTER = 14;

describe.skipIf(!available)("printed from a browser, without @zfxxgk/pdf", () => {
  let page: Page;
  useBrowserPage((p) => {
    page = p;
  });

  it("numbers the pages of the whole document — n —, odd right and even left, one character in", async () => {
    await page.setContent(renderHtml(numbersReport()), { waitUntil: "load" });
    const words = pdfWords(await page.pdf({ preferCSSPageSize: true }));
    const pages = Math.max(...words.map((w) => w.page));
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n++) {
      const onPage = words.filter((w) => w.page === n);
      const at = onPage.findIndex(
        (w, i) =>
          w.text === String(n) && onPage[i - 1]?.text === "—" && onPage[i + 1]?.text === "—",
      );
      expect(at, `page ${n}`).toBeGreaterThan(0);
      const open = onPage[at - 1];
      const close = onPage[at + 1];
      if (!open || !close) throw new Error(`page ${n}: no page number`);
      if (n % 2 === 1) {
        const textRight = open.pageWidth - 26 * MM;
        expect(Math.abs(close.xMax - (textRight - ONE_CHARACTER)), `page ${n}`).toBeLessThan(2);
      } else {
        expect(Math.abs(open.xMin - (28 * MM + ONE_CHARACTER)), `page ${n}`).toBeLessThan(2);
      }
    }
  });

  it("prints a fragment's tables one pixel narrower than their wrapper, which does not clip", async () => {
    await page.emulateMediaType("print");
    try {
      await page.setContent(hostPage(renderHtml(numbersReport(), { fragment: true })), {
        waitUntil: "load",
      });
      const tables = await page.evaluate(() =>
        Array.from(document.querySelectorAll(".zfxxgk-report .zfxxgk-table-wrap"), (wrap) => {
          const table = wrap.querySelector("table") as HTMLTableElement;
          return {
            overflow: getComputedStyle(wrap).overflowX,
            gap: wrap.getBoundingClientRect().width - table.getBoundingClientRect().width,
          };
        }),
      );
      expect(tables).toHaveLength(3);
      for (const table of tables) {
        expect(table.overflow).toBe("visible");
        expect(table.gap).toBeCloseTo(1, 1);
      }
    } finally {
      await page.emulateMediaType();
    }
  });
});
