import { jsonForScript, renderHtml } from "@zfxxgk/render";
import { describe, expect, it } from "vitest";
import { numbersReport } from "./support/reports.js";

const hostile = [
  "</script><script>alert(1)</script>",
  "</SCRIPT >",
  "<!--<script>",
  "]]>&amp;",
  "\u2028\u2029",
  "</style>",
];

describe("jsonForScript", () => {
  it("leaves no <, >, &, U+2028 or U+2029 and parses back to the same value", () => {
    const value = { hostile, nested: [{ text: hostile.join("") }] };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(value);
  });

  it("keeps </script> in any text field inside the one JSON block", () => {
    const report = numbersReport();
    report.meta.agency = hostile[0] ?? "";
    report.sections.other = [{ type: "paragraph", text: hostile.join("") }];
    const html = renderHtml(report);
    const scripts = html.match(/<script\b/gi) ?? [];
    expect(scripts).toHaveLength(1);
    const block = html.match(
      /<script type="application\/json" id="zfxxgk-report">([^<]*)<\/script>/,
    );
    expect(block).not.toBeNull();
    expect(JSON.parse(block?.[1] ?? "")).toEqual(report);
  });
});
