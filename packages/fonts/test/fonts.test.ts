import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  FONT_FILES_DIR,
  fontFaces,
  fontFacesCss,
  fontFilePath,
  fontLicences,
  wholeFaceBytes,
  wholeFacePath,
  wholeFaces,
} from "@zfxxgk/fonts";
import { describe, expect, it } from "vitest";

describe("@zfxxgk/fonts", () => {
  it("ships exactly the four faces the layout draws with, each file present and woff2", () => {
    const faces = new Set(fontFaces().map((f) => `${f.family} ${f.weight}`));
    expect([...faces].sort()).toEqual([
      "LXGW WenKai 400",
      "Noto Sans SC 400",
      "Noto Serif SC 400",
      "Noto Serif SC 700",
    ]);
    for (const face of fontFaces()) {
      const bytes = readFileSync(fontFilePath(face.file));
      expect(bytes.subarray(0, 4).toString("latin1"), face.file).toBe("wOF2");
      expect(face.unicodeRange).toMatch(/^U\+[0-9a-f?-]+(,U\+[0-9a-f?-]+)*$/i);
    }
  });

  it("covers the common Chinese characters, digits and the dash of the page numbers in the body face", () => {
    const body = fontFaces().filter((f) => f.family === "Noto Serif SC" && f.weight === "400");
    const covers = (ch: string) => {
      const cp = ch.codePointAt(0) ?? 0;
      return body.some((f) =>
        f.unicodeRange.split(",").some((r) => {
          const [lo = "", hi = lo] = r.replace(/^U\+/i, "").split("-");
          return cp >= Number.parseInt(lo, 16) && cp <= Number.parseInt(hi, 16);
        }),
      );
    };
    for (const ch of "政府信息公开工作年度报告0123456789—，。（）")
      expect(covers(ch), ch).toBe(true);
  });

  it("has a stylesheet with relative URLs to files that exist, and the licence texts", () => {
    const css = readFileSync(join(FONT_FILES_DIR, "fonts.css"), "utf8");
    const urls = [...css.matchAll(/url\("\.\/([^"]+)"\)/g)].map((m) => m[1] ?? "");
    expect(urls).toHaveLength(fontFaces().length);
    for (const url of urls) expect(existsSync(join(FONT_FILES_DIR, url)), url).toBe(true);
    for (const licence of fontLicences()) {
      expect(readFileSync(join(FONT_FILES_DIR, licence.file), "utf8")).toMatch(
        /SIL OPEN FONT LICENSE/i,
      );
    }
  });

  it("ships each face once whole, as TrueType named for its weight, beside its split files", () => {
    const split = new Set(fontFaces().map((f) => `${f.family} ${f.weight} ${f.style}`));
    const whole = wholeFaces().map((f) => `${f.family} ${f.weight} ${f.style}`);
    expect(whole.sort()).toEqual([...split].sort());
    for (const face of wholeFaces()) {
      expect(statSync(wholeFacePath(face.file)).size).toBeLessThan(10 * 1024 * 1024);
      const bytes = wholeFaceBytes(face);
      expect(bytes.readUInt32BE(0), face.file).toBe(0x00010000); // TrueType outlines, not CFF
      // the PostScript name (name ID 6) says the weight: Regular for 400, Bold for 700
      const weightName = face.weight === "700" ? "Bold" : "Regular";
      const utf16 = Buffer.from(`-${weightName}`, "utf16le").swap16();
      expect(bytes.includes(utf16) || bytes.includes(`-${weightName}`), face.file).toBe(true);
    }
  });

  it("writes rules with the caller's URLs", () => {
    const css = fontFacesCss((f) => `https://fonts.example/${f.file}`, "block");
    expect(css.match(/@font-face/g)).toHaveLength(fontFaces().length);
    expect(css).toContain('src:url("https://fonts.example/noto-serif-sc/');
    expect(css).toContain("font-display:block");
  });

  it("keeps the split files small: only these faces", () => {
    const total = fontFaces().reduce((sum, f) => sum + statSync(fontFilePath(f.file)).size, 0);
    expect(total).toBeLessThan(20 * 1024 * 1024);
  });
});
