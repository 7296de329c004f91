import { readFileSync } from "node:fs";
import {
  amountCellSchema,
  countCellSchema,
  EDITIONS,
  parseReport,
  report2021Schema,
} from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { prng } from "../../../test/support/random-report.js";
import { tablesCheck } from "../src/model/table-check.js";
import { isAmountCell, isCountCell } from "../src/model/values.js";

// The fast path of parseReport must give zod's answers: these tests hold the compiled check, its
// portable fallback and the two cell predicates to the zod schemas, value for value.

const large = JSON.parse(
  readFileSync(new URL("../../../examples/synthetic-city-2024.json", import.meta.url), "utf8"),
);
const { cells } = EDITIONS["2021"];
const zodTables = report2021Schema.shape.tables;
const checks = {
  compiled: tablesCheck(cells),
  portable: tablesCheck(cells, { compile: false }),
};

const inherited = Object.create({ extra: 1 });
const VALUES: unknown[] = [
  ...[0, -0, 1, 7, 12345, 2 ** 53 - 1, 2 ** 53, -1, 1.5, 0.1, NaN, Infinity, -Infinity, 1e21],
  ...["0", "1", "12.5", "0.020", "01", "1.", ".5", "1e3", "1,000", " 1", "1 ", "-1", "", "０"],
  ...["—", "/", "无", "－", "-", "——", " —", "无 ", "N/A", "〇"],
  ...[null, undefined, true, false, [], {}, [1], { value: 1 }, inherited],
];

describe("the cell predicates", () => {
  it.each(VALUES.map((v) => [v]))("agree with the zod cell schemas on %o", (value) => {
    expect(isCountCell(value)).toBe(countCellSchema.safeParse(value).success);
    expect(isAmountCell(value)).toBe(amountCellSchema.safeParse(value).success);
  });
});

/** One random change to the tables: a cell value, a missing or an extra key, a wrong node. */
function mutate(tables: Record<string, unknown>, random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const cell = pick(cells);
  const keys = cell.path.slice(1);
  const depth = 1 + Math.floor(random() * keys.length);
  let holder = tables;
  for (const key of keys.slice(0, depth - 1)) {
    const next = holder[key];
    // An earlier change may have replaced this node; then there is nothing to change below it.
    if (typeof next !== "object" || next === null) return "nothing";
    holder = next as Record<string, unknown>;
  }
  const key = keys[depth - 1] as string;
  switch (pick(["value", "value", "value", "delete", "extra", "node", "proto"] as const)) {
    case "value": {
      const value = pick(VALUES);
      holder[key] = value;
      return `${keys.slice(0, depth).join(".")} = ${String(value)}`;
    }
    case "delete":
      delete holder[key];
      return `delete ${keys.slice(0, depth).join(".")}`;
    case "extra":
      holder.unexpected = 0;
      return `extra key beside ${keys.slice(0, depth).join(".")}`;
    case "node":
      holder[key] = pick([[], null, "T3", 0, Object.create({ NP: 1 })]);
      return `node ${keys.slice(0, depth).join(".")}`;
    case "proto":
      Object.defineProperty(holder, "__proto__", { value: 1, enumerable: true });
      return `own __proto__ beside ${keys.slice(0, depth).join(".")}`;
  }
}

describe.each(Object.entries(checks))("the %s tables check", (_, check) => {
  it("accepts the example's tables and returns a copy equal to zod's output", () => {
    const out = check(large.tables);
    expect(out).toEqual(zodTables.parse(large.tables));
    expect(out).not.toBe(large.tables);
  });

  it("answers like zod on 3,000 randomly broken tables", () => {
    const random = prng(2021);
    let rejected = 0;
    for (let i = 0; i < 3000; i++) {
      const tables = structuredClone(large.tables);
      const changes = [mutate(tables, random)];
      if (random() < 0.3) changes.push(mutate(tables, random));
      const zod = zodTables.safeParse(tables);
      const out = check(tables);
      if (zod.success !== (out !== undefined)) expect.fail(`differs on ${changes.join(", ")}`);
      if (zod.success) expect(out).toEqual(zod.data);
      else rejected++;
    }
    // The mutations must exercise both answers, or the comparison says little.
    expect(rejected).toBeGreaterThan(1500);
    expect(rejected).toBeLessThan(3000);
  });

  it("rejects what is not a tables object at all", () => {
    for (const value of [undefined, null, [], "tables", 0, {}, { T2: {}, T3: {}, T4: {} }])
      expect(check(value)).toBeUndefined();
  });
});

describe("parseReport's fast path", () => {
  it("returns what the whole zod schema returns", () => {
    const result = parseReport(large);
    expect(result.ok).toBe(true);
    expect(result.report).toEqual(report2021Schema.parse(large));
  });

  it("falls back to the zod schema for located errors when the rest of the report is wrong", () => {
    const result = parseReport({ ...large, meta: { ...large.meta, year: 1999 } });
    expect(result.diagnostics.map((d) => d.path)).toEqual(["/meta/year"]);
  });
});
