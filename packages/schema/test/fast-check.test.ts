import { readFileSync } from "node:fs";
import { parseReport, report2021Schema } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { prng } from "../../../test/support/random-report.js";
import { fastCheck, INVALID } from "../src/model/fast-check.js";

// parseReport answers valid reports from the schema compiled to plain code. These tests hold the
// compiled check and its portable fallback (no code generation) to zod, answer for answer and
// output for output.

const large = JSON.parse(
  readFileSync(new URL("../../../examples/synthetic-city-2024.json", import.meta.url), "utf8"),
);
const checks = {
  compiled: fastCheck(report2021Schema),
  portable: fastCheck(report2021Schema, { compile: false }),
};

const inherited = Object.create({ extra: 1 });
const VALUES: unknown[] = [
  ...[0, -0, 1, 7, 2008, 2100, 2101, 12345, 2 ** 53 - 1, 2 ** 53, -1, 1.5, NaN, Infinity, 1e21],
  ...["0", "1", "12.5", "0.020", "01", "1.", ".5", "1e3", "1,000", " 1", "-1", "", " ", "０"],
  ...["—", "/", "无", "－", "-", "——", " —", "N/A", "元", "万元", "heading", "paragraph", "2021"],
  ...["2024-02-29", "2023-02-29", "2024-13-01", "2024-1-1", "110000", "012345", "  某局  "],
  ...["91110000100000000H", "91110000100000000X", "123456", "某市人民政府", "<b>x</b>"],
  ...[null, undefined, true, false, [], {}, [1], { value: 1 }, inherited],
  ...[[{ type: "paragraph", text: "一段" }], [{ type: "html", text: "x" }], { type: "heading" }],
];

/** Every place in a report where a value can be changed, as property paths. */
function places(node: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (typeof node !== "object" || node === null) return out;
  for (const [key, value] of Object.entries(node)) {
    out.push([...path, key]);
    places(value, [...path, key], out);
  }
  return out;
}

/** One random change: a value, a missing or an extra key, an optional part added or dropped. */
function mutate(report: Record<string, unknown>, random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const path = pick(places(report));
  let holder = report;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
  const key = path.at(-1) as string;
  const where = path.join(".");
  switch (pick(["value", "value", "value", "delete", "extra", "proto", "optional"] as const)) {
    case "value":
      holder[key] = pick(VALUES);
      return `${where} = ${String(holder[key])}`;
    case "delete":
      delete holder[key];
      return `delete ${where}`;
    case "extra":
      holder.unexpected = 0;
      return `extra key beside ${where}`;
    case "proto":
      Object.defineProperty(holder, "__proto__", { value: 1, enumerable: true });
      return `own __proto__ beside ${where}`;
    case "optional": {
      const meta = report.meta as Record<string, unknown>;
      const [field, value] = pick([
        ["creditCode", pick(["91110000100000000H", "91110000100000000X"])],
        ["divisionCode", pick(["110000", "990000"])],
        ["publishedOn", pick(["2025-01-20", "2025-02-30"])],
        ["period", { start: "2024-01-01", end: pick(["2024-12-31", "2024-12-32"]) }],
        ["contact", pick([{ unit: "办公室", postcode: "100000" }, { postcode: "1000" }])],
        ["title", pick(["", "标题"])],
      ] as const);
      meta[field] = value;
      return `meta.${field} = ${JSON.stringify(value)}`;
    }
  }
}

describe.each(Object.entries(checks))("the %s check", (_, check) => {
  it("accepts the large example and returns a copy equal to zod's output", () => {
    const out = check(large);
    expect(out).toEqual(report2021Schema.parse(large));
    expect(out).not.toBe(large);
  });

  it("answers like zod on 3,000 randomly changed reports", () => {
    const random = prng(2021);
    let rejected = 0;
    for (let i = 0; i < 3000; i++) {
      const report = structuredClone(large);
      const changes = [mutate(report, random)];
      if (random() < 0.3) {
        try {
          changes.push(mutate(report, random));
        } catch {
          // The first change replaced a node the second one would walk through.
        }
      }
      const zod = report2021Schema.safeParse(report);
      const out = check(report);
      if (zod.success !== (out !== INVALID)) expect.fail(`differs on ${changes.join(", ")}`);
      if (zod.success) expect(out).toEqual(zod.data);
      else rejected++;
    }
    // The changes must exercise both answers, or the comparison says little.
    expect(rejected).toBeGreaterThan(1000);
    expect(rejected).toBeLessThan(2900);
  });

  it("rejects what is not a report at all", () => {
    for (const value of [undefined, null, [], "report", 0, {}, { edition: "2021" }])
      expect(check(value)).toBe(INVALID);
  });
});

describe("fastCheck on schema kinds it does not know", () => {
  it("hands them to zod, so the answer is still zod's", () => {
    const schema = z.strictObject({
      n: z.number().multipleOf(5),
      s: z.string().transform((s) => s.length),
      d: z.date(),
    });
    for (const check of [fastCheck(schema), fastCheck(schema, { compile: false })]) {
      const date = new Date(0);
      expect(check({ n: 10, s: "abc", d: date })).toEqual({ n: 10, s: 3, d: date });
      expect(check({ n: 7, s: "abc", d: date })).toBe(INVALID);
      expect(check({ n: 10, s: 3, d: date })).toBe(INVALID);
    }
  });
});

describe("parseReport's fast path", () => {
  it("returns what the zod schema returns", () => {
    const result = parseReport(large);
    expect(result.ok).toBe(true);
    expect(result.report).toEqual(report2021Schema.parse(large));
  });

  it("leaves the located errors to zod", () => {
    const result = parseReport({ ...large, meta: { ...large.meta, year: 1999 } });
    expect(result.diagnostics.map((d) => d.path)).toEqual(["/meta/year"]);
  });
});
