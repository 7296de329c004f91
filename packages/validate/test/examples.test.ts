import { editionOf, type SectionedReport as Report } from "@zfxxgk/schema";
import { messageOf, validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { loadExamples, seedExamples } from "../../../test/support/examples.js";
import { bump, get, set } from "./support/cells.js";

const examples = loadExamples();
const named = (name: string) => {
  const e = examples.find((x) => x.name === name);
  if (!e) throw new Error(`examples/${name}.json is missing`);
  return structuredClone(e.json) as Report;
};

describe("the seed examples", () => {
  const seeds = seedExamples();
  /** Seed 003 (2018, a 2008–2018 report) breaks its own statistics table as published. */
  const asPublished = seeds.filter((s) => s.seed !== "003");
  it("are the five transcribed seeds", () => {
    expect(seeds.map((s) => s.seed)).toEqual(["000", "001", "002", "003", "004"]);
  });
  it.each(asPublished.map((s) => [s.name, s.json] as const))(
    "%s raises no error-level finding, and no warning either (its narrative agrees with its tables)",
    (_, json) => {
      const result = validate(json);
      expect(result.report).toBeDefined();
      expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    },
  );
  it("seed-003-xishan-2018: each figure that does not hold is the finding of the rule it breaks, naming both rows", () => {
    const seed = seeds.find((s) => s.seed === "003");
    const result = validate(seed?.json);
    expect(result.report?.edition).toBe("2007");
    const found = result.diagnostics.map((d) => [
      d.code,
      d.severity,
      d.cells,
      d.actual,
      d.expected,
    ]);
    // 主动公开政府信息数 28 is below the 140 items of 其他方式 (an item counts once, so never below
    // a channel); 主动公开规范性文件数 20 is more than the 8 issued (a note: units and years differ).
    expect(found).toEqual([
      ["S-09", "error", ["S.1.1", "S.1.2.5"], 28, 140],
      ["S-12", "info", ["S.1.1.a", "S.1.1.b"], 20, 8],
    ]);
    const text = result.diagnostics.map((d) => messageOf(d)).join("\n");
    for (const row of [
      "（一）主动公开政府信息数",
      "5.其他方式公开政府信息数",
      "其中：主动公开规范性文件数",
      "制发规范性文件总数",
    ])
      expect(text).toContain(row);
  });
});

describe("the large example (synthetic-city-2024)", () => {
  const cells = editionOf("2021").cells;
  const base = () => named("synthetic-city-2024");

  it("raises no error or warning", () => {
    const result = validate(base());
    expect(result.errorCount + result.warningCount).toBe(0);
  });

  it("every table 三 and 四 cell changed by one raises an error-level rule finding naming it", () => {
    const missed: string[] = [];
    for (const cell of cells.filter((c) => c.table.id !== "T2")) {
      const report = base();
      bump(report, cell.id);
      const hits = validate(report).diagnostics.filter(
        (d) => d.severity === "error" && !d.code.startsWith("schema/") && d.cells.includes(cell.id),
      );
      if (hits.length === 0) missed.push(cell.id);
    }
    expect(missed).toEqual([]);
  });

  it("every cell set to an impossible value raises an error naming it", () => {
    for (const cell of cells) {
      const report = base();
      set(report, cell.id, -1);
      const errors = validate(report).diagnostics.filter((d) => d.severity === "error");
      expect(
        errors.flatMap((d) => d.cells),
        cell.id,
      ).toContain(cell.id);
    }
  });

  it("table 二 stock cells changed by one raise T2-03 with last year's report", () => {
    const previous = named("synthetic-city-2023");
    for (const id of [
      "T2.regulations.inForce",
      "T2.normativeDocs.issued",
      "T2.normativeDocs.repealed",
    ]) {
      const report = base();
      bump(report, id);
      const found = validate(report, { previous }).diagnostics.filter((d) => d.code === "T2-03");
      expect(
        found.flatMap((d) => d.cells),
        id,
      ).toContain(id);
    }
  });
});

describe("cross-year with synthetic-city-2023 as last year", () => {
  const previous = named("synthetic-city-2023");
  it("agrees: no error or warning", () => {
    const result = validate(named("synthetic-city-2024"), { previous });
    expect(result.errorCount + result.warningCount).toBe(0);
  });
  it("a different carry-over last year raises T3-06, as an error on the total column", () => {
    const changed = named("synthetic-city-2023");
    bump(changed, "T3.R4.NP");
    bump(changed, "T3.R4.TOT");
    bump(changed, "T3.T.NP", -1);
    bump(changed, "T3.T.TOT", -1);
    bump(changed, "T3.A.NP", -1);
    bump(changed, "T3.A.TOT", -1);
    expect(validate(changed).errorCount).toBe(0);
    const found = validate(named("synthetic-city-2024"), { previous: changed }).diagnostics;
    expect(found.filter((d) => d.code === "T3-06").map((d) => [d.cells[0], d.severity])).toEqual([
      ["T3.R2.NP", "warning"],
      ["T3.R2.TOT", "error"],
    ]);
  });
  it("last year's report copied as this year's raises X-06 (内容雷同)", () => {
    const copy = { ...named("synthetic-city-2024"), sections: previous.sections };
    expect(validate(copy, { previous }).diagnostics.map((d) => d.code)).toContain("X-06");
  });
});

describe("across editions: synthetic-city-2021 with synthetic-city-2020 (2019 format) as last year", () => {
  const previous = named("synthetic-city-2020");
  const report = named("synthetic-city-2021");
  const COLUMNS = ["NP", "CE", "RI", "SW", "LS", "OT", "TOT"];
  /** The 2021 decision counts and the 2019 cells they continue (the crosswalk's table 二 part). */
  const DECISIONS = Object.entries(editionOf("2021").crosswalk?.cells ?? {}).filter(([id]) =>
    id.startsWith("T2."),
  );
  const t2b07 = (last: Report) => {
    const found = validate(report, { previous: last }).diagnostics.filter(
      (d) => d.code === "T2b-07",
    );
    expect(found).toHaveLength(1);
    return String(found[0]?.params?.pairs);
  };

  it("the two years are in different editions", () => {
    expect([previous.edition, report.edition]).toEqual(["2019", "2021"]);
    expect(DECISIONS.map(([id]) => id).sort()).toEqual([
      "T2.coercion",
      "T2.licensing",
      "T2.penalties",
    ]);
  });

  it("agrees: no error or warning, T3-06 holds, one note on what cannot map", () => {
    const result = validate(report, { previous });
    expect(result.errorCount + result.warningCount).toBe(0);
    expect(result.diagnostics.filter((d) => d.code === "T3-06")).toEqual([]);
    expect(result.diagnostics.filter((d) => d.code === "input/previous-edition")).toHaveLength(1);
  });

  it("T2b-07 sets each 2021 decision count beside the 2020 count it continues", () => {
    const pairs = t2b07(previous);
    for (const [id, [from]] of DECISIONS as [string, string[]][]) {
      expect(pairs, id).toContain(`上年 ${get(previous, from as string)}、本年 ${get(report, id)}`);
    }
  });

  it("a 2020 decision count changed by one shows in T2b-07", () => {
    for (const [id, [from]] of DECISIONS as [string, string[]][]) {
      const changed = named("synthetic-city-2020");
      bump(changed, from as string);
      const pairs = t2b07(changed);
      expect(pairs, id).toContain(`上年 ${(get(previous, from as string) as number) + 1}、`);
      expect(pairs, id).not.toContain(`上年 ${get(previous, from as string)}、`);
    }
  });

  it("every 2020 carry-over cell changed by one raises T3-06 on the 2021 cell it feeds", () => {
    for (const col of COLUMNS) {
      const changed = named("synthetic-city-2020");
      bump(changed, `T3.R4.${col}`);
      const found = validate(report, { previous: changed }).diagnostics.filter(
        (d) => d.code === "T3-06",
      );
      expect(
        found.map((d) => d.cells[0]),
        col,
      ).toEqual([`T3.R2.${col}`]);
    }
  });

  it("every 2021 carried-in cell changed by one raises T3-06 naming it", () => {
    for (const col of COLUMNS) {
      const changed = named("synthetic-city-2021");
      bump(changed, `T3.R2.${col}`);
      const found = validate(changed, { previous }).diagnostics.filter((d) => d.code === "T3-06");
      expect(
        found.flatMap((d) => d.cells),
        col,
      ).toContain(`T3.R2.${col}`);
    }
  });
});
