import * as z from "zod";
import type { BlocksShape, GroupMatrixShape, RowMatrixShape } from "../../grid/shape.js";
import {
  metaSchema,
  narrativeSchema,
  processingFeeSchema,
  sectionsSchema,
  tableSchema,
} from "../../model/common.js";
import type { CountCell } from "../../model/values.js";
import { grid2021, type outcomes2021, table2_2021, table3_2021, table4_2021 } from "./grid.js";

export type Table2_2021 = BlocksShape<typeof table2_2021.blocks>;
export type Table3_2021 = RowMatrixShape<
  (typeof table3_2021.rows)[number],
  (typeof table3_2021.columns)[number],
  CountCell
>;
export type Table4_2021 = GroupMatrixShape<
  (typeof table4_2021.columns)[number],
  (typeof outcomes2021)[number],
  CountCell
>;

const typed = <T>(schema: z.ZodType) => schema as z.ZodType<T, T>;

export const report2021Schema = z
  .strictObject({
    $schema: z.string().optional(),
    edition: z.literal("2021"),
    meta: metaSchema,
    preamble: narrativeSchema.optional(),
    sections: sectionsSchema(grid2021),
    tables: z
      .strictObject({
        T2: typed<Table2_2021>(tableSchema(table2_2021)),
        T3: typed<Table3_2021>(tableSchema(table3_2021)),
        T4: typed<Table4_2021>(tableSchema(table4_2021)),
      })
      .meta({ description: "表二、表三、表四 The three tables" }),
    processingFee: processingFeeSchema.optional(),
  })
  .meta({
    title: "政府信息公开工作年度报告（2021年格式）",
    description:
      "Annual report on government information disclosure, 2021 format (国办公开办函〔2021〕30号)",
  });

export type Report2021 = z.infer<typeof report2021Schema>;
