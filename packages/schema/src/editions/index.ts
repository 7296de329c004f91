import { z } from "zod";
import { editionCells } from "../grid/cells.js";
import type { EditionGrid } from "../grid/types.js";
import { fastCheckOnFirstUse } from "../model/fast-check.js";
import { grid2021 } from "./2021/grid.js";
import { type Report2021, report2021Schema } from "./2021/model.js";
import { sums2021 } from "./2021/sums.js";

/** Every report, discriminated by its format edition. 2019 and the pre-2019 统计表 join here. */
export const reportSchema = z.discriminatedUnion("edition", [report2021Schema]);
export type Report = Report2021;
export type Edition = Report["edition"];

export const EDITIONS = {
  "2021": {
    grid: grid2021 as EditionGrid,
    schema: report2021Schema,
    cells: editionCells(grid2021),
    /** Every total and the cells it adds up (row, column and group totals of the tables). */
    sums: sums2021,
    /** The schema compiled to plain code: the fast path of `parseReport` for valid reports. */
    check: fastCheckOnFirstUse(report2021Schema),
  },
} as const;

export function isEdition(value: unknown): value is Edition {
  return typeof value === "string" && Object.hasOwn(EDITIONS, value);
}

export function editionOf(edition: Edition) {
  return EDITIONS[edition];
}
