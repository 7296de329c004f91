import { renderHtml } from "@zfxxgk/render";
import { grid2021 } from "@zfxxgk/schema";
import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, useBrowserPage } from "../../../../test/support/browser.js";
import { expectedGrid } from "../support/grid.js";
import { hostPage } from "../support/host-page.js";
import { measureTables, spanLists } from "../support/layout-in-page.js";
import { numbersReport, sampleReports } from "../support/reports.js";

const D = "#";
const seven = [D, D, D, D, D, D, D].join(" | ");

/**
 * Hand-checked once against /work/shared/spec/format.md §1.4–1.6 (rows, labels, rowspan/colspan),
 * then pinned: this list is deliberately typed out, not derived from the grid.
 */
const PINNED: Record<string, string[]> = {
  T2: [
    "第二十条第（一）项@1×4",
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
    "规章 | # | # | #",
    "行政规范性文件 | # | # | #",
    "第二十条第（五）项@1×4",
    "信息内容 | 本年处理决定数量@1×3",
    "行政许可 | #@1×3",
    "第二十条第（六）项@1×4",
    "信息内容 | 本年处理决定数量@1×3",
    "行政处罚 | #@1×3",
    "行政强制 | #@1×3",
    "第二十条第（八）项@1×4",
    "信息内容 | 本年收费金额（单位：万元）@1×3",
    "行政事业性收费 | #@1×3",
  ],
  T3: [
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）@3×3 | 申请人情况@1×7",
    "自然人@2×1 | 法人或其他组织@1×5 | 总计@2×1",
    "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他",
    `一、本年新收政府信息公开申请数量@1×3 | ${seven}`,
    `二、上年结转政府信息公开申请数量@1×3 | ${seven}`,
    `三、本年度办理结果@22×1 | （一）予以公开@1×2 | ${seven}`,
    `（二）部分公开（区分处理的，只计这一情形，不计其他情形）@1×2 | ${seven}`,
    `（三）不予公开@8×1 | 1.属于国家秘密 | ${seven}`,
    `2.其他法律行政法规禁止公开 | ${seven}`,
    `3.危及“三安全一稳定” | ${seven}`,
    `4.保护第三方合法权益 | ${seven}`,
    `5.属于三类内部事务信息 | ${seven}`,
    `6.属于四类过程性信息 | ${seven}`,
    `7.属于行政执法案卷 | ${seven}`,
    `8.属于行政查询事项 | ${seven}`,
    `（四）无法提供@3×1 | 1.本机关不掌握相关政府信息 | ${seven}`,
    `2.没有现成信息需要另行制作 | ${seven}`,
    `3.补正后申请内容仍不明确 | ${seven}`,
    `（五）不予处理@5×1 | 1.信访举报投诉类申请 | ${seven}`,
    `2.重复申请 | ${seven}`,
    `3.要求提供公开出版物 | ${seven}`,
    `4.无正当理由大量反复申请 | ${seven}`,
    `5.要求行政机关确认或重新出具已获取信息 | ${seven}`,
    `（六）其他处理@3×1 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | ${seven}`,
    `2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | ${seven}`,
    `3.其他 | ${seven}`,
    `（七）总计@1×2 | ${seven}`,
    `四、结转下年度继续办理@1×3 | ${seven}`,
  ],
  T4: [
    "行政复议@1×5 | 行政诉讼@1×10",
    "结果维持@2×1 | 结果纠正@2×1 | 其他结果@2×1 | 尚未审结@2×1 | 总计@2×1 | 未经复议直接起诉@1×5 | 复议后起诉@1×5",
    "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计",
    Array.from({ length: 15 }, () => D).join(" | "),
  ],
};

const available = browserAvailable();

describe.skipIf(!available)("tables as Chromium lays them out", () => {
  let page: Page;
  useBrowserPage(async (p) => {
    page = p;
    await page.setViewport({ width: 1280, height: 900 });
  });

  const measure = async (html: string) => {
    await page.setContent(html, { waitUntil: "load" });
    return page.evaluate(measureTables);
  };

  it.each(sampleReports().map((s) => [s.name, s.report] as const))(
    "%s: every cell sits where tableLayout() puts it (rows, columns, spans, labels)",
    async (_name, report) => {
      const drawn = await measure(renderHtml(report));
      expect(Object.keys(drawn)).toEqual(grid2021.tables.map((t) => t.id));
      for (const table of grid2021.tables)
        expect(drawn[table.id], table.id).toEqual(expectedGrid(table, "zh-Hans"));
    },
  );

  it("in traditional Chinese, with the grid's zh-Hant labels", async () => {
    const drawn = await measure(renderHtml(numbersReport(), { locale: "zh-Hant" }));
    for (const table of grid2021.tables)
      expect(drawn[table.id], table.id).toEqual(expectedGrid(table, "zh-Hant"));
  });

  it("as a fragment inside a host page", async () => {
    const drawn = await measure(hostPage(renderHtml(numbersReport(), { fragment: true })));
    for (const table of grid2021.tables)
      expect(drawn[table.id], table.id).toEqual(expectedGrid(table, "zh-Hans"));
  });

  it("notices a wrong span (the measurement is not a copy of the attributes)", async () => {
    const html = renderHtml(numbersReport()).replace('rowspan="8"', 'rowspan="7"');
    const drawn = await measure(html);
    expect(drawn.T3).not.toEqual(expectedGrid(grid2021.tables[1], "zh-Hans"));
    expect(drawn.T2).toEqual(expectedGrid(grid2021.tables[0], "zh-Hans"));
  });

  it("matches the span lists of format.md §1.4–1.6, checked by hand", async () => {
    await page.setContent(renderHtml(numbersReport()), { waitUntil: "load" });
    expect(await page.evaluate(spanLists)).toEqual(PINNED);
  });

  it("repeats the header rows in print and never splits a row's own cells across pages", async () => {
    await page.setContent(renderHtml(numbersReport()), { waitUntil: "load" });
    await page.emulateMediaType("print");
    const styles = await page.evaluate(() => {
      const thead = document.querySelector(".zfxxgk-table thead") as Element;
      const cell = document.querySelector(".zfxxgk-table tbody td") as Element;
      const spanning = document.querySelector(".zfxxgk-table tbody th[rowspan]") as Element;
      return {
        thead: getComputedStyle(thead).display,
        cell: getComputedStyle(cell).breakInside,
        spanning: getComputedStyle(spanning).breakInside,
      };
    });
    await page.emulateMediaType("screen");
    // A row-spanning label may continue on the next page (see the PDF's table-breaks test).
    expect(styles).toEqual({ thead: "table-header-group", cell: "avoid", spanning: "auto" });
  });
});
