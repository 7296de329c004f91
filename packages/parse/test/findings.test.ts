import { labelKey, parseHtml, parseMessages, parseText } from "@zfxxgk/parse";
import {
  type Diagnostic,
  grid2021,
  type SectionedReport as Report,
  renderMessage,
  table3_2021,
  tableCells,
  toCells,
} from "@zfxxgk/schema";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { loadExamples } from "../../../test/support/examples.js";
import { cmsHtml, pipeText } from "./published.js";

const report = loadExamples()
  .map((e) => e.json as Report)
  .find((r) => Object.values(toCells(r)).some((v) => typeof v === "number" && v > 0)) as Report;
const codes = (o: { diagnostics: { code: string }[] }) => o.diagnostics.map((d) => d.code);
const t3 = tableCells(table3_2021);
const rowIds = (key: string) => t3.filter((c) => c.path[2] === key).map((c) => c.id);

describe("labels are compared after normalisation", () => {
  const toHant = OpenCC.Converter({ from: "cn", to: "tw" });
  const labels = t3.flatMap((c) => c.row.map((r) => r.label["zh-Hans"]));
  it.each([...new Set(labels)])("%s", (label) => {
    const key = labelKey(label);
    expect(labelKey(label.split("").join(" "))).toBe(key);
    expect(labelKey(label.replaceAll("（", "(").replaceAll("）", ")"))).toBe(key);
    expect(labelKey(label.replaceAll("、", "，"))).toBe(key);
    expect(labelKey(toHant(label))).toBe(key);
    expect(labelKey(toHant(label).replaceAll("複", "複(fù)").replaceAll("報", "報(bào)"))).toBe(
      key,
    );
  });
});

describe("partial input", () => {
  const text = pipeText(report);
  const lines = text.split("\n");
  const cut = lines.findIndex((l) =>
    l.startsWith(table3_2021.rows[2]?.children?.[2]?.children?.[3]?.label["zh-Hans"] ?? "?"),
  );

  it("a report cut off in the middle of table 三 parses as far as it goes", () => {
    expect(cut).toBeGreaterThan(0);
    const half = (lines[cut] ?? "").split(" | ").slice(0, 4).join(" | ");
    const outcome = parseText([...lines.slice(0, cut), half].join("\n"));
    const got = outcome.report as Report;
    expect(got).toBeDefined();
    const cells = toCells(got);
    const want = toCells(report);
    for (const id of ["T2.licensing", "T3.R1.NP", "T3.N3.TOT"]) expect(cells[id]).toEqual(want[id]);
    // the cut row keeps what was printed, the rest of it is blank and said to be missing
    expect(cells["T3.N4.NP"]).toEqual(want["T3.N4.NP"]);
    expect(cells["T3.N4.TOT"]).toBeNull();
    const incomplete = outcome.diagnostics.find((d) => d.code === "parse/row-incomplete");
    expect(incomplete?.cells).toEqual(rowIds("N4").slice(3));
    expect(incomplete?.params?.line).toBe(cut + 1);
    const missing = outcome.diagnostics.filter((d) => d.code === "parse/missing-row");
    expect(missing.map((d) => d.cells[0])).toEqual(
      [
        "N5",
        "N6",
        "N7",
        "N8",
        "U1",
        "U2",
        "U3",
        "P1",
        "P2",
        "P3",
        "P4",
        "P5",
        "O1",
        "O2",
        "O3",
        "T",
        "R4",
      ].map((k) => `T3.${k}.NP`),
    );
    expect(cells["T3.R4.NP"]).toBeNull();
    expect(codes(outcome)).toContain("parse/missing-table");
    expect(outcome.diagnostics.find((d) => d.code === "parse/missing-table")?.path).toBe(
      "/tables/T4",
    );
    expect(outcome.diagnostics.filter((d) => d.code === "parse/missing-section")).toHaveLength(3);
  });

  it("a report with no tables keeps its text and says that every table is missing", () => {
    const headingKeys = new Set(grid2021.sections.map((s) => s.heading["zh-Hans"]));
    const prose = [
      lines[0] ?? "",
      ...grid2021.sections.flatMap((s) => [s.heading["zh-Hans"], `${s.key}：本部分只有文字。`]),
    ];
    expect(prose.filter((l) => headingKeys.has(l))).toHaveLength(6);
    const outcome = parseText(prose.join("\n"));
    expect(outcome.report).toBeDefined();
    expect(Object.values(toCells(outcome.report as Report)).every((v) => v === null)).toBe(true);
    expect(
      outcome.diagnostics.filter((d) => d.code === "parse/missing-table").map((d) => d.path),
    ).toEqual(["/tables/T2", "/tables/T3", "/tables/T4"]);
    expect((outcome.report as Report | undefined)?.sections.problems).toEqual([
      { type: "paragraph", text: "problems：本部分只有文字。" },
    ]);
  });
});

