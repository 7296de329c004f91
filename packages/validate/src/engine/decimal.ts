import Big from "big.js";

/** Half a unit of the last decimal place the publisher wrote: "0.02" → 0.005, "3" → 0.5. */
export function tolerance(decimal: string): Big {
  const places = decimal.split(".")[1]?.length ?? 0;
  return new Big(5).div(new Big(10).pow(places + 1));
}

/** An amount in 元 or 万元 as an exact number of 万元. */
export function toWan(amount: string, unit: "元" | "万元"): Big {
  const value = new Big(amount);
  return unit === "元" ? value.div(10000) : value;
}

export { Big };
