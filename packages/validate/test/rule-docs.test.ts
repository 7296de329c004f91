import { readdirSync, readFileSync } from "node:fs";
import { EDITIONS } from "@zfxxgk/schema";
import { exampleReport, type RuleExample, rules, validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";

/**
 * The rule pages stand alone and their examples run. A page's examples are fenced blocks
 * ```` ```json rule-example ```` holding a `RuleExample` (`{ edition, cells, set, previous, fires }`):
 * the report `exampleReport` builds from it, on which the page's rule must (`fires: true`) or must not fire.
 * Generic over editions and rules: a new edition's pages only need the same blocks.
 */
const dir = new URL("../docs/rules/", import.meta.url);
const pages = readdirSync(dir)
  .filter((f) => f.endsWith(".md") && f !== "README.md")
  .map((f) => ({ rule: f.slice(0, -3), text: readFileSync(new URL(f, dir), "utf8") }));

const examplesOf = (text: string): RuleExample[] =>
  [...text.matchAll(/```json rule-example\n([\s\S]*?)\n```/g)].map((m) =>
    JSON.parse(m[1] as string),
  );

describe("rule pages", () => {
  it("there is one per rule", () =>
    expect(pages.map((p) => p.rule).sort()).toEqual(rules.map((r) => r.id).sort()));

  it.each(pages)("$rule cites no file a package user cannot open", ({ text }) => {
    expect(text).not.toMatch(/\b(rules|format|practice)\.md\b/);
  });

  it.each(pages)("$rule names its official source document", ({ text }) => {
    // a notice (国办公开办函〔2021〕30号) or, for 2008–2018 reports, the regulation (国务院令第492号)
    expect(text).toMatch(/## Official source\n\n- .+《.+》（.+(〔\d{4}〕\d+号|令第\d+号)）/);
  });

  it.each(pages)(
    "$rule names the documents it cites with a public copy, or says there is none",
    ({ text }) => {
      const cited = text.split("Documents cited, with a public copy:\n\n")[1]?.split("\n\n")[0];
      expect(cited).toBeDefined();
      const lines = cited?.split("\n") ?? [];
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines)
        expect(line).toMatch(
          /^- .+ 《.+》: (<https?:\/\/\S+> \(.+\)|no public copy known to this toolkit)$/,
        );
    },
  );

  it.each(pages)("$rule says what it checks and why it holds", ({ text }) => {
    expect(text).toMatch(/## Why it holds\n\n\S.{40,}/);
    expect(text).toMatch(/\p{Script=Han}{6,}/u);
  });

  it.each(pages)("$rule has a passing and a failing example", ({ text }) => {
    const examples = examplesOf(text);
    expect(examples.some((e) => e.fires)).toBe(true);
    expect(examples.some((e) => !e.fires)).toBe(true);
  });

  const identityRules = new Set(
    Object.values(EDITIONS).flatMap((e) => e.identities.map((i) => i.rule)),
  );
  it.each(pages.filter((p) => identityRules.has(p.rule)))(
    "$rule (an identity) shows it in symbols with a passing and a failing example",
    ({ text }) => {
      const examples = examplesOf(text);
      expect(examples.some((e) => e.fires)).toBe(true);
      expect(examples.some((e) => !e.fires)).toBe(true);
    },
  );

  const runs = pages.flatMap(({ rule, text }) =>
    examplesOf(text).map((example, i) => ({ name: `${rule} #${i + 1}`, rule, example })),
  );
  it.each(runs)("$name: the rule fires exactly when the page says", ({ rule, example }) => {
    const { report, options } = exampleReport(example);
    const codes = validate(report, options).diagnostics.map((d) => d.code);
    if (example.fires) expect(codes).toContain(rule);
    else expect(codes).not.toContain(rule);
  });
});
