import { readFileSync } from "node:fs";
import { DocxError, docxErrorMessages, docxMessages, renderDocx } from "@zfxxgk/docx";
import {
  DecodeError,
  decodeInput,
  parseErrorMessages,
  parseMessages,
  parsePdf,
} from "@zfxxgk/parse";
import { ChromiumNotFoundError, findChromium } from "@zfxxgk/pdf";
import { RenderInputError, renderErrorMessages, renderHtml } from "@zfxxgk/render";
import { rollupErrorMessages, rollupMessages } from "@zfxxgk/rollup";
import {
  type Diagnostic,
  LOCALES,
  type Locale,
  type LocaleTexts,
  type MessageMap,
  type Report,
  renderMessage,
} from "@zfxxgk/schema";
import {
  ConfigError,
  optionsFromEnv,
  PROBLEMS,
  problemTitles,
  serverErrorMessages,
} from "@zfxxgk/server";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { DEMO_TEXTS, say, TEXTS } from "../packages/form/src/messages.js";
import { SOURCES } from "../scripts/zh-hant.mjs";

// Every package words its findings in one file per locale, keyed by `Locale` (#19): the same codes
// in each, zh-Hant in traditional characters of its own (generated; the staleness test is in
// validate's locale-messages test, over every file of scripts/zh-hant.mjs).

const maps: Record<string, MessageMap> = { parseMessages, docxMessages, rollupMessages };
/** A PDF whose trailer names a standard security handler: pdf.js asks for its password. */
const ENCRYPTED_PDF =
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n" +
  "3 0 obj<</Filter/Standard/V 1/R 2/O(0123456789012345678901234567890a)/U(0123456789012345678901234567890a)/P -4>>endobj\n" +
  "trailer<</Root 1 0 R/Encrypt 3 0 R/ID[<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]>>\n%%EOF\n";

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

  // Errors are raised with a key and typed params; their texts are in the locale files (#19).
  const errorMaps: Record<string, { readonly [L in Locale]: object }> = {
    parseErrorMessages,
    docxErrorMessages,
    renderErrorMessages,
    rollupErrorMessages,
    serverErrorMessages,
    problemTitles,
  };

  it.each(Object.keys(errorMaps))("%s: every error has a text in every locale", (name) => {
    const map = errorMaps[name] as { readonly [L in Locale]: Record<string, unknown> };
    expect(Object.keys(map).sort()).toEqual([...LOCALES].sort());
    const keys = Object.keys(map["zh-Hans"]).sort();
    expect(keys.length).toBeGreaterThan(0);
    for (const l of LOCALES) {
      expect(Object.keys(map[l]).sort(), `${name} ${l}`).toEqual(keys);
      for (const k of keys)
        expect(["function", "string"], `${name} ${l} ${k}`).toContain(typeof map[l][k]);
    }
  });

  it("titles every problem code of the service in every locale", () => {
    for (const l of LOCALES)
      expect(Object.keys(problemTitles[l]).sort(), l).toEqual(Object.keys(PROBLEMS).sort());
  });

  /** The error `run` throws, of class `type`. */
  async function thrown<E>(
    type: abstract new (...a: never[]) => E,
    run: () => unknown,
  ): Promise<E> {
    try {
      await run();
    } catch (e) {
      expect(e).toBeInstanceOf(type);
      return e as E;
    }
    throw new Error("nothing thrown");
  }

  const fromTheFiles = (e: Error & { messages: LocaleTexts; zh: string; en: string }) => {
    expect(Object.keys(e.messages).sort()).toEqual([...LOCALES].sort());
    expect(e.message).toBe(`${e.messages["zh-Hans"]} / ${e.messages.en}`);
    expect([e.zh, e.en]).toEqual([e.messages["zh-Hans"], e.messages.en]);
  };

  it("words a thrown error from the locale files, not at the raise site", async () => {
    const config = await thrown(ConfigError, () => optionsFromEnv({ ZFXXGK_PORT: "x" }));
    fromTheFiles(config);
    for (const l of LOCALES)
      expect(config.messages[l]).toBe(
        serverErrorMessages[l].envNotInteger({ name: "ZFXXGK_PORT", min: 0, raw: "x" }),
      );
    expect(config.messages["zh-Hant"]).toContain("環境變量");

    const gbk = new Uint8Array([
      0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa,
    ]);
    const decode = await thrown(DecodeError, () =>
      decodeInput(
        gbk.map((b) => b),
        "a.txt",
        false,
      ),
    );
    fromTheFiles(decode);
    expect(decode.messages.en).toBe(
      parseErrorMessages.en.encodingLike({
        file: "a.txt",
        like: "GB18030",
        convert: "iconv -f GB18030 -t UTF-8 'a.txt' > 'a.txt.utf8'",
      }),
    );

    const docx = await thrown(DocxError, () =>
      renderDocx({ edition: "1999" } as unknown as Report),
    );
    fromTheFiles(docx);
    expect(docx.code).toBe("invalid-report");
    expect(docx.messages.en).toMatch(/^the report is not valid, no Word document made: \S/);
    expect(docx.messages["zh-Hant"]).toMatch(/^報告不符合格式，無法生成 Word 文檔：\S/);

    const render = await thrown(RenderInputError, () => renderHtml({} as Report));
    expect(render.path).toBe("/edition");
    expect(render.messages.en).toMatch(/^cannot render: \/edition must be one of the editions/);
    expect(render.messages["zh-Hant"]).toMatch(/^無法渲染：\/edition 應為以下格式之一/);
    expect(render.message).toBe(`${render.messages["zh-Hans"]}（${render.messages.en}）`);
  });

  it("words why a PDF or a Word part is refused from the message files, not the reader's English", async () => {
    const [notPdf] = (await parsePdf(new TextEncoder().encode("not a pdf"))).diagnostics;
    if (!notPdf) throw new Error("no finding");
    expect(notPdf.params).toEqual({ reason: "not-pdf" });
    expect(renderMessage(notPdf, "zh-Hans", parseMessages)).toBe("无法读取 PDF：不是 PDF 文件");
    expect(renderMessage(notPdf, "zh-Hant", parseMessages)).toContain("不是 PDF 文件");
    expect(renderMessage(notPdf, "en", parseMessages)).toBe(
      "The PDF cannot be read: not a PDF file",
    );
    // what pdf.js throws (its English kept in `cause`) is worded by kind: cut short, damaged, encrypted
    const pdfOf = (text: string) => new TextEncoder().encode(text);
    const reasons = [
      [pdfOf(`%PDF-1.7\n${"x".repeat(2000)}`), "truncated", "Invalid PDF structure."],
      [pdfOf("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), "damaged", undefined],
      [pdfOf(ENCRYPTED_PDF), "encrypted", "No password given"],
    ] as const;
    for (const [bytes, reason, cause] of reasons) {
      const [d] = (await parsePdf(bytes)).diagnostics;
      if (!d) throw new Error("no finding");
      expect([d.code, d.params?.reason], reason).toEqual(["parse/pdf-unreadable", reason]);
      expect(typeof d.params?.cause, reason).toBe("string");
      if (cause) expect(d.params?.cause).toBe(cause);
      for (const l of LOCALES) {
        const message = renderMessage(d, l, parseMessages);
        expect(message, `${reason} ${l}`).not.toContain(String(d.params?.cause));
        if (l !== "en") expect(message, reason).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{4,}/);
      }
    }
    const [cut] = (await parsePdf(reasons[0][0])).diagnostics;
    expect(renderMessage(cut as Diagnostic, "zh-Hans", parseMessages)).toContain("文件不完整");
    expect(renderMessage(cut as Diagnostic, "en", parseMessages)).toContain("incomplete");
    // a failure of no known kind keeps the reader's words in the message
    const other: Diagnostic = {
      ...finding("parse/pdf-unreadable"),
      params: { reason: "reader-error", cause: "Bad things" },
    };
    expect(renderMessage(other, "zh-Hans", parseMessages)).toBe(
      "无法读取 PDF：PDF 阅读器报告：Bad things",
    );

    const noBody: Diagnostic = { ...finding("docx/damaged"), params: { xml: "no-body" } };
    for (const l of LOCALES) expect(renderMessage(noBody, l, docxMessages)).toContain("w:body");
    expect(renderMessage(noBody, "zh-Hans", docxMessages)).toContain("没有完整的 w:body");
  });
});

