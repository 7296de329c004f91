import type { SectionedReport as Report } from "@zfxxgk/schema";
import { extractClaims, extractShares, validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { clone, goodReport } from "./support/reports.js";

type Block = Report["sections"]["overview"][number];
const withOverview = (blocks: (string | Block)[]): Report => {
  const r = clone(goodReport());
  r.sections.overview = blocks.map((b) =>
    typeof b === "string" ? { type: "paragraph", text: b } : b,
  );
  return r;
};
const aspectsMissing = (blocks: (string | Block)[]) =>
  validate(withOverview(blocks))
    .diagnostics.filter((d) => d.code === "X-03")
    .map((d) => d.params?.aspect);

describe("一、总体情况 as published: traditional characters, full-width digits, pinyin glosses", () => {
  it("reads figures through glosses and traditional characters, quoting the text as published", () => {
    const claims = extractClaims(
      withOverview([
        "本年共收到政府信息公开申請十七件，已辦(bàn)結十六件；行政復(fù)議１件，結果維持。",
      ]),
    );
    expect(claims.map((c) => [c.cells.join("+"), c.value, c.quote])).toEqual([
      ["T3.R1.TOT", 17, "本年共收到政府信息公开申請十七件"],
      ["T3.T.TOT", 16, "已辦結十六件"],
      ["T4.RV.tot", 1, "行政復議１件"],
      ["T4.RV.keep", 1, "，結果維持"],
    ]);
  });

  it("reads shares written in traditional characters and full-width digits", () => {
    const shares = extractShares(withOverview(["辦結３件，其中予以公開１件，占３３.３％。"]));
    expect(shares.map((s) => [s.category, s.base[0], s.percent, s.quote])).toEqual([
      ["A", "T3.T.TOT", "33.3", "辦結３件，其中予以公開１件，占３３.３％"],
    ]);
  });

  it("finds the five aspects in headings and paragraphs, traditional or simplified", () => {
    expect(
      aspectsMissing([
        { type: "heading", text: "（一）主動公開" },
        "依申請公開工作平穩，政府信息管理規範，平臺建設推進，監督保障有力。",
      ]),
    ).toEqual([]);
    // A pinyin gloss inside a key (主动(dòng)公开) does not hide it: X-03 reads the text without glosses.
    expect(
      aspectsMissing(["主动(dòng)公开与依申请公开，政府信息管理，平台建设，监督保障。"]),
    ).toEqual([]);
    // Without the gloss's help, a missing aspect is still missing.
    expect(aspectsMissing(["主动(dòng)与依申请公开，政府信息管理，平台建设，监督保障。"])).toEqual([
      "主动公开",
    ]);
    expect(aspectsMissing([" ", { type: "heading", text: "" }])).toEqual([]);
  });

  it("reads the overview again when a heading changes, not only a paragraph", () => {
    const r = withOverview([
      { type: "heading", text: "主动公开" },
      "依申请公开，信息管理，平台建设。",
    ]);
    expect(aspectsMissing(r.sections.overview)).toEqual(["监督保障"]);
    (r.sections.overview[0] as { text: string }).text = "监督保障";
    expect(
      validate(r)
        .diagnostics.filter((d) => d.code === "X-03")
        .map((d) => d.params?.aspect),
    ).toEqual(["主动公开"]);
  });
});
