import { type RenderOptions, renderHtml } from "@zfxxgk/render";
import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { axeViolations, serious } from "../../../../test/support/axe.js";
import { browserAvailable, useBrowserPage } from "../../../../test/support/browser.js";
import { hostPage } from "../support/host-page.js";
import { numbersReport, sampleReports } from "../support/reports.js";

const available = browserAvailable();

describe.skipIf(!available)("axe-core in Chromium", () => {
  let page: Page;
  useBrowserPage((p) => {
    page = p;
  });

  const violations = async (html: string) => {
    await page.setContent(html, { waitUntil: "load" });
    return axeViolations(page);
  };

  const cases: [string, RenderOptions][] = [
    ["whole document", {}],
    ["whole document, traditional", { locale: "zh-Hant" }],
  ];
  it.each(cases)("%s: no violation at all (not even moderate or minor)", async (_n, options) => {
    expect(await violations(renderHtml(numbersReport(), options))).toEqual([]);
  });

  it("fragment inside a host page: no serious or critical violation", async () => {
    const found = await violations(hostPage(renderHtml(numbersReport(), { fragment: true })));
    expect(serious(found)).toEqual([]);
  });

  it.each(sampleReports().map((s) => [s.name, s.report] as const))(
    "%s: no serious or critical violation",
    async (_name, report) => {
      expect(serious(await violations(renderHtml(report)))).toEqual([]);
    },
  );

  it("the check can fail: a document without lang is reported", async () => {
    const broken = renderHtml(numbersReport()).replace('<html lang="zh-CN">', "<html>");
    expect(serious(await violations(broken)).map((v) => v.id)).toContain("html-has-lang");
  });
});
