import { readFileSync } from "node:fs";
import { docxMessages } from "@zfxxgk/docx";
import { parseMessages } from "@zfxxgk/parse";
import { ChromiumNotFoundError, findChromium } from "@zfxxgk/pdf";
import { rollupMessages } from "@zfxxgk/rollup";
import { type Diagnostic, LOCALES, type MessageMap, renderMessage } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { SOURCES } from "../scripts/zh-hant.mjs";

// Every package words its findings in one file per locale, keyed by `Locale` (#19): the same codes
// in each, zh-Hant in traditional characters of its own (generated; the staleness test is in
// validate's locale-messages test, over every file of scripts/zh-hant.mjs).

const maps: Record<string, MessageMap> = { parseMessages, docxMessages, rollupMessages };
const finding = (code: string): Diagnostic => ({
  code,
  severity: "warning",
  path: "",
  cells: ["T3.R1.NP"],
  params: { constituent: "某区", count: 2, name: "某局", detail: "x" },
});

describe("message files per locale", () => {
  it.each(Object.keys(maps))("%s: every locale words the same codes", (name) => {
    const map = maps[name] as MessageMap;
    expect(Object.keys(map).sort()).toEqual([...LOCALES].sort());
    const codes = Object.keys(map["zh-Hans"] ?? {}).sort();
    expect(codes.length).toBeGreaterThan(0);
    for (const l of LOCALES)
      expect(Object.keys(map[l] ?? {}).sort(), `${name} ${l}`).toEqual(codes);
  });

  it("words zh-Hant in traditional characters, no converter when shown", () => {
    expect(renderMessage(finding("rollup/narrative"), "zh-Hant", rollupMessages)).toContain("敘述");
    expect(renderMessage(finding("docx/empty"), "zh-Hant", docxMessages)).toContain("為空");
    expect(renderMessage(finding("parse/missing-title"), "zh-Hant", parseMessages)).toContain(
      "報告標題",
    );
    expect(
      renderMessage(finding("parse/no-statistics-table"), "zh-Hant", parseMessages),
    ).not.toMatch(/[统计报]/);
  });

  it("has a zh-Hant file generated beside every zh-Hans file, with no zh-CN key left", () => {
    for (const path of SOURCES) {
      const hant = readFileSync(
        new URL(`../${path.replace("zh-Hans.ts", "zh-Hant.ts")}`, import.meta.url),
        "utf8",
      );
      expect(hant, path).toMatch(/^\/\/ Generated from zh-Hans\.ts/);
      expect(readFileSync(new URL(`../${path}`, import.meta.url), "utf8")).not.toContain('"zh-CN"');
    }
  });

  it("words the PDF printer's errors in every locale", () => {
    let e: ChromiumNotFoundError | undefined;
    try {
      findChromium({ executablePath: "/nonexistent/chromium" });
    } catch (x) {
      e = x as ChromiumNotFoundError;
    }
    if (!e) throw new Error("no error");
    expect(e).toBeInstanceOf(ChromiumNotFoundError);
    expect(Object.keys(e.messages).sort()).toEqual([...LOCALES].sort());
    expect(e.messages["zh-Hant"]).toContain("指定的瀏覽器不存在");
    expect(e.message).toBe(`${e.messages["zh-Hans"]}\n${e.messages.en}`);
  });
});
