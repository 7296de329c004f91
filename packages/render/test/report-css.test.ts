import { readdirSync, readFileSync } from "node:fs";
import { renderHtml, reportCss } from "@zfxxgk/render";
import { describe, expect, it } from "vitest";
import { numbersReport } from "./support/reports.js";

/** Selectors of every style rule, descending into @media/@supports/@layer blocks. */
function selectors(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const atDepth: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "{") {
      const prelude = text.slice(start, i).trim();
      const isAt = prelude.startsWith("@");
      const insideRule = atDepth.some((at) => !at);
      if (!isAt && !insideRule) out.push(prelude);
      atDepth.push(isAt);
      depth++;
      start = i + 1;
    } else if (ch === "}") {
      atDepth.pop();
      depth--;
      start = i + 1;
    } else if (ch === ";") start = i + 1;
  }
  expect(depth).toBe(0);
  return out.flatMap((s) => s.split(",").map((p) => p.trim()));
}

const declared = (css: string, property: string) =>
  css.match(new RegExp(`${property}:\\s*([^;]+);`))?.[1];

/** The body of the first block whose prelude is exactly `prelude`, nested blocks included. */
function block(css: string, prelude: string): string | undefined {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ";" || ch === "}") start = i + 1;
    else if (ch === "{") {
      if (text.slice(start, i).trim() === prelude) {
        let depth = 1;
        for (let j = i + 1; j < text.length; j++) {
          if (text[j] === "{") depth++;
          else if (text[j] === "}" && --depth === 0) return text.slice(i + 1, j);
        }
      }
      start = i + 1;
    }
  }
  return undefined;
}

/** A block's own declarations (nested blocks left out), property → value. */
function declarations(body: string | undefined): Record<string, string> {
  let flat = body ?? "";
  for (let inner = /\{[^{}]*\}/; inner.test(flat); ) flat = flat.replace(inner, ";");
  return Object.fromEntries(
    flat
      .split(";")
      .map((d) => /^\s*([\w-]+)\s*:\s*([\s\S]+?)\s*$/.exec(d))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? "", m[2] ?? ""]),
  );
}

describe("reportCss", () => {
  it("scopes every rule under .zfxxgk-report, so a fragment never restyles its host", () => {
    const list = selectors(reportCss());
    expect(list.length).toBeGreaterThan(10);
    for (const selector of list)
      expect(selector).toMatch(/^(\.zfxxgk-report|:where\(\.zfxxgk-report\))(?![\w-])/);
    expect(reportCss()).not.toContain("@page");
  });

  it("puts the official font names first and exactly the agreed fallbacks after", () => {
    const css = reportCss();
    expect(declared(css, "--zfxxgk-font-body")).toBe(
      '"FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "Noto Serif SC", serif',
    );
    expect(declared(css, "--zfxxgk-font-title")).toBe(
      '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif SC", serif',
    );
    expect(declared(css, "--zfxxgk-font-heading")).toBe(
      '"SimHei", "黑体", "Noto Sans SC", sans-serif',
    );
    expect(declared(css, "--zfxxgk-font-subheading")).toBe(
      '"KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "LXGW WenKai", serif',
    );
  });

  it("sets the GB/T 9704 page in the whole-document stylesheet", () => {
    const css = reportCss({ page: true });
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4;/);
    expect(css).toContain("margin: 37mm 26mm 35mm 28mm;");
    expect(declared(css, "--zfxxgk-font-size-title")).toBe("22pt");
    expect(declared(css, "--zfxxgk-font-size-body")).toBe("16pt");
    expect(css).toMatch(/thead\s*\{\s*display:\s*table-header-group;/);
    expect(css).toMatch(/th:not\(\[rowspan\]\)\s*\{\s*break-inside:\s*avoid;/);
  });

  it("numbers the pages after GB/T 9704 §7.5: odd pages right, even pages left, one character in", () => {
    const css = reportCss({ page: true });
    expect(declarations(block(css, "@page"))).toMatchObject({
      "font-family": '"SimSun", "宋体", "Noto Serif SC", serif',
      "font-size": "14pt",
    });
    const number = {
      content: '"— " counter(page) " —"',
      "vertical-align": "top",
      "padding-top": "7mm",
    };
    expect(declarations(block(block(css, "@page :right") ?? "", "@bottom-right"))).toEqual({
      ...number,
      "padding-right": "1em",
      "text-align": "right",
    });
    expect(declarations(block(block(css, "@page :left") ?? "", "@bottom-left"))).toEqual({
      ...number,
      "padding-left": "1em",
      "text-align": "left",
    });
    expect(css).not.toContain("@bottom-center");
  });

  it("prints tables unclipped in the stylesheet fragments carry too (one pixel narrower, no clip)", () => {
    const print = block(reportCss(), "@media print") ?? "";
    expect(declarations(block(print, ".zfxxgk-report .zfxxgk-table-wrap"))).toEqual({
      overflow: "visible",
    });
    expect(declarations(block(print, ".zfxxgk-report .zfxxgk-table"))).toEqual({
      width: "calc(100% - 1px)",
      "break-inside": "auto",
    });
  });

  it("is the stylesheet the rendered document and fragment carry", () => {
    expect(renderHtml(numbersReport())).toContain(reportCss({ page: true }));
    const fragment = renderHtml(numbersReport(), { fragment: true });
    expect(fragment).toContain(reportCss());
    expect(fragment).not.toContain("@page");
  });
});

describe("templates", () => {
  const dir = new URL("../../../templates/common/", import.meta.url);

  it("never use the triple-stash (data is only inserted escaped)", () => {
    const stash = "{".repeat(3);
    for (const file of readdirSync(dir))
      expect(readFileSync(new URL(file, dir), "utf8"), file).not.toContain(stash);
  });
});
