import { parseHtml } from "@zfxxgk/parse";
import { renderHtml } from "@zfxxgk/render";
import { type Report, type Report2007, toCells } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { loadExamples } from "../../../test/support/examples.js";

/**
 * A 2008–2018 report (edition 2007: numbered sections and the 统计表 as 附表) rendered as a whole
 * page, as a fragment and in traditional characters, and read back by the parser from the page's
 * embedded data and from its tables alone; everything the report holds is escaped.
 */

const examples = loadExamples().filter((e) => (e.json as Report).edition === "2007");
const example = examples.find((e) => e.name === "seed-003-xishan-2018")?.json as Report2007;
const errors = (o: { diagnostics: { severity: string }[] }) =>
  o.diagnostics.filter((d) => d.severity === "error");
const dataCells = (html: string) =>
  [...html.matchAll(/<td[^>]*\bdata-cell="(S\.[^"]+)"/g)].map((m) => m[1]);

describe("2008–2018 reports: fragment and locale", () => {
  it("has examples of the edition", () => {
    expect(examples.length).toBeGreaterThanOrEqual(1);
  });

  for (const { name, json } of examples) {
    const report = json as Report2007;
    it(`${name}: a fragment is one scoped <div> with the sections and the 附表, no document`, () => {
      const html = renderHtml(report, { fragment: true });
      expect(html.startsWith('<div class="zfxxgk-report" data-edition="2007"')).toBe(true);
      expect(html).not.toMatch(/<html|<head[\s>]|<body|<link/);
      for (const section of report.body)
        expect(html).toContain(
          section.number ? `${section.number}、${section.heading}` : section.heading,
        );
      expect(html).toContain("附表");
      // every value row of the table is a data cell, in the table's order
      const keyed = (report.statistics?.rows ?? []).flatMap((r) =>
        r.key !== undefined && `S.${r.key}` in toCells(report) ? [`S.${r.key}`] : [],
      );
      expect(dataCells(html)).toEqual(keyed);
    });

    it(`${name}: zh-Hant draws the table's labels and the text in traditional characters`, () => {
      const page = renderHtml(report, { locale: "zh-Hant" });
      expect(page).toMatch(/<html lang="zh-(?:TW|Hant)/);
      // what is drawn; the embedded data keeps the report as given
      const html = page.replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/, "");
      expect(html).toContain("附表");
      expect(html).toContain("政府信息公開情況統計表");
      expect(html).not.toContain("政府信息公开情况统计表");
      // the sections' text too (every heading of the example has a character that converts)
      for (const section of report.body) expect(html).not.toContain(section.heading);
    });

    for (const [locale, fragment] of [
      ["zh-Hans", false],
      ["zh-Hans", true],
      ["zh-Hant", false],
      ["zh-Hant", true],
    ] as const) {
      const what = `${locale}${fragment ? " fragment" : ""}`;
      it(`${name}: ${what} reads back from the embedded data exactly`, () => {
        const html = renderHtml(report, { locale, fragment });
        const outcome = parseHtml(html);
        expect(errors(outcome)).toEqual([]);
        expect(outcome.report).toEqual(report);
      });
      it(`${name}: ${what} reads back from the tables alone: every figure, row and column`, () => {
        const html = renderHtml(report, { locale, fragment });
        const outcome = parseHtml(html, { embedded: false });
        expect(errors(outcome)).toEqual([]);
        const back = outcome.report as Report2007;
        expect(toCells(back)).toEqual(toCells(report));
        expect(back.meta.year).toBe(report.meta.year);
        expect(back.statistics?.columns.length).toBe(report.statistics?.columns.length);
        expect(back.statistics?.rows.map((r) => [r.key, r.values])).toEqual(
          report.statistics?.rows.map((r) => [r.key, r.values]),
        );
        if (locale === "zh-Hans") {
          expect(back.meta.agency).toBe(report.meta.agency);
          expect(back.statistics).toEqual(report.statistics);
          expect(back.body.map((s) => [s.number, s.heading])).toEqual(
            report.body.map((s) => [s.number, s.heading]),
          );
        }
      });
    }
  }
});

describe("2008–2018 reports: everything from the report is escaped", () => {
  const HOSTILE = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert(2)</script>",
    "{{title}} & &amp; <!-- -->",
  ];
  const hostile = (): Report2007 => {
    const report = structuredClone(example);
    const [a = "", b = "", c = "", d = ""] = HOSTILE;
    report.body[0] = {
      ...(report.body[0] as Report2007["body"][number]),
      heading: `概述${a}`,
      blocks: [
        { type: "heading", text: `（一）${b}` },
        { type: "paragraph", text: `全年${c}${d}` },
      ],
    };
    const stats = report.statistics as NonNullable<Report2007["statistics"]>;
    stats.filler = `某局${b}`;
    stats.period = `2018年度${d}`;
    stats.columns = ["统计数", `区直单位${a}`];
    stats.rows = [
      ...stats.rows.map((r) => (r.key === "1.1" ? { ...r, unit: `条${c}` } : r)),
      { label: `其中：地方增加的行${a}`, unit: `条${b}`, values: [3, 2] },
    ].map((r) => (r.key === undefined ? r : { ...r, values: [null] }));
    return report;
  };

  it.each([
    ["whole page", {}],
    ["fragment", { fragment: true }],
    ["zh-Hant page", { locale: "zh-Hant" as const }],
  ])("%s: no markup from the report, and the report reads back unchanged", (_, options) => {
    const report = hostile();
    const html = renderHtml(report, options);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<!-- -->");
    expect(html).toContain("&lt;script&gt;alert");
    expect(html).toContain("&lt;img src");
    // one <script> element only: the embedded JSON
    expect(html.match(/<script\b/g)).toHaveLength(1);
    const outcome = parseHtml(html);
    expect(errors(outcome)).toEqual([]);
    expect(outcome.report).toEqual(report);
  });

  it("labels and units of the statistics read back as text from the tables alone", () => {
    const report = hostile();
    const back = parseHtml(renderHtml(report), { embedded: false }).report as Report2007;
    expect(back.statistics?.rows.at(-1)).toEqual(report.statistics?.rows.at(-1));
    expect(back.statistics?.columns).toEqual(report.statistics?.columns);
    expect(back.statistics?.filler).toBe(report.statistics?.filler);
    expect(back.body[0]?.blocks).toEqual(report.body[0]?.blocks);
    expect(toCells(back)).toEqual(toCells(report));
  });
});
