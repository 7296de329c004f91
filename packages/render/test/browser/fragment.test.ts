import { renderHtml } from "@zfxxgk/render";
import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, useBrowserPage } from "../../../../test/support/browser.js";
import { hostPage } from "../support/host-page.js";
import { numbersReport } from "../support/reports.js";

const available = browserAvailable();

/** Computed styles of the host's own elements, which the fragment must leave alone. */
function hostStyles() {
  const pick = (el: Element | null) => {
    const s = getComputedStyle(el as Element);
    return [
      s.fontFamily,
      s.fontSize,
      s.lineHeight,
      s.color,
      s.textIndent,
      s.borderTopWidth,
      s.margin,
    ].join(" / ");
  };
  return {
    body: pick(document.body),
    before: pick(document.getElementById("host-before")),
    after: pick(document.getElementById("host-after")),
    table: pick(document.querySelector("#host-table td")),
    nav: pick(document.querySelector(".portal-nav")),
  };
}

describe.skipIf(!available)("fragment in a host page", () => {
  let page: Page;
  useBrowserPage((p) => {
    page = p;
  });

  it("does not restyle the host page", async () => {
    await page.setContent(hostPage(""), { waitUntil: "load" });
    const without = await page.evaluate(hostStyles);
    await page.setContent(hostPage(renderHtml(numbersReport(), { fragment: true })), {
      waitUntil: "load",
    });
    expect(await page.evaluate(hostStyles)).toEqual(without);
  });

  it("styles the report inside it (scoped rules apply, custom properties override)", async () => {
    const vendor = "<style>.zfxxgk-report { --zfxxgk-border-color: rgb(200, 0, 0); }</style>";
    await page.setContent(hostPage(renderHtml(numbersReport(), { fragment: true }), vendor), {
      waitUntil: "load",
    });
    const inside = await page.evaluate(() => {
      const cell = document.querySelector(".zfxxgk-report td[data-cell]") as Element;
      const title = document.querySelector(".zfxxgk-report .zfxxgk-title") as Element;
      return {
        border: getComputedStyle(cell).borderTopColor,
        titleSize: Math.round(Number.parseFloat(getComputedStyle(title).fontSize) * 100) / 100,
        titleFont: getComputedStyle(title).fontFamily,
        lang: document.querySelector(".zfxxgk-report")?.getAttribute("lang"),
      };
    });
    expect(inside).toEqual({
      border: "rgb(200, 0, 0)",
      titleSize: Math.round(((22 * 4) / 3) * 100) / 100,
      titleFont: expect.stringMatching(/^"?FZXiaoBiaoSong-B05S"?, "?方正小标宋简体"?/),
      lang: "zh-CN",
    });
  });
});
