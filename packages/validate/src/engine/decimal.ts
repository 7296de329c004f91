import Big from "big.js";

const placesOf = (decimal: string) => {
  const dot = decimal.indexOf(".");
  return dot < 0 ? 0 : decimal.length - dot - 1;
};

/** Half a unit of the last decimal place the publisher wrote: "0.02" → 0.005, "3" → 0.5. */
export function tolerance(decimal: string): Big {
  return new Big(`0.${"0".repeat(placesOf(decimal))}5`);
}

/**
 * Whether `amount` (in 元 or 万元) exceeds `decimal` (万元) by more than its tolerance. Floats
 * settle every case but a hair's breadth around the tolerance; there, exact decimals decide.
 */
export function exceedsBeyondTolerance(
  amount: string,
  unit: "元" | "万元",
  decimal: string,
): boolean {
  const a = Number(amount) / (unit === "元" ? 10000 : 1);
  const b = Number(decimal);
  const margin = 1e-9 * (Math.abs(a) + Math.abs(b) + 1);
  const gap = a - b - 0.5 * 10 ** -placesOf(decimal);
  if (gap < -margin) return false;
  if (gap > margin) return true;
  return toWan(amount, unit).minus(new Big(decimal)).gt(tolerance(decimal));
}

/** An amount in 元 or 万元 as an exact number of 万元. */
export function toWan(amount: string, unit: "元" | "万元"): Big {
  const value = new Big(amount);
  return unit === "元" ? value.div(10000) : value;
}

export { Big };
