import { existsSync, readFileSync } from "node:fs";
import type { SectionedReport as Report } from "@zfxxgk/schema";
import { chineseNumber, extractClaims, rules, validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { seedExamples, seedFile } from "../../../test/support/examples.js";
import { bump } from "./support/cells.js";
import { clone, goodReport } from "./support/reports.js";

const NARRATIVE = new Set(["T3-10", "T3-14", "T4-05", "T4-06"]);
const narrative = (r: Report) => validate(r).diagnostics.filter((d) => NARRATIVE.has(d.code));

const withOverview = (r: Report, text: string): Report => ({
  ...clone(r),
  sections: { ...r.sections, overview: [{ type: "paragraph", text }] },
});

describe("Chinese numerals", () => {
  it.each([
    ["两", 2],
    ["十", 10],
    ["十七", 17],
    ["二十", 20],
    ["一百零三", 103],
    ["三千零五", 3005],
    ["一万二千", 12000],
  ])("%s = %d", (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });
  it("rejects what is not a numeral", () => {
    expect(chineseNumber("件")).toBeUndefined();
    expect(chineseNumber("")).toBeUndefined();
  });
});

describe("figures quoted in 一、总体情况", () => {
  const base = goodReport();
  const claim = (text: string) =>
    extractClaims(withOverview(base, text)).map((c) => [c.cells.join("+"), c.value]);

  it("reads Arabic and Chinese numerals near their keywords", () => {
    expect(claim("全年共收到政府信息公开申请十七件，办结一百零三件，结转下年度两件。")).toEqual([
      ["T3.R1.TOT", 17],
      ["T3.T.TOT", 103],
      ["T3.R4.TOT", 2],
    ]);
    expect(claim("收到行政复议3件，其中结果纠正1件；行政诉讼2件。")).toEqual([
      ["T4.RV.tot", 3],
      ["T4.RV.fix", 1],
      ["T4.LD.tot+T4.LR.tot", 2],
    ]);
  });

  it("takes a figure's category from its own clause only", () => {
    expect(
      claim("因政府信息公开引起行政复议1件，结果为纠正；行政诉讼两件，结果均为维持。"),
    ).toEqual([
      ["T4.RV.tot", 1],
      ["T4.LD.tot+T4.LR.tot", 2],
      ["T4.LD.keep+T4.LR.keep", 2],
    ]);
  });

  it("is conservative: comparisons, other units, mixed topics and other work give no claim", () => {
    expect(claim("收到政府信息公开申请较上年增加5件。")).toEqual([]);
    expect(claim("发布政府信息131条，回复留言62件。")).toEqual([]);
    expect(claim("行政复议、行政诉讼共3件。")).toEqual([]);
    expect(claim("与相关部门一起办结政务服务事项120件。")).toEqual([]);
    expect(claim("主动公开予以公开文件20件。")).toEqual([]);
  });

  it("names only cells its rule declares in the catalog", () => {
    const text = [
      "全年新收政府信息公开申请十七件，其中自然人提出15件，法人或其他组织提出2件；上年结转3件。",
      "办结的申请中，予以公开4件，部分公开2件，不予公开1件，无法提供3件，不予处理2件，其他处理1件。",
      "行政复议5件，其中结果维持2件、结果纠正1件、其他结果1件、尚未审结1件；行政诉讼3件，其中未经复议直接起诉2件、复议后起诉1件。",
    ].join("");
    const claims = extractClaims(withOverview(base, text));
    expect(claims.length).toBe(18);
    for (const c of claims) {
      const rule = rules.find((r) => r.id === c.rule);
      for (const id of c.cells) expect(rule?.cells, `${c.rule} ${id}`).toContain(id);
    }
  });

  it("points at wherever the paragraph stands", () => {
    const text = "本年共收到政府信息公开申请十七件，办结十六件。";
    const first = extractClaims(withOverview(base, text));
    const moved = clone(base);
    moved.sections.overview = [
      { type: "paragraph", text: "概述。" },
      { type: "paragraph", text: "其他。" },
      { type: "paragraph", text },
    ];
    const again = extractClaims(moved);
    expect(first.map((c) => c.path)).toEqual([
      "/sections/overview/0/text",
      "/sections/overview/0/text",
    ]);
    expect(again.map((c) => [c.path, c.value])).toEqual([
      ["/sections/overview/2/text", 17],
      ["/sections/overview/2/text", 16],
    ]);
    expect(extractClaims(withOverview(base, text))).toEqual(first);
  });

  it("reads the text again when it changed in place", () => {
    const r = withOverview(base, "本年共收到政府信息公开申请十七件。");
    expect(extractClaims(r).map((c) => c.value)).toEqual([17]);
    (r.sections.overview[0] as { text: string }).text = "本年共收到政府信息公开申请十八件。";
    expect(extractClaims(r).map((c) => c.value)).toEqual([18]);
    r.sections.overview[0] = { type: "heading", text: "本年共收到政府信息公开申请十八件。" };
    expect(extractClaims(r)).toEqual([]);
  });

  it("reads traditional characters", () => {
    expect(
      claim("共收到依申請公開17件，已辦結16件；因依申請公開收到行政復議1件，其中結果糾正1件。"),
    ).toEqual([
      ["T3.R1.TOT", 17],
      ["T3.T.TOT", 16],
      ["T4.RV.tot", 1],
      ["T4.RV.fix", 1],
    ]);
  });
});

/** The 一、总体情况 of a seed report, read at test time (the prose is not copied into the project). */
function seedOverview(seed: string): string | undefined {
  const file = seedFile(seed);
  if (!file || !existsSync(file)) return undefined;
  const text = readFileSync(file, "utf8");
  const start = text.search(/^一、[总總][体體]情[况況]\s*$/m);
  const end = text.search(/^二、主[动動]公[开開]/m);
  return start >= 0 && end > start
    ? text.slice(start, end).split("\n").slice(1).join("\n")
    : undefined;
}

describe.each(["000", "002"])("seed %s: its 一、总体情况 with its example's tables", (seed) => {
  const example = seedExamples().find((e) => e.seed === seed);
  const overview = seedOverview(seed);
  if (!example || overview === undefined) {
    it("needs the seed text and example", () => {
      if (process.env.CI) throw new Error(`seed ${seed} or its example is missing under CI`);
      console.warn(`seed ${seed}: text or example not on this machine; narrative check not run`);
    });
    return;
  }
  const report: Report = {
    ...(example.json as Report),
    sections: {
      ...(example.json as Report).sections,
      overview: overview
        .split("\n")
        .map((t) => t.trim())
        .filter(Boolean)
        .map((text) => ({ type: "paragraph" as const, text })),
    },
  };
  const claims = extractClaims(report);

  it("quotes figures the extractor reads", () => {
    expect(claims.length).toBeGreaterThanOrEqual(2);
  });

  it("agrees with the tables: no finding", () => {
    expect(narrative(report)).toEqual([]);
  });

  it("changing one quoted table cell raises exactly one finding", () => {
    for (const c of claims) {
      const changed = clone(report);
      bump(changed, c.cells[0] as string);
      const found = narrative(changed);
      expect(found, `${c.cells[0]}`).toHaveLength(1);
      expect(found[0]?.cells).toContain(c.cells[0]);
    }
  });
});
