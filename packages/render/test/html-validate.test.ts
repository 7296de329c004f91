import { renderHtml } from "@zfxxgk/render";
import { type ConfigData, HtmlValidate, type Message } from "html-validate";
import { describe, expect, it } from "vitest";
import { numbersReport, sampleReports } from "./support/reports.js";

/**
 * html-validate:recommended, with only the rules that conflict with the official layout turned
 * off (each with its reason). Everything else, including the WCAG rules, stays on.
 */
const VALIDATOR_CONFIG: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    // The official title is "{机关}{年度}年政府信息公开工作年度报告": agency names alone often pass 70 characters.
    "long-title": "off",
    // Not turned off, configured: the toolkit writes the HTML5 doctype in lower case.
    "doctype-style": ["error", { style: "lowercase" }],
  },
};

const validator = new HtmlValidate(VALIDATOR_CONFIG);

const errors = async (html: string) => {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) =>
    r.messages
      .filter((m: Message) => m.severity === 2)
      .map((m: Message) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`),
  );
};

describe("html-validate (recommended preset) on the whole document", () => {
  it.each(sampleReports().map((s) => [s.name, s.report] as const))(
    "%s: no errors",
    async (_n, report) => {
      expect(await errors(renderHtml(report))).toEqual([]);
    },
  );

  it("traditional Chinese: no errors", async () => {
    expect(await errors(renderHtml(numbersReport(), { locale: "zh-Hant" }))).toEqual([]);
  });

  it("the validator is awake: a broken document reports errors", async () => {
    const broken = renderHtml(numbersReport()).replace("</thead>", "").replace(' scope="col"', "");
    expect((await errors(broken)).length).toBeGreaterThan(0);
  });
});
