import { describe, expect, it } from "vitest";
import { readCellText } from "../src/cell-text.js";

describe("readCellText: what a clerk types into a count cell", () => {
  it.each([
    ["", null, []],
    ["   ", null, []],
    ["0", 0, []],
    ["12", 12, []],
    [" 12 ", 12, []],
    ["—", "—", []],
    ["/", "/", []],
    ["无", "无", []],
    ["-", "—", ["dash"]],
    ["——", "—", ["dash"]],
    ["－", "—", ["dash"]],
    ["／", "/", ["full-width"]],
    ["１２", 12, ["full-width"]],
    ["12件", 12, ["unit"]],
    ["１２件", 12, ["full-width", "unit"]],
    ["1,234", 1234, ["separators"]],
    ["1，234", 1234, ["full-width", "separators"]],
    ["007", 7, ["leading-zeros"]],
    ["12.0", 12, ["whole-decimal"]],
    ["123456789", 123456789, ["large"]],
  ])("%j → %j with notes %j", (text, value, notes) => {
    expect(readCellText(text, "count")).toEqual({ ok: true, value, notes });
  });

  it.each([
    ["abc", "not-a-number"],
    ["12a", "not-a-number"],
    ["十二", "not-a-number"],
    ["1 2 x", "not-a-number"],
    ["-3", "negative"],
    ["－３", "negative"],
    ["−3", "negative"],
    ["1.5", "not-whole"],
    ["1234567890123456", "too-large"],
    ["99999999999999999999", "too-large"],
  ])("%j is refused: %s", (text, problem) => {
    expect(readCellText(text, "count")).toEqual({ ok: false, problem });
  });
});

describe("readCellText: amounts in 万元 keep the precision written", () => {
  it.each([
    ["0.020", "0.020", []],
    ["12", "12", []],
    ["0", "0", []],
    [".5", "0.5", ["leading-zeros"]],
    ["０．０２", "0.02", ["full-width"]],
    ["0.02万元", "0.02", ["unit"]],
    ["—", "—", []],
    ["", null, []],
  ])("%j → %j", (text, value, notes) => {
    expect(readCellText(text, "amount")).toEqual({ ok: true, value, notes });
  });

  it("an amount in 元 is refused rather than guessed", () => {
    expect(readCellText("200元", "amount")).toEqual({ ok: false, problem: "yuan" });
    expect(readCellText("-0.5", "amount")).toEqual({ ok: false, problem: "negative" });
  });
});

describe("readCellText: signed counts (本年增/减) and money with the publisher's unit", () => {
  it.each([
    ["-3", -3, []],
    ["－３", -3, ["full-width"]],
    ["−3", -3, ["minus"]],
    ["+3", 3, ["plus"]],
    ["-0", 0, []],
    ["3件", 3, ["unit"]],
    ["-", "—", ["dash"]],
  ])("signed %j → %j", (text, value, notes) => {
    expect(readCellText(text, "signed")).toEqual({ ok: true, value, notes });
  });

  it.each([
    ["251000元", "251000元", []],
    ["25.1万元", "25.1万元", []],
    ["25.1", "25.1", []],
    ["２５１,０００元", "251000元", ["full-width", "separators"]],
  ])("money %j → %j", (text, value, notes) => {
    expect(readCellText(text, "money")).toEqual({ ok: true, value, notes });
  });

  it("money is never negative, a signed count never a fraction", () => {
    expect(readCellText("-5元", "money")).toEqual({ ok: false, problem: "negative" });
    expect(readCellText("-1.5", "signed")).toEqual({ ok: false, problem: "not-whole" });
  });
});
