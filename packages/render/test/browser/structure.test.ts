import { renderHtml } from "@zfxxgk/render";
import { editionOf, grid2019, grid2021 } from "@zfxxgk/schema";
import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, useBrowserPage } from "../../../../test/support/browser.js";
import { expectedGrid } from "../support/grid.js";
import { hostPage } from "../support/host-page.js";
import { measureTables, spanLists } from "../support/layout-in-page.js";
import { numbersReport, numbersReport2019, sampleReports } from "../support/reports.js";

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

/**
 * The 2019 format's tables 二 and 三 as format.md §2.3–2.4 give them, typed out by hand: captions
 * across label + 4 sub-columns, three values as [1][2][1], two values as [2][2], 三、本年度办理结果
 * over 20 rows with （六）其他处理 as one row across two header columns.
 */
const block3 = (label: string) => `${label} | # | #@1×2 | #`;
const block2 = (label: string) => `${label} | #@1×2 | #@1×2`;
const PINNED_2019_T2 = [
  "第二十条第（一）项@1×5",
  "信息内容 | 本年新制作数量 | 本年新公开数量@1×2 | 对外公开总数量",
  block3("规章"),
  block3("规范性文件"),
  "第二十条第（五）项@1×5",
  "信息内容 | 上一年项目数量 | 本年增/减@1×2 | 处理决定数量",
  block3("行政许可"),
  block3("其他对外管理服务事项"),
  "第二十条第（六）项@1×5",
  "信息内容 | 上一年项目数量 | 本年增/减@1×2 | 处理决定数量",
  block3("行政处罚"),
  block3("行政强制"),
  "第二十条第（八）项@1×5",
  "信息内容 | 上一年项目数量@1×2 | 本年增/减@1×2",
  block2("行政事业性收费"),
  "第二十条第（九）项@1×5",
  "信息内容 | 采购项目数量@1×2 | 采购总金额@1×2",
  block2("政府集中采购"),
];

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
      const { tables } = editionOf(report.edition).grid;
      expect(Object.keys(drawn)).toEqual(tables.map((t) => t.id));
      for (const table of tables) {
        const printed = "statistics" in report ? report.statistics : undefined;
        if (printed) {
          // A 2008–2018 statistics table is drawn as printed: 统计指标 | 单位 | its value columns,
          // then every printed row (local rows included) with its unit.
          const at = (col: number) =>
            (drawn[table.id] ?? []).filter((c) => c.col === col && c.row > 0).map((c) => c.text);
          expect(at(0)).toEqual(printed.rows.map((r) => r.label));
          expect(at(1)).toEqual(printed.rows.map((r) => r.unit ?? ""));
          continue;
        }
        expect(drawn[table.id], table.id).toEqual(expectedGrid(table, "zh-Hans"));
      }
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

  it("draws the 2019 format from its own grid, spans included, and as format.md §2.3–2.4 give them", async () => {
    const drawn = await measure(renderHtml(numbersReport2019()));
    for (const table of grid2019.tables)
      expect(drawn[table.id], table.id).toEqual(expectedGrid(table, "zh-Hans"));
    const lists = await page.evaluate(spanLists);
    expect(lists.T2).toEqual(PINNED_2019_T2);
    const t3 = lists.T3 as string[];
    expect(t3.filter((r) => r.startsWith("三、本年度办理结果"))).toEqual([
      `三、本年度办理结果@20×1 | （一）予以公开@1×2 | ${seven}`,
    ]);
    expect(t3).toContain(`（六）其他处理@1×2 | ${seven}`);
    expect(t3).toHaveLength((PINNED.T3 ?? []).length - 2);
    expect(lists.T4).toEqual(PINNED.T4);
  });

  it("prints 2019's signed changes with their sign and the procurement amount with its unit", async () => {
    await page.setContent(renderHtml(numbersReport2019(), { locale: "zh-Hant" }), {
      waitUntil: "load",
    });
    const text = (id: string) =>
      page.$eval(`[data-cell="${id}"]`, (td) => (td.textContent ?? "").trim());
    expect(await text("T2.procurement.amount")).toBe("251000元");
    const changes = await page.$$eval('[data-kind="signed"]', (tds) =>
      tds.map((td) => (td.textContent ?? "").trim()),
    );
    expect(changes.some((t) => /^\+\d+$/.test(t))).toBe(true);
    expect(changes.some((t) => /^-\d+$/.test(t))).toBe(true);
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
