import { EDITIONS, type Edition } from "@zfxxgk/schema";
import { editionsOfRule, type Rule, ruleSetOf, rules, validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { fixtures, passOptions } from "./support/fixtures.js";
import { clone, goodReportOf } from "./support/reports.js";

const editions = Object.keys(EDITIONS) as Edition[];
/** A year each edition was issued for, so the good report of that edition is on time and in format. */
const yearOf = (edition: Edition) => EDITIONS[edition].years.to ?? 2024;

describe("rule units", () => {
  it("have unique ids, both languages and a source", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.title["zh-Hans"]).toMatch(/\p{Script=Han}/u);
      expect(r.title.en).toMatch(/[a-z]/);
      expect(r.description["zh-Hans"].length).toBeGreaterThan(10);
      expect(r.source.length).toBeGreaterThan(5);
    }
  });

  const shared = [
    ...[1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14].map((n) => `T3-${String(n).padStart(2, "0")}`),
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `T4-${String(n).padStart(2, "0")}`),
    ...["X-01", "X-02", "X-03", "X-04", "X-05", "X-06", "X-08", "X-10", "R-01"],
  ];
  it("cover every machine-checkable rule of rules.md for the 2021 format", () => {
    const expected = [...shared, ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `T2-0${n}`), "T2b-07"];
    expect(
      ruleSetOf("2021")
        .map((r) => r.id)
        .sort(),
    ).toEqual(expected.sort());
  });

  it("cover every machine-checkable rule of rules.md for the 2019 format", () => {
    const expected = [...shared, ...[1, 2, 3, 4, 5, 6].map((n) => `T2b-0${n}`)];
    expect(
      ruleSetOf("2019")
        .map((r) => r.id)
        .sort(),
    ).toEqual(expected.sort());
  });

  it("each have a failing fixture", () => {
    expect(Object.keys(fixtures).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it("name the editions that run them", () => {
    const sectioned = editions.filter((e) => EDITIONS[e].grid.sections.length);
    expect(editionsOfRule("T3-01")).toEqual(sectioned);
    expect(editionsOfRule("S-09")).toEqual(editions.filter((e) => !sectioned.includes(e)));
    expect(editionsOfRule("T2b-02")).toEqual(["2019"]);
    expect(editionsOfRule("T2-05")).toEqual(["2021"]);
  });

  describe.each(editions)("edition %s", (edition) => {
    const good = () => goodReportOf(edition, yearOf(edition));
    describe.each(ruleSetOf(edition).map((r): [string, Rule] => [r.id, r]))("%s", (id, rule) => {
      const fixture = fixtures[id];
      if (!fixture) throw new Error(`no fixture for ${id}`);

      it("passes on the good report", () => {
        const report = good();
        const result = validate(report, passOptions(report));
        expect(result.edition).toBe(edition);
        expect(result.diagnostics.filter((d) => d.code === id)).toEqual([]);
      });

      it("fails on its fixture, naming the cells it reads", () => {
        const report = clone(good());
        fixture.fail(report as Parameters<typeof fixture.fail>[0]);
        const result = validate(
          report,
          fixture.options?.(report as Parameters<typeof fixture.fail>[0]) ?? {},
        );
        const own = result.diagnostics.filter((d) => d.code === id);
        expect(own.length).toBeGreaterThan(0);
        for (const d of own) {
          for (const c of d.cells) expect(rule.cells).toContain(c);
          expect(d.path).toMatch(/^\//);
        }
      });
    });
  });
});
