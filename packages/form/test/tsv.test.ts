import { describe, expect, it } from "vitest";
import { isBlock, parseTsv } from "../src/tsv.js";

describe("parseTsv: blocks copied from Excel or WPS", () => {
  it("splits tabs and line breaks, ignoring the line break after the last row", () => {
    expect(parseTsv("1\t2\t3\r\n4\t5\t6\r\n")).toEqual([
      ["1", "2", "3"],
      ["4", "5", "6"],
    ]);
    expect(parseTsv("1\t\t3\n\t5\t")).toEqual([
      ["1", "", "3"],
      ["", "5", ""],
    ]);
  });

  it("unquotes cells Excel quoted, keeping their tabs, line breaks and quotes", () => {
    expect(parseTsv('"a\tb"\t"line\nbreak"\t"say ""hi"""\n1')).toEqual([
      ["a\tb", "line\nbreak", 'say "hi"'],
      ["1"],
    ]);
  });

  it("a quote inside a cell is text", () => {
    expect(parseTsv('12"\t3')).toEqual([['12"', "3"]]);
    expect(parseTsv('"12" apples\t3')).toEqual([['"12" apples', "3"]]);
  });

  it("tells a block from a single value", () => {
    expect(isBlock("12")).toBe(false);
    expect(isBlock("12\r\n")).toBe(false);
    expect(isBlock("1\t2")).toBe(true);
    expect(isBlock("1\n2")).toBe(true);
  });
});
