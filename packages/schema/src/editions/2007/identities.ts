import type { Identity } from "../../grid/identities.js";

const S = (...keys: string[]) => keys.map((k) => `S.${k}`);

/**
 * The sums of the statistics table (rules.md §4): a parent row equals its exhaustive breakdown.
 * The channel rows of 主动公开 and 回应 are not sums (each item counts once, S-09/S-10): rules.
 */
export const identities2007: readonly Identity[] = [
  { rule: "S-01", left: S("3.1"), right: S("3.1.1", "3.1.2", "3.1.3", "3.1.4") },
  { rule: "S-02", left: S("3.2"), right: S("3.2.1", "3.2.2") },
  {
    rule: "S-03",
    left: S("3.3"),
    right: S("3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7", "3.3.8"),
  },
  {
    rule: "S-04",
    left: S("3.3.4"),
    right: S("3.3.4.a", "3.3.4.b", "3.3.4.c", "3.3.4.d", "3.3.4.e", "3.3.4.f"),
  },
  { rule: "S-07", left: S("4"), right: S("4.1", "4.2", "4.3"), params: { group: "行政复议" } },
  { rule: "S-07", left: S("5"), right: S("5.1", "5.2", "5.3"), params: { group: "行政诉讼" } },
  { rule: "S-08", left: S("8.3"), right: S("8.3.1", "8.3.2") },
];
