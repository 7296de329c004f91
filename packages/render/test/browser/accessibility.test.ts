import { type RenderOptions, renderHtml } from "@zfxxgk/render";
import axe from "axe-core";
import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, useBrowserPage } from "../../../../test/support/browser.js";
import { hostPage } from "../support/host-page.js";
import { numbersReport, sampleReports } from "../support/reports.js";

interface Found {
  id: string;
  impact: string | null | undefined;
  nodes: string[];
}

const available = browserAvailable();

describe.skipIf(!available)("axe-core in Chromium", () => {
  let page: Page;
  useBrowserPage((p) => {
    page = p;
  });

  const violations = async (html: string): Promise<Found[]> => {
    await page.setContent(html, { waitUntil: "load" });
    await page.addScriptTag({ content: axe.source });
    return page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        resultTypes: ["violations"],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
      }));
    });
  };
  const serious = (found: Found[]) =>
    found.filter((v) => v.impact === "serious" || v.impact === "critical");

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
