import { parseHtml, parseMessages, parseText } from "@zfxxgk/parse";
import {
  type Report as AnyReport,
  EDITIONS,
  editionIds,
  hasSections,
  type SectionedReport as Report,
  renderMessage,
  toCells,
} from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { loadExamples } from "../../../test/support/examples.js";
import { randomReport } from "../../../test/support/random-report.js";
import { bareTraditional, cellPerLine, cmsHtml, pipeText } from "./published.js";

// Every example, 2008–2018 reports (their statistics table as printed) included; the random
// reports are drawn in the editions with the grid's sections.
const examples = loadExamples().map((e) => ({ name: e.name, report: e.json as Report }));
const sectioned = editionIds.filter((e) => EDITIONS[e].grid.sections.length);
const random = Array.from({ length: 40 }, (_, i) => ({
  name: `random #${i}`,
  report: randomReport(1000 + i, sectioned[i % sectioned.length]),
}));

/** Blank cells cannot be told apart in bare one-cell-per-line text; publishers print 0 there. */
function withoutBlanks(report: Report): Report {
  const copy = structuredClone(report);
  const walk = (node: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(node)) {
      if (v === null) node[k] = 0;
      else if (typeof v === "object") walk(v as Record<string, unknown>);
    }
  };
  walk(copy.tables as unknown as Record<string, unknown>);
  if (!hasSections(copy as AnyReport)) return copy;
  const t2 = copy.tables.T2 as Record<string, unknown>;
  if (t2.fees === 0) t2.fees = "0";
  const procurement = t2.procurement as Record<string, unknown> | undefined;
  if (procurement?.amount === 0) procurement.amount = "0";
  return copy;
}

const errors = (outcome: ReturnType<typeof parseText>) =>
  outcome.diagnostics.filter((d) => d.severity === "error");

describe("published shapes", () => {
  for (const { name, report } of [...examples, ...random]) {
    it(`${name}: flattened, one cell per line and CMS HTML give the same cells`, () => {
      for (const [shape, outcome] of [
        ["pipes", parseText(pipeText(report))],
        ["cell per line", parseText(cellPerLine(report))],
        ["CMS HTML", parseHtml(cmsHtml(report))],
      ] as const) {
        expect(outcome.report, shape).toBeDefined();
        expect(toCells(outcome.report as Report), shape).toEqual(toCells(report));
        expect(outcome.report?.meta.agency, shape).toBe(report.meta.agency);
        expect(errors(outcome), shape).toEqual([]);
      }
    });
    it(`${name}: traditional characters with converter artefacts`, () => {
      const expected = withoutBlanks(report);
      const outcome = parseText(bareTraditional(expected));
      expect(toCells(outcome.report as Report)).toEqual(toCells(expected));
      expect(outcome.report?.meta.agency).toBe(report.meta.agency);
      expect(outcome.report?.meta.year).toBe(report.meta.year);
    });
  }

  for (const { name, report } of [...examples, ...random.slice(0, 10)]) {
    it(`${name}: one cell per line closed by a tab, as a spreadsheet copy writes it`, () => {
      const outcome = parseText(cellPerLine(report).replaceAll(" |", "\t").replaceAll("|", "\t"));
      expect(toCells(outcome.report as Report)).toEqual(toCells(report));
      expect(errors(outcome)).toEqual([]);
    });
    it(`${name}: rows with outer borders and no rule, as text converters write them`, () => {
      const bordered = (text: string) =>
        text.replace(/^(?=.*\|)/gm, "| ").replace(/^(\|.*[^|])\s*$/gm, "$1 |");
      for (const [shape, text] of [
        ["pipes", bordered(pipeText(report))],
        ["cell per line", bordered(cellPerLine(report))],
      ] as const) {
        const outcome = parseText(text);
        expect(toCells(outcome.report as Report), shape).toEqual(toCells(report));
        expect(errors(outcome), shape).toEqual([]);
      }
    });
    it(`${name}: rows aligned by spaces, with ASCII brackets and commas in the labels`, () => {
      const expected = withoutBlanks(report);
      const text = pipeText(expected)
        .replace(/ *\|+ */g, "  ")
        .replace(/[（(]/g, "(")
        .replace(/[）)]/g, ")")
        .replaceAll("，", ",");
      const outcome = parseText(text);
      expect(toCells(outcome.report as Report)).toEqual(toCells(expected));
    });
  }

  it("says where every cell came from", () => {
    const report = examples[0]?.report as Report;
    const text = pipeText(report);
    const lines = text.split("\n");
    const outcome = parseText(text);
    for (const id of Object.keys(toCells(report))) {
      const where = outcome.provenance[id];
      expect(where?.source, id).toBe("text");
      if (where?.source !== "text") continue;
      const line = lines[where.line - 1] ?? "";
      expect(line.slice(where.column - 1).startsWith(where.raw), id).toBe(true);
    }
    const html = cmsHtml(report);
    const fromHtml = parseHtml(html);
    for (const id of Object.keys(toCells(report))) {
      const where = fromHtml.provenance[id];
      expect(where?.source, id).toBe("html");
      if (where?.source === "html") expect(html.slice(where.offset, where.offset + 3)).toBe("<td");
    }
  });

  it("has a message in both languages for every finding", () => {
    const report = random[0]?.report as Report;
    const outcomes = [
      parseText(
        pipeText(report)
          .replace(/\| 0 \|/, "| 十二 |")
          .split("（四）")[0] ?? "",
      ),
      parseText(""),
      parseText("\u0000\u0001\u0002".repeat(100)),
      parseHtml(cmsHtml(report).replace("<table", "<table><tr><td>无关文字</td><td>5</td></tr>")),
    ];
    for (const d of outcomes.flatMap((o) => o.diagnostics)) {
      expect(renderMessage(d, "zh-Hans", parseMessages), d.code).not.toMatch(/^未知问题/);
      expect(renderMessage(d, "en", parseMessages), d.code).not.toMatch(/^Unknown finding/);
    }
  });
});

