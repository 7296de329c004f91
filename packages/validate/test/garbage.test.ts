import { validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { set } from "./support/cells.js";
import { clone, goodReport } from "./support/reports.js";

const hostile: [string, unknown][] = [
  ["not JSON", "{ edition: 2021"],
  ["empty text", ""],
  ["a huge string", "x".repeat(5_000_000)],
  ["a huge JSON string", JSON.stringify("报".repeat(1_000_000))],
  ["null", null],
  ["undefined", undefined],
  ["a number", 42],
  ["an array", [1, 2, 3]],
  ["an empty object", {}],
  ["an unknown edition", { edition: "1999" }],
  ["wrong shapes", { edition: "2021", meta: [], sections: "x", tables: { T3: 5 } }],
  ["a function", () => 1],
  ["a symbol", Symbol("x")],
  ["a bigint", 10n],
];

describe("garbage input", () => {
  it.each(hostile)("%s returns findings, never throws", (_, input) => {
    const result = validate(input);
    expect(result.report).toBeUndefined();
    expect(result.errorCount).toBeGreaterThan(0);
    for (const d of result.diagnostics) {
      expect(typeof d.code).toBe("string");
      expect(typeof d.path).toBe("string");
    }
  });

  it("a report whose getters throw returns a finding", () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    expect(() => validate(trap)).not.toThrow();
    expect(validate(trap).errorCount).toBeGreaterThan(0);
  });

  it("a huge narrative and hostile previous/constituents do not break the rules", () => {
    const r = clone(goodReport());
    r.sections.overview.push({ type: "paragraph", text: "收到申请1件，".repeat(20000) });
    const result = validate(r, { previous: 5, constituents: [null, "{"] });
    expect(result.report).toBeDefined();
    expect(result.diagnostics.filter((d) => d.code === "input/companion-invalid")).toHaveLength(3);
  });

  it("a cell with a unit or a huge string is a located schema error", () => {
    const r = clone(goodReport()) as Parameters<typeof set>[0];
    set(r, "T3.R1.NP", "12件");
    set(r, "T2.fees", "9".repeat(100000));
    const result = validate(r);
    expect(result.diagnostics.map((d) => d.cells[0])).toEqual(expect.arrayContaining(["T3.R1.NP"]));
  });
});
