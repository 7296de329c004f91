import type { Diagnostic } from "@zfxxgk/schema";
import { LOCALES } from "@zfxxgk/schema";
import {
  formatJson,
  formatSarif,
  formatText,
  messageOf,
  messages,
  rules,
  toJsonOutput,
  toSarif,
  validate,
} from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { bump } from "./support/cells.js";
import { clone, goodReport } from "./support/reports.js";

const broken = () => {
  const r = clone(goodReport());
  bump(r, "T3.A.NP");
  return validate(r);
};

describe("messages", () => {
  it("exist in zh-Hans, zh-Hant and en for every rule and schema code", () => {
    for (const locale of LOCALES) {
      for (const r of rules)
        expect(messages[locale]?.[r.id], `${locale} ${r.id}`).toBeTypeOf("function");
      expect(messages[locale]?.["schema/missing"]).toBeTypeOf("function");
    }
  });

  it("in zh-Hant are the zh-Hans ones in traditional characters, with the grid's zh-Hant labels", () => {
    const d = broken().diagnostics.find((x) => x.code === "T3-02") as Diagnostic;
    const hans = messageOf(d, "zh-Hans");
    const hant = messageOf(d, "zh-Hant");
    expect(hant).not.toBe(hans);
    expect(hant).toContain("表三");
    expect(hant).not.toMatch(/[发数总请]/);
  });

  it("name the cell with its official labels, in Chinese by default", () => {
    const d = broken().diagnostics.find((x) => x.code === "T3-02");
    expect(d).toBeDefined();
    const zh = messageOf(d as Diagnostic);
    expect(zh).toContain("表三「三、本年度办理结果 / （一）予以公开」行「申请人情况 / 总计」列");
    expect(zh).toContain("（总计比本行各分项之和少 1）");
    expect(messageOf(d as Diagnostic, "en")).toContain(
      "(the total is 1 less than the parts in its row)",
    );
  });

  it("fall back for an unknown code", () => {
    expect(messageOf({ code: "nope", severity: "info", path: "", cells: [] })).toContain("nope");
  });
});

describe("messages of other packages", () => {
  it("render codes the validator does not raise, through the messages option", () => {
    const parseFinding: Diagnostic = {
      code: "parse/example",
      severity: "warning",
      path: "",
      cells: [],
    };
    const extra = {
      "zh-Hans": { "parse/example": () => "解析提示" },
      en: { "parse/example": () => "parser note" },
    };
    expect(formatText([{ file: "a.txt", diagnostics: [parseFinding] }])).not.toContain("解析提示");
    expect(
      formatText([{ file: "a.txt", diagnostics: [parseFinding] }], { messages: extra }),
    ).toContain("解析提示");
    const json = JSON.parse(
      formatJson([{ file: "a.txt", diagnostics: [parseFinding] }], { lang: "en", messages: extra }),
    );
    expect(json.files[0].diagnostics[0].message).toBe("parser note");
  });
});

describe("formatText", () => {
  it("groups per file, puts the likely wrong cell first with what it explains under it, and counts them once", () => {
    const result = broken();
    const text = formatText([
      { file: "a.json", diagnostics: result.diagnostics },
      { file: "b.json", diagnostics: [] },
    ]);
    expect(text).toMatch(
      /^a\.json\n {2}错误 {2}cell\/culprit {2}\/tables\/T3\/A\/NP\n {4}.*很可能填错了：现为 \d+，应为 \d+（多了 1）.*\n {6}↳ 错误 {2}T3-02 {2}\/tables\/T3\/A\/TOT\n/,
    );
    expect(text).toContain("b.json\n  未发现问题");
    expect(text.trimEnd().split("\n").at(-1)).toBe(
      `共 ${result.errorCount - 2} 个错误、${result.warningCount} 个警告、${result.infoCount} 个提示（另有 2 个已归于可能填错的单元格之下）`,
    );
    expect(formatText(result, { lang: "en" })).toContain("errors");
  });
});