describe("flattened rows with a field per column (2019 table 二: spans [1][2][1] and [2][2])", () => {
  const page = (rows: string[]) =>
    [
      "某局2020年政府信息公开工作年度报告",
      "一、总体情况",
      "二、主动公开政府信息情况",
      "|第二十条第（一）项|   ||   ||",
      "|---|---|---|---|---|",
      "|信息内容| 本年新制作数量  |本年新公开数量|   |对外公开总数量|",
      ...rows,
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ].join("\n");

  it("reads each cell from the one field of its span that holds something", () => {
    const outcome = parseText(
      page([
        "|规章| 4  |4|   |61|",
        "|规范性文件|   ||   43|573|",
        "|第二十条第（八）项|   ||   ||",
        "|信息内容| 上一年项目数量  || 本年增/减  ||",
        "|行政事业性收费| 32  || -3  ||",
      ]),
    );
    const cells = toCells(outcome.report as Report);
    expect(outcome.report?.edition).toBe("2019");
    expect([
      cells["T2.regulations.made"],
      cells["T2.regulations.published"],
      cells["T2.regulations.total"],
    ]).toEqual([4, 4, 61]);
    // a blank cell stays blank, and a value printed in the second column of its span is its own
    expect([
      cells["T2.normativeDocs.made"],
      cells["T2.normativeDocs.published"],
      cells["T2.normativeDocs.total"],
    ]).toEqual([null, 43, 573]);
    expect([cells["T2.fees.previous"], cells["T2.fees.change"]]).toEqual([32, -3]);
    expect(outcome.provenance["T2.regulations.total"]).toMatchObject({ raw: "61", column: 16 });
  });

  it("does not force two values of one span into one cell", () => {
    const outcome = parseText(page(["|规章| 4  |4|5|61|"]));
    const cells = toCells(outcome.report as Report);
    // four values for three cells: read in order, the one too many said
    expect(cells["T2.regulations.made"]).toBe(4);
    expect(outcome.diagnostics.map((d) => d.code)).toContain("parse/stray-value");
  });
});
