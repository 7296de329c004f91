import type { Identity } from "../../grid/identities.js";
import { applicationIdentities, reviewIdentities } from "../../grid/identities.js";
import { table3_2021, table4_2021 } from "./grid.js";

/** Every accounting identity of the 2021 tables: 三 (T3-01…03) and 四 (T4-01…03). */
export const identities2021: readonly Identity[] = [
  ...applicationIdentities(table3_2021),
  ...reviewIdentities(table4_2021),
];
