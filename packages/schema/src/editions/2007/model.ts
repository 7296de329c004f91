import * as z from "zod";
import { metaSchema, narrativeSchema, tableSchema } from "../../model/common.js";
import { countCellSchema, decimalSchema, markSchema } from "../../model/values.js";
import { statisticsTable } from "./grid.js";

/** The 统计数 of the national rows, keyed by row number (`"3.1"`: 三（一）收到申请数). */
export type StatisticsValues = Record<string, number | string | null>;

/** One numbered section of the report as published: 「一、总体公开情况说明」 and its text. */
export const bodySectionSchema = z
  .strictObject({
    number: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "编号，如「一」；未编号的部分没有 Section number as printed" }),
    heading: z.string().min(1).meta({ description: "标题 Heading as printed, without its number" }),
    blocks: narrativeSchema,
  })
  .meta({
    id: "BodySection",
    description: "报告自行编号的一个部分 A section as the report numbers it",
  });

/** A cell of a row the national table does not have, or of an extra column: a count or an amount. */
export const looseCellSchema = z
  .union([countCellSchema, decimalSchema, z.null(), markSchema])
  .meta({ id: "LooseCell", description: "数值：非负整数或十进制字符串；空白为 null；或原文记号" });

/** A row of the statistics table as printed. */
export const printedRowSchema = z
  .strictObject({
    key: z.string().optional().meta({
      description: "全国表的行号（如 3.1），其值在 tables.S；地方增加的行没有 National row number",
    }),
    label: z.string().min(1).meta({ description: "统计指标，按原文 Row label as printed" }),
    unit: z.string().optional().meta({ description: "单位，按原文 Unit as printed" }),
    values: z.array(looseCellSchema).optional().meta({
      description:
        "全国表的行：统计数之后各列的值；地方增加的行：各列的值 Values not held in tables.S (extra columns; every column of a local row)",
    }),
  })
  .meta({ id: "PrintedRow" });

/** How the statistics table was printed: its title lines, value columns and rows in order. */
export const statisticsSchema = z
  .strictObject({
    title: z.string().min(1).meta({ description: "表名，如「政府信息公开情况统计表」" }),
    period: z.string().min(1).optional().meta({ description: "副标题中的年度，如「2018年度」" }),
    filler: z.string().min(1).optional().meta({ description: "填报单位（盖章）" }),
    columns: z.array(z.string().min(1)).min(1).meta({
      description:
        "数值列的表头，按原文；第一列的值在 tables.S（通常为「统计数」），其余列（如 区直单位、乡镇街道）在各行 values",
    }),
    rows: z.array(printedRowSchema).meta({ description: "各行，按原文顺序" }),
  })
  .meta({
    id: "Statistics",
    description: "附表《政府信息公开情况统计表》的版式 The statistics table as printed",
  });

export type PrintedRow = z.infer<typeof printedRowSchema>;
export type Statistics = z.infer<typeof statisticsSchema>;
export type BodySection = z.infer<typeof bodySectionSchema>;

export const report2007Schema = z
  .strictObject({
    $schema: z.string().optional(),
    edition: z.literal("2007"),
    meta: metaSchema,
    preamble: narrativeSchema.optional(),
    body: z.array(bodySectionSchema).meta({
      description: "正文各部分，按报告自己的编号与标题 Sections as the report numbers them",
    }),
    tables: z
      .strictObject({
        S: tableSchema(statisticsTable) as z.ZodType<StatisticsValues, StatisticsValues>,
      })
      .meta({
        description:
          "统计表的统计数（全国表的行）；报告未附统计表时全为 null National rows' values, all null when no table was published",
      }),
    statistics: statisticsSchema.optional(),
  })
  .meta({
    title: "政府信息公开工作年度报告（2008—2018年，附政府信息公开情况统计表）",
    description:
      "Annual report on government information disclosure, 2008–2018 (国务院令第492号), with the optional statistics table of 国办发〔2014〕32号",
  });

export type Report2007 = z.infer<typeof report2007Schema>;
