import { EDITIONS, editionIds, emptyReport } from "@zfxxgk/schema";
import { extractClaims, validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { Lexicon, Occurrences } from "../src/narrative/lexicon.js";

describe("the narrative lexicon", () => {
  it("holds any number of word groups (a new edition's words are not capped at 31)", () => {
    const words = new Lexicon();
    // 70 groups: three 32-bit words per set; one word per group, some shared between groups.
    const groups = Array.from({ length: 70 }, (_, g) =>
      words.group([`词${g}号`, g % 10 === 0 ? "共" : `另${g}`]),
    );
    expect(new Set(groups).size).toBe(70);
    const text = "共有词69号与词33号，另5";
    const found = new Occurrences();
    expect(words.scan(text, found)).toBe(true);
    const all = found.within(0, text.length, words.set());
    for (const g of [0, 10, 60, 69, 33, 5])
      expect(all.has(groups[g] as number), `group ${g}`).toBe(true);
    for (const g of [1, 32, 34, 68]) expect(all.has(groups[g] as number), `group ${g}`).toBe(false);
    const tail = found.within(text.indexOf("词33"), text.length, words.set());
    expect(tail.has(groups[33] as number)).toBe(true);
    expect(tail.has(groups[69] as number)).toBe(false);
  });

  it("gives one group to the same list of words", () => {
    const words = new Lexicon();
    expect(words.group(["维持", "驳回"])).toBe(words.group(["维持", "驳回"]));
    expect(words.group(["维持"])).not.toBe(words.group(["维持", "驳回"]));
  });

  it("reads the words that name cells from the edition registry, and every cell they name exists", () => {
    const withWords = editionIds.filter((id) => EDITIONS[id].vocabulary.claims);
    expect(withWords.length).toBeGreaterThan(0);
    for (const id of withWords) {
      const { claims } = EDITIONS[id].vocabulary;
      const named = [
        ...(claims?.topics.flat() ?? []).flatMap((t) => [
          ...t.categories.flatMap((c) => c.cells),
          ...(t.total?.cells ?? []),
          ...(t.total?.upheld?.cells ?? []),
        ]),
        ...(claims?.nil ?? []).flatMap((n) => n.cells),
      ];
      for (const cell of named)
        expect(EDITIONS[id].cellIndex.has(cell), `${id} ${cell}`).toBe(true);
    }
  });
});

describe("其他处理 in each format", () => {
  const text = "办结的申请中，其他处理3件。";
  it.each([
    ["2021", ["T3.O1.TOT", "T3.O2.TOT", "T3.O3.TOT"]],
    ["2019", ["T3.O.TOT"]],
  ])("%s: the figure names the format's own rows of 其他处理", (edition, cells) => {
    const report = emptyReport({
      agency: "某局",
      year: edition === "2019" ? 2020 : 2024,
      edition: edition as "2019" | "2021",
    });
    report.sections.overview = [{ type: "paragraph", text }];
    const claims = extractClaims(report);
    expect(claims.map((c) => [c.rule, c.cells, c.value])).toEqual([["T3-10", cells, 3]]);
    // Filled in with 0, the figure 3 is reported against them (it never was: a cell of the other format was summed).
    const tables = report.tables as Record<string, unknown>;
    tables.T3 = JSON.parse(JSON.stringify(tables.T3).replaceAll("null", "0"));
    const found = validate(report).diagnostics.filter((d) => d.code === "T3-10");
    expect(found.map((d) => [d.cells, d.actual, d.expected])).toEqual([[cells, 3, 0]]);
  });
});
