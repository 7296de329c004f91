import { DOCX_LIMITS, docxMessages, readDocx } from "@zfxxgk/docx";
import { renderMessage } from "@zfxxgk/schema";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { examples, withPart } from "./support.js";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file's first sector, holding `name` in UTF-16 as a directory entry would. */
function oleFile(name?: string): Uint8Array {
  const out = new Uint8Array(4096);
  out.set(OLE_MAGIC);
  if (name) out.set(new Uint8Array(Buffer.from(name, "utf16le")), 1024);
  return out;
}

function expectRefused(data: Uint8Array, code: string) {
  const outcome = readDocx(data);
  expect(outcome.report).toBeUndefined();
  expect(outcome.diagnostics.map((d) => d.code)).toEqual([code]);
  const d = outcome.diagnostics[0] as (typeof outcome.diagnostics)[number];
  expect(d.severity).toBe("error");
  const zh = renderMessage(d, "zh-Hans", docxMessages);
  const en = renderMessage(d, "en", docxMessages);
  expect(zh).not.toMatch(/未知问题|undefined|NaN/);
  expect(en).not.toMatch(/Unknown finding|undefined|NaN/);
  return { zh, en, d };
}

describe("a file that is not a readable report", () => {
  it("empty, or not a zip at all", () => {
    expectRefused(new Uint8Array(), "docx/empty");
    expect(expectRefused(strToU8("一、总体情况\n二、主动公开"), "docx/not-docx").zh).toContain(
      "不是 Word 文档",
    );
  });

  it("an old .doc, and a password-encrypted .docx (an OLE compound file)", () => {
    expect(expectRefused(oleFile(), "docx/legacy-doc").zh).toContain(".docx");
    expect(expectRefused(oleFile("EncryptedPackage"), "docx/encrypted").en).toContain("password");
  });

  it("a zip that is not a Word document", () => {
    const xlsx = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") });
    expectRefused(xlsx, "docx/not-word");
  });

  it("a damaged document: truncated, corrupt data, broken XML", async () => {
    const good = (examples[0] as (typeof examples)[number]).docx;
    // a truncated package has no end-of-archive record, however far it got
    for (const length of [40, Math.floor(good.length / 3), good.length - 10]) {
      const cut = expectRefused(good.subarray(0, length), "docx/damaged");
      expect(cut.d.params, String(length)).toEqual({ zip: "truncated" });
      expect(cut.zh).toContain("文件不完整");
      expect(cut.en).toContain("incomplete");
    }
    const corrupt = zipSync({ "word/document.xml": strToU8("<w:document>".repeat(2000)) });
    // overwrite the middle of the deflated stream
    corrupt.fill(0xff, 60, 200);
    expect(["docx/damaged", "docx/not-word"]).toContain(readDocx(corrupt).diagnostics[0]?.code);
    // corrupt data inside a part of a whole archive: worded by kind, fflate's English kept in `cause`
    const text = Array.from({ length: 4000 }, (_, i) => `<w:p>${(i * 7919) % 10007}</w:p>`);
    const whole = zipSync({ "word/document.xml": strToU8(text.join("")) });
    whole.fill(0xff, 200, 400);
    const bad = expectRefused(whole, "docx/damaged");
    expect(bad.d.params?.zip).toBe("corrupt-data");
    expect(typeof bad.d.params?.cause).toBe("string");
    expect(bad.zh).toContain("压缩包中的数据已损坏");
    expect(bad.zh).not.toContain(String(bad.d.params?.cause));
    expect(bad.en).not.toContain(String(bad.d.params?.cause));
    // an unknown compression method (a part packed with method 99)
    const stored = zipSync({ "word/document.xml": strToU8("<w:document/>") }, { level: 0 });
    stored.set([99, 0], 8);
    const method = expectRefused(stored, "docx/damaged");
    expect(method.d.params?.zip).toBe("unknown-method");
    expect(method.en).toContain("compression method");
    const broken = withPart(good, "word/document.xml", (xml) => xml.slice(0, xml.length / 2));
    const halved = expectRefused(broken, "docx/damaged");
    expect(halved.en).toContain("damaged");
    expect(halved.d.params?.xml).toBeDefined();
    expect(halved.zh).not.toMatch(/[A-Za-z]{4,} [a-z]{4,} [a-z]{4,}/);
  });

  it("an XML entity bomb (a DOCTYPE, which OOXML never has)", async () => {
    const good = (examples[0] as (typeof examples)[number]).docx;
    const lol = withPart(
      good,
      "word/document.xml",
      (xml) =>
        `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${xml.replace(/^<\?xml[^>]*\?>/, "")}`,
    );
    const { zh, en, d } = expectRefused(lol, "docx/damaged");
    // worded from the message files in every locale, not the reader's English
    expect(d.params).toEqual({ xml: "doctype" });
    expect(zh).toContain("不允许有 DOCTYPE 声明");
    expect(en).toContain("DOCTYPE is not allowed");
    expect(renderMessage(d, "zh-Hant", docxMessages)).toContain("不允許");
  });

  it("a zip bomb: a part that unpacks far beyond its size stops the reading", () => {
    // zeros compress ~1000:1, as well at level 1 as at level 9 (and twice as fast)
    const huge = new Uint8Array(DOCX_LIMITS.partBytes + 1024 * 1024);
    const bomb = zipSync({ "word/document.xml": huge }, { level: 1 });
    expect(bomb.length).toBeLessThan(huge.length / 500);
    const { d } = expectRefused(bomb, "docx/zip-bomb");
    expect(d.params?.part).toBe("word/document.xml");
    // the ratio alone: 2 MB from a few kilobytes
    const small = zipSync({ "word/document.xml": new Uint8Array(2 * 1024 * 1024) }, { level: 9 });
    expectRefused(small, "docx/zip-bomb");
  });

  it("a zip with thousands of entries", () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= DOCX_LIMITS.entries; i++) many[`x/${i}`] = new Uint8Array(1);
    expectRefused(zipSync(many, { level: 0 }), "docx/too-many-entries");
  });

  it("a Word document that is not a report", async () => {
    const good = (examples[0] as (typeof examples)[number]).docx;
    const letter = withPart(good, "word/document.xml", (xml) =>
      xml.replace(
        /<w:body>[\s\S]*<w:sectPr/,
        "<w:body><w:p><w:r><w:t>关于召开年度工作会议的通知</w:t></w:r></w:p><w:p><w:r><w:t>各科室：定于下周一召开会议。</w:t></w:r></w:p><w:sectPr",
      ),
    );
    const outcome = readDocx(letter);
    expect(outcome.report).toBeUndefined();
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(["parse/not-a-report"]);
  });
});
