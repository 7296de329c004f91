import { type RenderOptions, renderHtml, reportCss } from "@zfxxgk/render";
import { emptyReport } from "@zfxxgk/schema";
import { describe, expectTypeOf, it } from "vitest";

describe("@zfxxgk/render types", () => {
  it("renderHtml takes a Report and options, and returns a string", () => {
    const report = emptyReport({ agency: "某县", year: 2024 });
    expectTypeOf(renderHtml(report)).toEqualTypeOf<string>();
    expectTypeOf(renderHtml(report, { fragment: true, locale: "zh-Hant" })).toEqualTypeOf<string>();
    expectTypeOf(reportCss({ page: true })).toEqualTypeOf<string>();
  });

  it("locale is simplified or traditional only", () => {
    expectTypeOf<RenderOptions["locale"]>().toEqualTypeOf<"zh-Hans" | "zh-Hant" | undefined>();
    // @ts-expect-error English is not an output script of the official layout
    renderHtml(emptyReport({ agency: "某县", year: 2024 }), { locale: "en" });
  });
});
