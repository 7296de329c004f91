import { addUp, contentHash, EDITIONS, type Edition, emptyReport, writeCell } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";

const zero = (agency: string, edition: Edition) => {
  const r = emptyReport({ agency, year: 2024, edition });
  for (const cell of EDITIONS[edition].cells)
    writeCell(r, cell, cell.kind === "amount" || cell.kind === "money" ? "0" : 0);
  return r;
};

describe("addUp", () => {
  it.each(Object.keys(EDITIONS) as Edition[])("adds every cell of edition %s by its kind", (id) => {
    const edition = EDITIONS[id];
    const a = zero("甲", id);
    const b = zero("乙", id);
    edition.cells.forEach((cell, i) => {
      const decimal = cell.kind === "amount" || cell.kind === "money";
      writeCell(a, cell, decimal ? "0.1" : i + 1);
      writeCell(b, cell, decimal ? (cell.kind === "money" ? "2000元" : "0.2") : null);
    });
    const sum = addUp([a, b], { edition: id });
    sum.cells.forEach((s, i) => {
      if (s.cell.kind === "money") expect(s.total).toBe("0.3万元");
      else if (s.cell.kind === "amount") expect(s.total).toBe("0.3");
      else {
        expect(s.total).toBe(i + 1);
        expect(Array.from(s.blank)).toEqual([1]);
      }
      expect(Array.from(s.contributions.reports)).toEqual(
        s.cell.kind === "count" || s.cell.kind === "signed" ? [0] : [0, 1],
      );
    });
  });

  it("maps only through an exact crosswalk, and refuses the other way", () => {
    for (const id of Object.keys(EDITIONS) as Edition[]) {
      const from = EDITIONS[id].crosswalk?.from as Edition | undefined;
      if (!from) continue;
      const sum = addUp([zero("甲", from)], { edition: id });
      expect(sum.readings).toEqual(["mapped"]);
      const unmapped = sum.cells.filter((s) => s.unmapped.length).map((s) => s.cell.id);
      const mapped = Object.keys(EDITIONS[id].crosswalk?.cells ?? {});
      expect(unmapped.length + mapped.length).toBe(EDITIONS[id].cells.length);
      expect(addUp([zero("甲", id)], { edition: from }).readings).toEqual(["refused"]);
    }
  });
});

describe("contentHash", () => {
  it("is the same whatever the key order, and differs with the content", () => {
    expect(contentHash({ b: 1, a: [1, { d: 2, c: "x" }] })).toBe(
      contentHash({ a: [1, { c: "x", d: 2 }], b: 1 }),
    );
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
    expect(contentHash({ a: 1 })).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
