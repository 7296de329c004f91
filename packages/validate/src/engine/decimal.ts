import Big from "big.js";

/** Half a unit of the last decimal place the publisher wrote: "0.02" → 0.005, "3" → 0.5. */
export function tolerance(decimal: string): Big {
  const dot = decimal.indexOf(".");
  const places = dot < 0 ? 0 : decimal.length - dot - 1;
  return new Big(`0.${"0".repeat(places)}5`);
}

/** An amount in 元 or 万元 as an exact number of 万元. */
export function toWan(amount: string, unit: "元" | "万元"): Big {
  const value = new Big(amount);
  return unit === "元" ? value.div(10000) : value;
}

export { Big };
