import { describe, expect, it } from "vitest";
import { prng } from "../../../test/support/random-report.js";
import { Big, exceedsBeyondTolerance, tolerance, toWan } from "../src/engine/decimal.js";

const exact = (amount: string, unit: "元" | "万元", decimal: string) =>
  toWan(amount, unit).minus(new Big(decimal)).gt(tolerance(decimal));

describe("exceedsBeyondTolerance", () => {
  it("decides exactly at the tolerance", () => {
    expect(exceedsBeyondTolerance("25.15", "万元", "25.1")).toBe(false);
    expect(exceedsBeyondTolerance("25.1500001", "万元", "25.1")).toBe(true);
    expect(exceedsBeyondTolerance("251500", "元", "25.1")).toBe(false);
    expect(exceedsBeyondTolerance("251500.01", "元", "25.1")).toBe(true);
    expect(exceedsBeyondTolerance("0.3", "万元", "0.1")).toBe(true);
    expect(exceedsBeyondTolerance("123456789012.345", "万元", "123456789012.34")).toBe(false);
  });

  it("agrees with exact decimals on 20,000 amounts, many of them at the boundary", () => {
    const random = prng(7);
    const decimal = (places: number, max: number) =>
      (random() * max).toFixed(places).replace(/^(\d+)\.?$/, "$1");
    for (let i = 0; i < 20_000; i++) {
      const places = Math.floor(random() * 5);
      const table = decimal(places, 10 ** Math.floor(random() * 9));
      const unit = random() < 0.5 ? "元" : "万元";
      let amount: string;
      if (random() < 0.5) {
        // On, just inside or just beyond the tolerance.
        const edge = new Big(table).plus(tolerance(table));
        const nudge = new Big(`1e-${places + 1 + Math.floor(random() * 6)}`);
        const wan = [edge, edge.plus(nudge), edge.minus(nudge)][Math.floor(random() * 3)] as Big;
        amount = (unit === "元" ? wan.times(10000) : wan).toFixed();
      } else amount = decimal(Math.floor(random() * 5), 10 ** Math.floor(random() * 12));
      if (exceedsBeyondTolerance(amount, unit, table) !== exact(amount, unit, table))
        expect.fail(`${amount} ${unit} against ${table}`);
    }
  });
});
