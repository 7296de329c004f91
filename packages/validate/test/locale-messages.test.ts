import { readFileSync } from "node:fs";
import { type Diagnostic, LOCALES, schemaMessages } from "@zfxxgk/schema";
import { messageOf, messages, TYPED_CODES, validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { SOURCES, traditionalOf } from "../../../scripts/zh-hant.mjs";
import { LOCALE_MESSAGES } from "../src/messages.js";
import { bump } from "./support/cells.js";
import { clone, goodReport } from "./support/reports.js";

const root = new URL("../../../", import.meta.url);
const validatorCodes = TYPED_CODES.filter((c) => !c.startsWith("schema/"));
const schemaCodes = TYPED_CODES.filter((c) => c.startsWith("schema/"));

describe("one message file per locale", () => {
  it("has a message for every code the validator raises in every locale file", () => {
    expect(Object.keys(LOCALE_MESSAGES).sort()).toEqual([...LOCALES].sort());
    for (const [locale, file] of Object.entries(LOCALE_MESSAGES))
      for (const code of validatorCodes)
        expect((file as Record<string, unknown>)[code], `${locale} ${code}`).toBeTypeOf("function");
  });

  it("has a message for every code of the model in every locale file of the schema", () => {
    for (const locale of LOCALES)
      for (const code of schemaCodes)
        expect(schemaMessages[locale]?.[code], `${locale} ${code}`).toBeTypeOf("function");
  });

  it("words no code that is not raised (a typed code for every message)", () => {
    for (const file of Object.values(LOCALE_MESSAGES))
      expect(Object.keys(file).filter((c) => !validatorCodes.includes(c as never))).toEqual([]);
  });

  it("keeps each generated zh-Hant file as its zh-Hans file converts (npm run messages)", () => {
    for (const path of SOURCES) {
      const hans = readFileSync(new URL(path, root), "utf8");
      const hant = readFileSync(new URL(path.replace("zh-Hans.ts", "zh-Hant.ts"), root), "utf8");
      expect(hant, path).toBe(traditionalOf(hans));
    }
  });

  it("words zh-Hant in traditional characters with the grid's zh-Hant labels, no converter at run time", () => {
    const r = clone(goodReport());
    bump(r, "T3.A.NP");
    const d = validate(r).diagnostics.find((x) => x.code === "T3-02") as Diagnostic;
    const hant = messageOf(d, "zh-Hant", messages);
    expect(hant).not.toBe(messageOf(d, "zh-Hans"));
    expect(hant).not.toMatch(/[发数总请结计]/);
    expect(hant).toContain("總計");
  });
});

describe("places named in each locale's own words", () => {
  it("names a metadata field in the locale of the message", () => {
    const d = {
      code: "schema/missing",
      severity: "error",
      path: "/meta/agency",
      cells: [],
    } as const;
    expect(messageOf(d, "zh-Hans")).toContain("机关名称 (/meta/agency)");
    expect(messageOf(d, "zh-Hant")).toContain("機關名稱 (/meta/agency)");
    expect(messageOf(d, "en")).toContain("agency (/meta/agency)");
  });
});
