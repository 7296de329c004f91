import { readFileSync } from "node:fs";
import { parseHtml, parseMessages, parseText } from "@zfxxgk/parse";
import { renderHtml } from "@zfxxgk/render";
import { type CellValue, type Report, renderMessage, toCells } from "@zfxxgk/schema";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { loadExamples, seedFile } from "../../../test/support/examples.js";

/**
 * The 2008–2018 statistics table in the layouts publishers of those years used, each made from
 * seed 003's own table: row labels with or without their numbering, units in their own column or
 * written into the label, other header words, a 序号 column, dashes or blanks for zero, and the
 * whole report in traditional characters. Every figure must equal the example's.
 */

const example = loadExamples().find((e) => e.name === "seed-003-xishan-2018")?.json as Report;
const want = toCells(example);
const toHant = OpenCC.Converter({ from: "cn", to: "tw" });
const errors = (o: { diagnostics: { severity: string }[] }) =>
  o.diagnostics.filter((d) => d.severity === "error");

const seed = seedFile("003");
if (!seed) console.warn("skipping the seed 003 layouts: ../shared/seeds is not on this machine");
const text = seed ? readFileSync(seed, "utf8") : "";

/** The seed's lines before its table header, the header, and the table's rows split in cells. */
function seedTable() {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.replace(/\s/g, "").startsWith("统计指标|"));
  const rows = lines
    .slice(at + 1)
    .filter((l) => l.includes("|"))
    .map((l) => {
      const [label = "", unit = "", value = ""] = l.split("|").map((c) => c.trim());
      return { label, unit, value };
    });
  return { before: lines.slice(0, at), rows };
}

type Row = ReturnType<typeof seedTable>["rows"][number];
const NUMBERING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+\.)/u;

/** The seed with its table written by `write` (header line first, then one line per row). */
function layout(header: string, row: (r: Row, i: number) => string): string {
  const { before, rows } = seedTable();
  return [...before, header, ...rows.map(row)].join("\n");
}

const LAYOUTS: [string, () => string][] = [
  ["as published", () => text],
  [
    "labels without their numbering",
    () =>
      layout(
        "统计指标 | 单位 | 统计数 |",
        (r) => `${r.label.replace(NUMBERING, "")} | ${r.unit} | ${r.value} |`,
      ),
  ],
  [
    "units written into the label, no unit column",
    () =>
      layout(
        "统计指标 | 统计数 |",
        (r) => `${r.label}${r.unit && r.unit !== "——" ? `（${r.unit}）` : ""} | ${r.value} |`,
      ),
  ],
  [
    "指标名称 | 计量单位 | 数量 headers, tab-separated",
    () => layout("指标名称\t计量单位\t数量", (r) => `${r.label}\t${r.unit}\t${r.value}`),
  ],
  [
    "a 序号 column before the label, numbering moved there",
    () =>
      layout(
        "序号 | 统计指标 | 单位 | 统计数 |",
        (r, i) => `${i + 1} | ${r.label.replace(NUMBERING, "")} | ${r.unit} | ${r.value} |`,
      ),
  ],
  [
    "letter-spaced header, half-width punctuation, 其中 without colon",
    () =>
      layout(
        "统 计 指 标 | 单 位 | 统 计 数 |",
        (r) => `${r.label.replace("其中:", "其中")} | ${r.unit} | ${r.value} |`,
      ),
  ],
  ["the whole report in traditional characters", () => toHant(text)],
  [
    "traditional characters, labels without numbering, units in the label",
    () =>
      toHant(
        layout(
          "统计指标 | 统计数 |",
          (r) =>
            `${r.label.replace(NUMBERING, "")}${r.unit && r.unit !== "——" ? `（${r.unit}）` : ""} | ${r.value} |`,
        ),
      ),
  ],
];

describe.runIf(seed)("seed 003's statistics table in the layouts of 2008–2018 reports", () => {
  it.each(LAYOUTS)("%s: every figure equals the example", (_, write) => {
    const outcome = parseText(write());
    expect(errors(outcome)).toEqual([]);
    expect(outcome.report?.edition).toBe("2007");
    expect(toCells(outcome.report as Report)).toEqual(want);
    expect(outcome.report?.meta.agency).toBe(example.meta.agency);
    expect(outcome.report?.meta.year).toBe(example.meta.year);
    // no row of the national table was taken for a local one
    expect(outcome.diagnostics.filter((d) => d.code === "parse/statistics-local-row")).toEqual([]);
  });

  it("keeps the unit read from the label as the row's unit", () => {
    const outcome = parseText(LAYOUTS[2]?.[1]() ?? "");
    const rows = (outcome.report as { statistics?: { rows: { label: string; unit?: string }[] } })
      .statistics?.rows;
    expect(rows?.find((r) => r.label === "(一)主动公开政府信息数")?.unit).toBe("条");
    expect(rows?.find((r) => r.label === "七、依申请公开信息收取的费用")?.unit).toBe("万元");
  });

  it("reads dashes and blanks for zero as printed (— and blank), never as a silent 0", () => {
    const zeros = new Set(Object.entries(want).filter(([, v]) => v === 0 || v === "0"));
    expect(zeros.size).toBeGreaterThan(10);
    for (const [mark, expected] of [
      ["—", "—"],
      ["-", "—"],
      ["", null],
    ] as const) {
      const outcome = parseText(
        layout(
          "统计指标 | 单位 | 统计数 |",
          (r) => `${r.label} | ${r.unit} | ${r.value === "0" ? mark : r.value} |`,
        ),
      );
      expect(errors(outcome), mark).toEqual([]);
      const got = toCells(outcome.report as Report);
      const expectedCells: Record<string, CellValue> = { ...want };
      for (const [id] of zeros) expectedCells[id] = expected;
      expect(got, `zero printed as "${mark}"`).toEqual(expectedCells);
    }
  });

  it("says where a value it cannot read is, and leaves that cell blank", () => {
    const source = layout("统计指标 | 单位 | 统计数 |", (r) =>
      r.label.includes("政府网站公开政府信息数")
        ? `${r.label} | ${r.unit} | 约一百三十五 |`
        : `${r.label} | ${r.unit} | ${r.value} |`,
    );
    const outcome = parseText(source);
    const line = source.split("\n").findIndex((l) => l.includes("约一百三十五")) + 1;
    const bad = outcome.diagnostics.filter((d) => d.severity === "error");
    expect(bad.map((d) => [d.code, d.cells, d.params?.line])).toEqual([
      ["parse/not-a-number", ["S.1.2.2"], line],
    ]);
    expect(toCells(outcome.report as Report)["S.1.2.2"]).toBeNull();
    const message = renderMessage(bad[0] as never, "zh-Hans", parseMessages);
    expect(message).toContain("约一百三十五");
    expect(message).toContain(`第 ${line} 行`);
  });
});

describe("our own rendering of the example read back in traditional characters", () => {
  it.each([
    ["zh-Hant page, from the tables", { locale: "zh-Hant" as const }, { embedded: false }],
    ["zh-Hant page, with the embedded data", { locale: "zh-Hant" as const }, {}],
    ["zh-Hans page converted with OpenCC, from the tables", {}, { embedded: false }],
  ])("%s", (name, render, parse) => {
    let html = renderHtml(example, render);
    if (name.includes("OpenCC")) html = toHant(html);
    const outcome = parseHtml(html, parse);
    expect(errors(outcome)).toEqual([]);
    expect(toCells(outcome.report as Report)).toEqual(want);
    expect(outcome.report?.meta.year).toBe(example.meta.year);
  });
});
