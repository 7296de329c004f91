import { applicationIdentities, type Identity, reviewIdentities } from "../../grid/identities.js";
import { table3_2019, table4_2019 } from "./grid.js";

/**
 * The identities of the 2019 tables: 三 and 四 as in 2021 (with 19 leaf result rows in T3-03).
 * Table 二 of 2019 has no total; its checks (T2b-…) are inequalities, written as rules.
 */
export const identities2019: readonly Identity[] = [
  ...applicationIdentities(table3_2019),
  ...reviewIdentities(table4_2019),
];
