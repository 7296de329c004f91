import { type RenderOptions, renderHtml } from "@zfxxgk/render";
import type { SectionedReport as Report, Report2021 } from "@zfxxgk/schema";
import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, useBrowserPage } from "../../../../test/support/browser.js";
import { hostPage } from "../support/host-page.js";
import { numbersReport } from "../support/reports.js";

/** Strings that would run script, inject markup or be read as a template if not escaped. */
const HOSTILE = [
  "<script>window.__pwned=1;alert(1)</script>",
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '"><svg onload="window.__pwned=1;alert(1)">',
  '\'><iframe src="javascript:parent.__pwned=1"></iframe>',
  "javascript:alert(1)",
  '<a href="javascript:window.__pwned=1">点此</a>',
  "</script><script>window.__pwned=1;alert(1)</script>",
  "</style><script>window.__pwned=1</script>",
  "</textarea></title><script>window.__pwned=1</script>",
  "<!-- <script>window.__pwned=1</script> -->",
  "<![CDATA[<script>window.__pwned=1</script>]]>",
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<details open ontoggle="window.__pwned=1">',
  "{{constructor}}",
  '{{lookup this "constructor"}}',
  "{{#with this}}{{constructor.name}}{{/with}}",
  "{{> header}}",
  `${"{".repeat(3)}title${"}".repeat(3)}`,
  "&lt;b&gt;已转义&amp;lt;",
  "\u2028\u2029 行分隔",
  "`$" + "{alert(1)}`",
];

/** The same report with hostile strings in every text field it has. */
function hostileReport(): { report: Report; placed: string[] } {
  const report = numbersReport();
  let i = 0;
  const placed: string[] = [];
  const next = () => {
    const s = `H${i}:${HOSTILE[i % HOSTILE.length]}`;
    i++;
    placed.push(s);
    return s;
  };
  report.meta.agency = next();
  report.meta.title = next();
  report.meta.contact = {
    unit: next(),
    address: next(),
    postcode: next(),
    phone: next(),
    email: next(),
    website: next(),
  };
  report.preamble = [
    { type: "heading", text: next() },
    { type: "paragraph", text: next() },
  ];
  for (const key of Object.keys(report.sections) as (keyof Report["sections"])[]) {
    report.sections[key] = HOSTILE.flatMap(() => [
      { type: "heading" as const, text: next() },
      { type: "paragraph" as const, text: next() },
    ]);
  }
  (report as Report2021).processingFee = { amount: next(), unit: next() as "元" };
  return { report, placed };
}

const available = browserAvailable();

describe.skipIf(!available)("hostile strings in every text field", () => {
  let page: Page;
  const dialogs: string[] = [];
  useBrowserPage((p) => {
    page = p;
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  });

  const { report, placed } = hostileReport();
  const cases: [string, RenderOptions][] = [
    ["whole document", {}],
    ["whole document, traditional", { locale: "zh-Hant" }],
    ["fragment in a host page", { fragment: true }],
  ];

  it.each(cases)(
    "%s: no script runs, nothing from data becomes markup, all shows as text",
    async (_n, options) => {
      const html = renderHtml(report, options);
      dialogs.length = 0;
      await page.setContent(options.fragment ? hostPage(html) : html, { waitUntil: "load" });
      await new Promise((r) => setTimeout(r, 200));
      const seen = await page.evaluate(() => {
        const all = Array.from(document.querySelectorAll("*"));
        return {
          pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
          scripts: Array.from(document.scripts).map((s) => `${s.type}#${s.id}`),
          handlers: all.flatMap((el) =>
            el
              .getAttributeNames()
              .filter((name) => name.startsWith("on"))
              .map((name) => `${el.tagName}[${name}]`),
          ),
          injected: document.querySelectorAll(
            ".zfxxgk-report img, .zfxxgk-report svg, .zfxxgk-report iframe, .zfxxgk-report a, .zfxxgk-report math, .zfxxgk-report details, base, meta[http-equiv]",
          ).length,
          text: document.body.textContent ?? "",
          title: document.title,
          json: document.querySelector("script[type='application/json']")?.textContent ?? "",
        };
      });
      expect(dialogs).toEqual([]);
      expect(seen.pwned).toBeNull();
      expect(seen.scripts).toEqual(["application/json#zfxxgk-report"]);
      expect(seen.handlers).toEqual([]);
      expect(seen.injected).toBe(0);
      expect(JSON.parse(seen.json)).toEqual(report);
      if (!options.locale) {
        for (const s of placed) expect(seen.text).toContain(s);
        if (!options.fragment) expect(seen.title).toBe(placed[1]);
      }
    },
  );
});
