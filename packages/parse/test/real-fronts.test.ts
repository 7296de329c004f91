import { parseText } from "@zfxxgk/parse";
import { type SectionedReport as Report, toCells } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";

/**
 * The front matter of real 2019-format reports whose page text the search tools hold (only their
 * start: the stored excerpts end inside table 三). Each fixture keeps the source's layout and its
 * figures; the prose is ours.
 *
 * - 驼峰路街道办事处 (榆阳区, 2020): http://www.yuyang.gov.cn/zwgk/zfxxgknb/jdbsc/elnnb/1355046492463177730.html
 *   — a title that names the body but gives no year; every cell on its own line between blank lines.
 * - 新华街道办事处 (通州区, 2019): http://www.bjtzh.gov.cn/tzzfxxgk/c109617/202009/1314868.shtml
 *   — no title in the page text; the first paragraph opens with `2019年,` before the body's name;
 *   table 二 splits 其他对外管理服务事项 into the local sub-rows 行政检查 and 行政确认 (0, 0, 0 each).
 */

const codes = (o: { diagnostics: { code: string }[] }) => o.diagnostics.map((d) => d.code);

/** Table 二 of the 2019 format, one cell per line with blank lines between, as 驼峰路 prints it. */
const TABLE2_BLANK_LINES = [
  "二、主动公开政府信息情况",
  "第二十条第(一)项",
  "信息内容",
  "本年新制作数量",
  "本年新公开数量",
  "对外公开总数量",
  ...["规章", "0", "0", "0", "规范性文件", "0", "0", "0"],
  "第二十条第(五)项",
  ...["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
  ...["行政许可", "0", "0", "0", "其他对外管理服务事项", "0", "0", "0"],
  "第二十条第(六)项",
  ...["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
  ...["行政处罚", "0", "0", "0", "行政强制", "0", "0", "0"],
  "第二十条第(八)项",
  ...["信息内容", "上一年项目数量", "本年增/减", "", "行政事业性收费", "0", "0", ""],
  "第二十条第(九)项",
  ...["信息内容", "采购项目数量", "采购总金额", "", "政府集中采购", "0", "0", ""],
].join("\n\n");

describe("a title that names the body but gives no year (驼峰路街道办事处, 2020)", () => {
  const text = [
    "驼峰路街道办事处政府信息公开工作年度报告",
    "一、总体情况",
    "(一)主动公开政府信息情况",
    "街道在社区公告栏公开办事流程和惠民政策。",
    "(二)政府信息依申请公开情况",
    "2020年度街道没有收到政府信息公开申请。",
    TABLE2_BLANK_LINES,
    "三、收到和处理政府信息公开申请情况",
  ].join("\n\n");
  const outcome = parseText(text);
  const report = outcome.report as Report;

  it("takes the body and the title from the title line, and says the year came from the text", () => {
    expect(report.meta.agency).toBe("驼峰路街道办事处");
    expect(report.meta.title).toBe("驼峰路街道办事处政府信息公开工作年度报告");
    expect(report.meta.year).toBe(2020);
    expect(codes(outcome)).toContain("parse/year-inferred");
    expect(codes(outcome)).not.toContain("parse/missing-agency");
    expect(codes(outcome)).not.toContain("parse/missing-title");
    expect(codes(outcome)).not.toContain("parse/agency-inferred");
  });

  it("reads table 二 as published: every cell 0", () => {
    const cells = Object.entries(toCells(report)).filter(([id]) => id.startsWith("T2."));
    expect(cells.length).toBe(22);
    for (const [id, value] of cells)
      expect([id, value]).toEqual([id, id.endsWith(".amount") ? "0" : 0]);
  });
});

describe("an opening `2019年,` before the body's name (新华街道办事处, 2019)", () => {
  const text = [
    "依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。",
    "一、总体情况",
    "2019年,新华街道办事处按区里的部署公开各项决策和办事信息。",
    "二、主动公开政府信息情况",
    "第二十条第(一)项 |",
    "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
    "规章 | 0 | 0 | 0 |",
    "规范性文件 | 1 | 1 | 1 |",
  ].join("\n");
  const outcome = parseText(text);
  const report = outcome.report as Report;

  it("names the body without the year clause, and says it came from the first paragraph", () => {
    expect(report.meta.agency).toBe("新华街道办事处");
    expect(codes(outcome)).toContain("parse/agency-inferred");
    expect(toCells(report)["T2.normativeDocs.made"]).toBe(1);
  });
});

describe("lines that are not a title without a year", () => {
  const body = [
    "一、总体情况",
    "本局2020年按规定公开政府信息。",
    "二、主动公开政府信息情况",
    "第二十条第(一)项 |",
    "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
    "规章 | 0 | 0 | 0 |",
  ];
  it.each([
    ["a sentence that ends in the report's name", "现公布本局政府信息公开工作年度报告"],
    ["the report's name alone", "政府信息公开工作年度报告"],
    ["a word for the body, not its name", "本机关政府信息公开工作年度报告"],
  ])("%s", (_what, line) => {
    const outcome = parseText([line, ...body].join("\n"));
    expect((outcome.report as Report).meta.agency).not.toContain("公布");
    expect((outcome.report as Report).meta.agency).not.toBe("本机关");
    expect(codes(outcome)).toContain("parse/missing-title");
  });
});

/** Table 二 of 新华街道 (2019) as its page text gives it: a cell per line, each closed by `|`. */
const XINHUA_TABLE2 = [
  "第二十条第(一)项 |",
  "|||||",
  ...["信息内容 |", "本年新 |", "本年新 |", "对外公开总数量 |", "||"],
  ...["规章 |", "0 |", "0 |", "0 |", "||", "规范性文件 |", "1 |", "1 |", "1 |", "||"],
  "第二十条第(五)项 |",
  "|||||",
  ...["信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "||"],
  ...["行政许可 |", "0 |", "0 |", "0 |", "||"],
  ...["其他对外管理服务事项 |", "行政检查 |", "0 |", "0 |", "0 |", "|"],
  ...["行政确认 |", "0 |", "0 |", "0 |", "||"],
  "第二十条第(六)项 |",
  "|||||",
  ...["信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "||"],
];

describe("an official row split into local sub-rows (新华街道办事处, 2019, table 二)", () => {
  const front = [
    "一、总体情况",
    "2019年,新华街道办事处公开了各项信息。",
    "二、主动公开政府信息情况",
  ];
  const read = (table: string[]) => {
    const outcome = parseText([...front, ...table].join("\n"));
    return { outcome, cells: toCells(outcome.report as Report) };
  };

  it("fills the official row with the sums of its sub-rows and says so, naming them", () => {
    const { outcome, cells } = read(XINHUA_TABLE2);
    expect(cells["T2.otherServices.previous"]).toBe(0);
    expect(cells["T2.otherServices.change"]).toBe(0);
    expect(cells["T2.otherServices.decisions"]).toBe(0);
    const found = outcome.diagnostics.find((d) => d.code === "parse/local-subrows");
    expect(found?.severity).toBe("warning");
    expect(found?.actual).toBe("行政检查（0、0、0）；行政确认（0、0、0）");
    expect(codes(outcome)).not.toContain("parse/not-a-number");
    expect(codes(outcome)).not.toContain("parse/stray-value");
    expect(outcome.provenance["T2.otherServices.previous"]).toBeDefined();
  });

  it("adds counts and signed changes of the same layout column by column", () => {
    // the same layout with other figures, to see that each column is summed on its own
    const table = XINHUA_TABLE2.map((l, n) =>
      n > 0 && XINHUA_TABLE2[n - 1] === "行政检查 |" ? "4 |" : l,
    );
    const at = table.indexOf("行政确认 |");
    table.splice(at + 1, 3, "2 |", "-1 |", "7 |");
    const { cells } = read(table);
    expect(cells["T2.otherServices.previous"]).toBe(6);
    expect(cells["T2.otherServices.change"]).toBe(-1);
    expect(cells["T2.otherServices.decisions"]).toBe(7);
  });

  it("leaves a row whose values are its own as before", () => {
    const { outcome, cells } = read(
      XINHUA_TABLE2.filter((l) => l !== "行政检查 |").filter((_l, n, all) => {
        const at = all.indexOf("行政确认 |");
        return n < at - 1 || n > at + 3;
      }),
    );
    expect(cells["T2.otherServices.previous"]).toBe(0);
    expect(codes(outcome)).not.toContain("parse/local-subrows");
  });
});