describe("cells that are not numbers", () => {
  const text = pipeText(report);
  const lines = text.split("\n");
  const r1 = lines.findIndex(
    (l) => labelKey(l.split(" | ")[0] ?? "") === labelKey(t3[0]?.row[0]?.label["zh-Hans"] ?? "?"),
  );
  const feesLine =
    lines.length -
    lines
      .slice()
      .reverse()
      .findIndex((l) => /\| \S+ \|\|\|$/.test(l)) -
    1;

  it("become located errors and stay blank", () => {
    const bad = [...lines];
    const fields = (bad[r1] ?? "").split(" | ");
    fields[1] = "十二";
    fields[2] = "1.5";
    bad[r1] = fields.join(" | ");
    const outcome = parseText(bad.join("\n"));
    const cells = toCells(outcome.report as Report);
    expect(cells["T3.R1.NP"]).toBeNull();
    expect(cells["T3.R1.CE"]).toBeNull();
    const nan = outcome.diagnostics.find((d) => d.code === "parse/not-a-number");
    expect(nan).toMatchObject({
      severity: "error",
      cells: ["T3.R1.NP"],
      path: "/tables/T3/R1/NP",
      actual: "十二",
      params: { line: r1 + 1 },
    });
    expect(nan?.params?.column).toBe((bad[r1] ?? "").indexOf("十二") + 1);
    expect(outcome.diagnostics.find((d) => d.code === "parse/count-not-integer")?.cells).toEqual([
      "T3.R1.CE",
    ]);
    expect(outcome.provenance["T3.R1.NP"]?.raw).toBe("十二");
  });

  it("marks, blanks, thousands separators and units", () => {
    const read = (value: string) => {
      const bad = [...lines];
      const fields = (bad[r1] ?? "").split(" | ");
      fields[1] = value;
      bad[r1] = fields.join(" | ");
      const outcome = parseText(bad.join("\n"));
      return { value: toCells(outcome.report as Report)["T3.R1.NP"], codes: codes(outcome) };
    };
    expect(read("—").value).toBe("—");
    expect(read("－").value).toBe("—");
    expect(read("——").value).toBe("—");
    expect(read("/").value).toBe("/");
    expect(read("無").value).toBe("无");
    expect(read("").value).toBeNull();
    expect(read("1,234").value).toBe(1234);
    expect(read("１２").value).toBe(12);
    expect(read("3件")).toMatchObject({ value: 3 });
    expect(read("3件").codes).toContain("parse/value-with-unit");
    expect(read("99999999999999999999").codes).toContain("parse/too-large");
    expect(feesLine).toBeGreaterThan(0);
  });

  it("unknown labels and stray values are reported with their place", () => {
    const extra = [...lines];
    extra.splice(r1, 0, "本行不是表格中的标签 | 1 | 2 |");
    const outcome = parseText(extra.join("\n"));
    const unknown = outcome.diagnostics.find((d) => d.code === "parse/unrecognised-text");
    expect(unknown).toMatchObject({
      severity: "warning",
      path: "/tables/T3",
      params: { line: r1 + 1, column: 1 },
    });
    expect(codes(outcome)).toContain("parse/stray-value");
    expect(toCells(outcome.report as Report)).toEqual(toCells(report));
  });

  it("in HTML they name the official table and the page's table number apart", () => {
    const page = cmsHtml(report);
    const row = "<tr><td>本行不是表格中的标签</td><td>1</td></tr>";
    // Before the row 一、本年新收… of table 三 (the page breaks its label across elements).
    const at = page.lastIndexOf("<tr", page.indexOf("本年新收"));
    const outcome = parseHtml(`${page.slice(0, at)}${row}${page.slice(at)}`, { embedded: false });
    const unknown = outcome.diagnostics.find((d) => d.code === "parse/unrecognised-text");
    expect(unknown?.path).toBe("/tables/T3");
    expect(unknown?.params?.table).toEqual(expect.any(Number));
    const message = renderMessage(unknown as Diagnostic, "zh-Hans", parseMessages);
    expect(message).toMatch(
      /^表三中的文字「本行不是表格中的标签」不是规定的标签（第 \d+ 个表格第 \d+ 行第 1 格）/,
    );
  });
});

