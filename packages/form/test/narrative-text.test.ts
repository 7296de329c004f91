import { describe, expect, it } from "vitest";
import { loadExamples } from "../../../test/support/examples.js";
import { narrativeToText, textToNarrative } from "../src/narrative-text.js";

describe("narrative text areas", () => {
  it("one block per line; numbered short lines are sub-headings, sentences are not", () => {
    expect(
      textToNarrative(
        "（一）主动公开\n本年主动公开信息12条。\n\n（二）依申请公开：全年收到申请3件。",
      ),
    ).toEqual([
      { type: "heading", text: "（一）主动公开" },
      { type: "paragraph", text: "本年主动公开信息12条。" },
      { type: "paragraph", text: "（二）依申请公开：全年收到申请3件。" },
    ]);
    expect(textToNarrative("  \n")).toEqual([]);
  });

  it("a long numbered line is a sub-heading only without clause punctuation", () => {
    const title =
      "（一）制定出台《西山区“互联网+政务服务+公共资源交易+投资服务+党群服务工作实施方案》";
    expect(textToNarrative(title)).toEqual([{ type: "heading", text: title }]);
    const sentence =
      "（一）本局制定出台了互联网政务服务工作实施方案，明确了各科室的分工、责任人和完成时限的具体要求";
    expect(sentence.length).toBeGreaterThan(40);
    expect(textToNarrative(sentence)[0]?.type).toBe("paragraph");
  });

  it("a line unchanged by an edit keeps the type it had", () => {
    const before = [
      { type: "paragraph", text: "（一）主动公开" },
      { type: "heading", text: "全年情况" },
    ] as const;
    expect(textToNarrative("（一）主动公开\n全年情况\n（二）依申请公开", before)).toEqual([
      { type: "paragraph", text: "（一）主动公开" },
      { type: "heading", text: "全年情况" },
      { type: "heading", text: "（二）依申请公开" },
    ]);
  });

  it("every section of every example reads back as it was written", () => {
    for (const { name, json } of loadExamples()) {
      // 2008–2018 reports number their own sections (`body`); the others have the grid's
      const report = json as {
        sections?: Record<string, { type: string; text: string }[]>;
        body?: { blocks: { type: string; text: string }[] }[];
      };
      const areas = [
        ...Object.entries(report.sections ?? {}),
        ...(report.body ?? []).map((s, i) => [`body ${i}`, s.blocks] as const),
      ];
      for (const [key, blocks] of areas) {
        expect(textToNarrative(narrativeToText(blocks as never)), `${name} ${key}`).toEqual(blocks);
      }
    }
  });
});