describe("the fill-in form's words, one file per locale", () => {
  /** Every text of a locale file by its key path (`ui.undo`, `notes.dash`), in key order. */
  const textsOf = (file: object, prefix = ""): [string, string][] =>
    Object.entries(file)
      .flatMap(([k, v]): [string, string][] =>
        typeof v === "string" ? [[prefix + k, v]] : textsOf(v as object, `${prefix}${k}.`),
      )
      .sort(([a], [b]) => (a < b ? -1 : 1));
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

  it.each([
    ["the element", TEXTS],
    ["the demo page", DEMO_TEXTS],
  ] as const)("%s: every locale words the same keys, with the same placeholders", (_, files) => {
    expect(Object.keys(files).sort()).toEqual([...LOCALES].sort());
    const hans = textsOf(files["zh-Hans"]);
    expect(hans.length).toBeGreaterThan(4);
    for (const l of LOCALES) {
      const texts = textsOf(files[l]);
      expect(
        texts.map(([k]) => k),
        l,
      ).toEqual(hans.map(([k]) => k));
      texts.forEach(([k, text], i) => {
        expect(text.trim(), `${l} ${k}`).not.toBe("");
        expect(placeholders(text), `${l} ${k}`).toEqual(placeholders(hans[i]?.[1] ?? ""));
      });
    }
  });

  it("words zh-Hant by hand in traditional characters and Taiwan terms (not generated)", () => {
    const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
    for (const [k, text] of textsOf(TEXTS["zh-Hant"])) expect(toTraditional(text), k).toBe(text);
    expect(SOURCES.some((path) => path.startsWith("packages/form/"))).toBe(false);
    expect(say("blanks", "zh-Hant", { n: 3 })).toMatch(/^3 個儲存格為空白/);
    expect(say("import", "zh-Hant")).toBe("匯入 JSON");
    expect(say("undo", "zh-Hant")).toBe("復原");
  });

  it("says a word from the locale's file, its placeholders filled", () => {
    expect(say("counts", "en", { e: 1, w: 2, i: 3 })).toBe("1 errors, 2 warnings, 3 notes");
    expect(say("counts", "zh-Hans", { e: 1, w: 2, i: 3 })).toBe("错误 1 处，警告 2 处，提示 3 处");
    for (const l of LOCALES) expect(say("undo", l)).toBe(TEXTS[l].ui.undo);
  });
});