describe("page layouts and heading variants", () => {
  it("reads a CMS page whose content sits inside a layout table", () => {
    const page = cmsHtml(report);
    const body = page.slice(page.indexOf("<body>") + 6, page.indexOf("</body>"));
    const wrapped = `<html><body><table width="100%"><tr><td>导航</td></tr><tr><td>${body}</td></tr></table></body></html>`;
    const outcome = parseHtml(wrapped);
    expect(toCells(outcome.report as Report)).toEqual(toCells(report));
    expect(outcome.report?.meta.agency).toBe(report.meta.agency);
    expect((outcome.report as Report | undefined)?.sections.problems).toEqual(
      report.sections.problems,
    );
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("accepts the published variants of a section heading", () => {
    const problems = grid2021.sections.find((s) => s.key === "problems");
    const alias = problems && "aliases" in problems ? problems.aliases[0] : undefined;
    expect(alias).toBeDefined();
    const text = pipeText(report).replace(problems?.heading["zh-Hans"] ?? "?", alias ?? "");
    expect(text).toContain(alias);
    const outcome = parseText(text);
    expect(codes(outcome)).not.toContain("parse/missing-section");
    expect((outcome.report as Report | undefined)?.sections.problems).toEqual(
      report.sections.problems,
    );
  });
});

describe("other editions and our own pages", () => {
  it("reads a 2018 report with a statistics table in the 2008–2018 edition, an unknown row kept as printed", () => {
    const outcome = parseText(
      [
        "某局2018年政府信息公开工作年度报告",
        "一、概述",
        "统计指标 | 单位 | 统计数 |",
        "主动公开政府信息数 | 条 | 12 |",
        "主动公开机构领导信息数 | 条 | 3 |",
      ].join("\n"),
    );
    expect(outcome.report?.edition).toBe("2007");
    expect(outcome.report && "body" in outcome.report && outcome.report.body).toEqual([
      { number: "一", heading: "概述", blocks: [] },
    ]);
    // a national row is known without its numbering （一）; a row the national table lacks is
    // kept as printed, with its unit and value
    const statistics =
      outcome.report && "statistics" in outcome.report && outcome.report.statistics;
    expect(statistics && statistics.rows).toEqual([
      { key: "1.1", label: "主动公开政府信息数", unit: "条" },
      { label: "主动公开机构领导信息数", unit: "条", values: [3] },
    ]);
    expect(toCells(outcome.report as Report)["S.1.1"]).toBe(12);
    const local = outcome.diagnostics.filter((d) => d.code === "parse/statistics-local-row");
    expect(local.map((d) => d.actual)).toEqual(["主动公开机构领导信息数"]);
  });

  it("reads our embedded JSON, and falls back to the tables when it is broken", () => {
    const page = `<html><body>${cmsHtml(report)}<script type="application/json" id="zfxxgk-report">${JSON.stringify(report).replaceAll("<", "\\u003c")}</script></body></html>`;
    const json = parseHtml(page);
    expect(json.report).toEqual(report);
    expect(Object.values(json.provenance).every((p) => p.source === "json")).toBe(true);
    const tables = parseHtml(page, { embedded: false });
    expect(toCells(tables.report as Report)).toEqual(toCells(report));
    expect(tables.provenance["T3.R1.NP"]?.source).toBe("html");
    const broken = parseHtml(page.replace('"edition":"2021"', '"edition":"1999"'));
    expect(codes(broken)).toContain("parse/embedded-invalid");
    expect(toCells(broken.report as Report)).toEqual(toCells(report));
  });
});

describe("garbage and hostile input never throws", () => {
  const bytes = Array.from({ length: 1 << 20 }, (_, i) =>
    String.fromCharCode((i * 7919) % 256),
  ).join("");
  const cases: [string, () => ReturnType<typeof parseText>][] = [
    ["empty", () => parseText("")],
    ["not a string", () => parseText(undefined as unknown as string)],
    ["binary as text", () => parseText(bytes)],
    ["binary as HTML", () => parseHtml(bytes)],
    [
      "10 MB of repeated report text",
      () => parseText(pipeText(report).repeat(Math.ceil(10e6 / pipeText(report).length))),
    ],
    ["10 MB on one line", () => parseText("政府信息公开".repeat(1_700_000))],
    [
      "5 million lines of digits",
      () => parseText(`${grid2021.sections[1]?.heading["zh-Hans"]}\n${"1\n".repeat(5e6)}`),
    ],
    ["200,000 nested divs", () => parseHtml(`${"<div>".repeat(2e5)}x${"</div>".repeat(2e5)}`)],
    [
      "50,000 nested tables",
      () => parseHtml(`${"<table><tr><td>".repeat(5e4)}x${"</td></tr></table>".repeat(5e4)}`),
    ],
    [
      "unclosed cells with absurd spans",
      () => parseHtml("<table><tr><td rowspan=99999999 colspan=-5>1<td><tr>".repeat(1e4)),
    ],
    ["10 MB of HTML paragraphs", () => parseHtml(`<p>${"政府信息公开</p><p>".repeat(1e6)}`)],
  ];
  it.each(cases)("%s", (_, run) => {
    let outcome: ReturnType<typeof parseText> | undefined;
    expect(() => {
      outcome = run();
    }).not.toThrow();
    expect(outcome?.diagnostics.length).toBeGreaterThan(0);
    expect(outcome?.diagnostics.length).toBeLessThanOrEqual(1002);
    expect(codes(outcome as ReturnType<typeof parseText>)).not.toContain("parse/internal-error");
  });
});