describe("formatJson", () => {
  it("prints { files: [ { file, diagnostics: [ { code, severity, path, cells, labels, message } ] } ] }", () => {
    const result = broken();
    const json = JSON.parse(formatJson([{ file: "x.json", diagnostics: result.diagnostics }]));
    expect(Object.keys(json)).toEqual(["files"]);
    expect(json.files[0].file).toBe("x.json");
    expect(json.files[0].diagnostics[0]).toMatchObject({
      code: "cell/culprit",
      cells: ["T3.A.NP"],
    });
    const d = json.files[0].diagnostics.find((x: { code: string }) => x.code === "T3-02");
    expect(d).toMatchObject({
      severity: "error",
      path: "/tables/T3/A/TOT",
      explainedBy: "T3.A.NP",
    });
    expect(d.cells[0]).toBe("T3.A.TOT");
    expect(d.labels[0]).toEqual({
      id: "T3.A.TOT",
      table: "收到和处理政府信息公开申请情况",
      row: "三、本年度办理结果 / （一）予以公开",
      column: "申请人情况 / 总计",
    });
    expect(d.message).toBe(
      messageOf(result.diagnostics.find((x) => x.code === "T3-02") as Diagnostic),
    );
    expect(d).toMatchObject({
      expected: expect.any(Number),
      actual: expect.any(Number),
      difference: -1,
    });
  });
  it("accepts a single result", () => {
    expect(toJsonOutput(broken(), { file: "r.json", lang: "en" }).files[0]?.file).toBe("r.json");
  });
});

describe("formatSarif", () => {
  it("is SARIF 2.1.0 with rules, levels, messages and locations", () => {
    const result = broken();
    const sarif = JSON.parse(
      formatSarif([{ file: "reports/x.json", diagnostics: result.diagnostics }]),
    );
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe("@zfxxgk/validate");
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(rules.map((r) => r.id)));
    expect(run.tool.driver.rules[0].fullDescription.text.length).toBeGreaterThan(10);
    expect(run.results[0].ruleId).toBe("cell/culprit");
    const first = run.results.find((r: { ruleId: string }) => r.ruleId === "T3-02");
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe("T3-02");
    expect(first.level).toBe("error");
    expect(first.message.text).toContain("表三");
    const loc = first.locations[0];
    expect(loc.physicalLocation.artifactLocation.uri).toBe("reports/x.json");
    expect(loc.properties).toEqual({
      pointer: "/tables/T3/A/TOT",
      cells: expect.arrayContaining(["T3.A.TOT"]),
    });
    expect(loc.logicalLocations[0].fullyQualifiedName).toBe("/tables/T3/A/TOT");
    expect(loc.logicalLocations[1].name).toBe("T3.A.TOT");
    const cell = run.logicalLocations[loc.logicalLocations[1].index];
    expect(cell).toEqual({
      name: "T3.A.TOT",
      fullyQualifiedName:
        "收到和处理政府信息公开申请情况 / 三、本年度办理结果 / （一）予以公开 / 申请人情况 / 总计",
      kind: "element",
    });
    const levels = new Set(run.results.map((r: { level: string }) => r.level));
    for (const l of levels) expect(["error", "warning", "note"]).toContain(l);
  });

  it("adds descriptors for schema codes and omits file locations without a file", () => {
    const sarif = toSarif(validate("{"));
    const run = sarif.runs[0];
    expect(run?.results[0]?.ruleId).toBe("schema/json-syntax");
    expect(run?.tool.driver.rules[run.results[0]?.ruleIndex ?? -1]?.id).toBe("schema/json-syntax");
    expect(run?.results[0]?.locations[0]).not.toHaveProperty("physicalLocation");
  });
});

describe("10,000 findings", () => {
  it("are formatted by every formatter", () => {
    const one = broken().diagnostics;
    const many: Diagnostic[] = Array.from(
      { length: 10_000 },
      (_, i) => one[i % one.length] as Diagnostic,
    );
    const files = [{ file: "big.json", diagnostics: many }];
    expect(formatText(files).split("\n").length).toBe(1 + 2 * 10_000 + 2 + 1);
    expect(JSON.parse(formatJson(files)).files[0].diagnostics).toHaveLength(10_000);
    expect(toSarif(files).runs[0]?.results).toHaveLength(10_000);
  });
});
