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

  it("every section of every example reads back as it was written", () => {
    for (const { name, json } of loadExamples()) {
      // 2008–2018 reports have numbered sections of their own (`body`), which the form does not edit
      const report = json as { sections?: Record<string, { type: string; text: string }[]> };
      for (const [key, blocks] of Object.entries(report.sections ?? {})) {
        expect(textToNarrative(narrativeToText(blocks as never)), `${name} ${key}`).toEqual(blocks);
      }
    }
  });
});
