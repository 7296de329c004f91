import { type Rule, rules, validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { fixtures, passOptions } from "./support/fixtures.js";
import { clone, goodReport } from "./support/reports.js";

describe("rule units", () => {
  it("have unique ids, both languages and a source", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.title["zh-CN"]).toMatch(/\p{Script=Han}/u);
      expect(r.title.en).toMatch(/[a-z]/);
      expect(r.description["zh-CN"].length).toBeGreaterThan(10);
      expect(r.source.length).toBeGreaterThan(5);
    }
  });

  it("cover every machine-checkable rule of rules.md for the 2021 format", () => {
    const expected = [
      ...[1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14].map((n) => `T3-${String(n).padStart(2, "0")}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `T4-${String(n).padStart(2, "0")}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `T2-0${n}`),
      ...["X-01", "X-02", "X-03", "X-04", "X-05", "X-06", "X-08", "X-10"],
    ];
    expect(rules.map((r) => r.id).sort()).toEqual(expected.sort());
  });

  it("each have a failing fixture", () => {
    expect(Object.keys(fixtures).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  describe.each(rules.map((r): [string, Rule] => [r.id, r]))("%s", (id) => {
    const fixture = fixtures[id];
    if (!fixture) throw new Error(`no fixture for ${id}`);

    it("passes on the good report", () => {
      const result = validate(goodReport(), passOptions());
      expect(result.diagnostics.filter((d) => d.code === id)).toEqual([]);
    });

    it("fails on its fixture, naming the cells it reads", () => {
      const report = clone(goodReport());
      fixture.fail(report);
      const result = validate(report, fixture.options?.(report) ?? {});
      const own = result.diagnostics.filter((d) => d.code === id);
      expect(own.length).toBeGreaterThan(0);
      const rule = rules.find((r) => r.id === id);
      for (const d of own) {
        for (const c of d.cells) expect(rule?.cells).toContain(c);
        expect(d.path).toMatch(/^\//);
      }
    });
  });
});
