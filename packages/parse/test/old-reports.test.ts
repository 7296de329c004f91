import { readFileSync } from "node:fs";
import { parseHtml, parseText } from "@zfxxgk/parse";
import { renderHtml } from "@zfxxgk/render";
import { type Report, type Report2007, toCells } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { loadExamples, seedFile } from "../../../test/support/examples.js";

const example = loadExamples().find((e) => e.name === "seed-003-xishan-2018")?.json as Report2007;
const old = (r: Report | undefined) => r as Report2007 | undefined;
const errors = (o: { diagnostics: { severity: string }[] }) =>
  o.diagnostics.filter((d) => d.severity === "error");
/** What a report says apart from its prose (ours in the example): numbers, headings, table. */
const skeleton = (r: Report2007 | undefined) => ({
  cells: r && toCells(r),
  meta: r && { agency: r.meta.agency, year: r.meta.year, publishedOn: r.meta.publishedOn },
  body: r?.body.map((s) => ({
    number: s.number,
    heading: s.heading,
    subheadings: s.blocks.filter((b) => b.type === "heading").map((b) => b.text),
  })),
  statistics: r?.statistics,
});

const seed = seedFile("003");
if (!seed) console.warn("skipping seed 003 parse tests: ../shared/seeds is not on this machine");

describe.runIf(seed)("seed 003 (2018, a 2008–2018 report with the 统计表)", () => {
  const text = seed ? readFileSync(seed, "utf8") : "";

  it("parses to its example exactly: every row, unit and value, the numbered sections, 落款 date and 填报单位", () => {
    const outcome = parseText(text);
    expect(errors(outcome)).toEqual([]);
    expect(outcome.report?.edition).toBe("2007");
    const got = skeleton(old(outcome.report));
    const want = skeleton(example);
    // the sub-headings are normalised to full-width brackets in the example
    expect(got.body?.map((s) => [s.number, s.heading])).toEqual(
      want.body?.map((s) => [s.number, s.heading]),
    );
    expect({ ...got, body: undefined }).toEqual({ ...want, body: undefined });
    for (const [id, value] of Object.entries(toCells(example)))
      if (typeof value === "number")
        expect(outcome.provenance[id]?.raw.trim(), id).toBe(String(value));
  });
});

describe("2008–2018 reports read back from our own HTML", () => {
  it.each([
    ["with the embedded data", {}],
    ["from the tables alone", { embedded: false }],
  ] as const)("%s", (_, options) => {
    const outcome = parseHtml(renderHtml(example), options);
    expect(errors(outcome)).toEqual([]);
    expect(skeleton(old(outcome.report))).toEqual(skeleton(example));
  });
});

describe("2008–2018 reports without a table, and local tables", () => {
  it("a report without any table reads as its sections, figures left in the prose, with a finding", () => {
    const outcome = parseText(
      [
        "某县人民政府2012年政府信息公开工作年度报告",
        "一、概述",
        "本年度主动公开政府信息一千二百条。",
        "二、主动公开政府信息的情况",
        "（一）公开的主要内容",
        "全年收到申请十五件。",
        "三、存在的主要问题及改进情况",
        "部分栏目更新不及时。",
        "某县人民政府办公室",
        "2013年3月20日",
      ].join("\n"),
    );
    const report = old(outcome.report);
    expect(report?.edition).toBe("2007");
    expect(report?.meta).toMatchObject({
      agency: "某县人民政府",
      year: 2012,
      publishedOn: "2013-03-20",
    });
    expect(report?.body.map((s) => `${s.number}、${s.heading}`)).toEqual([
      "一、概述",
      "二、主动公开政府信息的情况",
      "三、存在的主要问题及改进情况",
    ]);
    expect(report?.body[1]?.blocks).toEqual([
      { type: "heading", text: "（一）公开的主要内容" },
      { type: "paragraph", text: "全年收到申请十五件。" },
    ]);
    expect(Object.values(toCells(report as Report)).every((v) => v === null)).toBe(true);
    expect(outcome.diagnostics.map((d) => d.code)).toContain("parse/no-statistics-table");
  });

  it("a local table with extra rows and value columns (区政府 / 区直单位 / 乡镇街道) is read without loss", () => {
    const outcome = parseText(
      [
        "某区2016年政府信息公开工作年度报告",
        "一、主动公开情况",
        "全年主动公开政府信息300条。",
        "某区人民政府办公室",
        "2017年3月1日",
        "政府信息公开情况统计表",
        "统计指标 | 单位 | 统计数 | 区直单位 | 乡镇街道 |",
        "一、主动公开情况 | | | | |",
        "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条） | 条 | 300 | 200 | 100 |",
        "其中：主动公开规范性文件数 | 条 | 5 | 3 | 2 |",
        "其中：财政预决算信息 | 条 | 12 | 8 | 4 |",
        "制发规范性文件总数 | 件 | 6 | 4 | 2 |",
      ].join("\n"),
    );
    const report = old(outcome.report);
    const cells = toCells(report as Report);
    expect([cells["S.1.1"], cells["S.1.1.a"], cells["S.1.1.b"]]).toEqual([300, 5, 6]);
    expect(report?.statistics?.columns).toEqual(["统计数", "区直单位", "乡镇街道"]);
    expect(report?.statistics?.rows).toEqual([
      { key: "1", label: "一、主动公开情况" },
      {
        key: "1.1",
        label: "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）",
        unit: "条",
        values: [200, 100],
      },
      { key: "1.1.a", label: "其中：主动公开规范性文件数", unit: "条", values: [3, 2] },
      { label: "其中：财政预决算信息", unit: "条", values: [12, 8, 4] },
      { key: "1.1.b", label: "制发规范性文件总数", unit: "件", values: [4, 2] },
    ]);
    const local = outcome.diagnostics.filter((d) => d.code === "parse/statistics-local-row");
    expect(local.map((d) => d.actual)).toEqual(["其中：财政预决算信息"]);
    // and it renders back and reads again to the same rows and columns
    const again = old(parseHtml(renderHtml(report as Report), { embedded: false }).report);
    expect(again?.statistics).toEqual(report?.statistics);
    expect(toCells(again as Report)).toEqual(cells);
  });
});
