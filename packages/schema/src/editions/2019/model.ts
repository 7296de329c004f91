import * as z from "zod";
import type { BlocksShape } from "../../grid/shape.js";
import { metaSchema, narrativeSchema, sectionsSchema, tableSchema } from "../../model/common.js";
import type { Table3_2021, Table4_2021 } from "../2021/model.js";
import { grid2019, table2_2019, table3_2019, table4_2019 } from "./grid.js";

export type Table2_2019 = BlocksShape<typeof table2_2019.blocks>;
/** Table 三 of 2019: as 2021, with （六）其他处理 as the single row `O`. */
export type Table3_2019 = Omit<Table3_2021, "O1" | "O2" | "O3"> & { O: Table3_2021["A"] };
export type Table4_2019 = Table4_2021;

const typed = <T>(schema: z.ZodType) => schema as z.ZodType<T, T>;

export const report2019Schema = z
  .strictObject({
    $schema: z.string().optional(),
    edition: z.literal("2019"),
    meta: metaSchema,
    preamble: narrativeSchema.optional(),
    sections: sectionsSchema(grid2019),
    tables: z
      .strictObject({
        T2: typed<Table2_2019>(tableSchema(table2_2019)),
        T3: typed<Table3_2019>(tableSchema(table3_2019)),
        T4: typed<Table4_2019>(tableSchema(table4_2019)),
      })
      .meta({ description: "表二、表三、表四 The three tables" }),
  })
  .meta({
    title: "政府信息公开工作年度报告（2019年格式）",
    description:
      "Annual report on government information disclosure, 2019 format (国办公开办函〔2019〕60号, trial)",
  });

export type Report2019 = z.infer<typeof report2019Schema>;
