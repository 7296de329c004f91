import * as z from "zod";
import { tableCells } from "../grid/cells.js";
import type { EditionGrid, TableGrid } from "../grid/types.js";
import { isValidCreditCode } from "./credit-code.js";
import { cellSchemas, decimalSchema } from "./values.js";

const isoDate = z.iso.date();

export const contactSchema = z
  .strictObject({
    unit: z.string().min(1).optional(),
    address: z.string().min(1).optional(),
    postcode: z
      .string()
      .regex(/^[0-9]{6}$/)
      .optional(),
    phone: z.string().min(1).optional(),
    email: z.string().min(1).optional(),
    website: z.string().min(1).optional(),
  })
  .meta({ description: "联系方式 Contact block" });

const creditCodeSchema = z
  .string()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/)
  .refine(isValidCreditCode, { params: { reason: "check-digit" } });

/** One report an aggregate adds up, as it was when summed. */
export const constituentSchema = z
  .strictObject({
    name: z.string().trim().min(1).meta({ description: "所属单位名称 Constituent body" }),
    creditCode: creditCodeSchema.optional().meta({ description: "统一社会信用代码" }),
    year: z.int().min(2008).max(2100).meta({ description: "报告年度 Report year" }),
    edition: z.string().min(1).meta({ description: "格式版本 Format edition of the constituent" }),
    hash: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .meta({
        description: "汇总时该报告内容的散列（sha256，JSON 规范化后）Content hash as summed",
      }),
  })
  .meta({ id: "Constituent", description: "汇总所含单位 A constituent of an aggregate report" });
export type Constituent = z.infer<typeof constituentSchema>;

export const metaSchema = z
  .strictObject({
    agency: z.string().trim().min(1).meta({ description: "报告机关名称 Reporting body" }),
    year: z.int().min(2008).max(2100).meta({ description: "报告年度 Report year" }),
    title: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "标题；缺省为「{机关}{年度}年政府信息公开工作年度报告」" }),
    period: z
      .strictObject({ start: isoDate, end: isoDate })
      .optional()
      .meta({ description: "统计期限 Statistical period" }),
    publishedOn: isoDate.optional().meta({ description: "发布日期 Publication date" }),
    contact: contactSchema.optional(),
    creditCode: creditCodeSchema
      .optional()
      .meta({ description: "统一社会信用代码 (GB 32100-2015), check digit verified" }),
    divisionCode: z
      .string()
      .regex(/^[1-8][0-9]{5}$/)
      .optional()
      .meta({ description: "行政区划代码 (GB/T 2260), 6 digits" }),
    scope: z.enum(["self", "aggregate"]).optional().meta({
      description:
        "报告范围：self 本机关（缺省），aggregate 汇总本地区所属单位 Scope: one body (default) or a region's sum",
    }),
    constituents: z
      .array(constituentSchema)
      .optional()
      .meta({ description: "汇总报告所含单位 The reports an aggregate adds up" }),
    scopeNote: z.string().trim().min(1).optional().meta({
      description: "范围说明，如「不包括行政职权和公共服务事项办理结果公开数据」Scope note",
    }),
  })
  .meta({ description: "报告元数据 Report metadata" });

export const blockSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("heading"), text: z.string().min(1) }),
  z.strictObject({ type: z.literal("paragraph"), text: z.string().min(1) }),
]);

/** Narrative text: paragraphs and （一）-style sub-headings, plain text only (never HTML). */
export const narrativeSchema = z
  .array(blockSchema)
  .meta({ id: "Narrative", description: "叙述文字：段落与小标题（纯文本）" });

export type ProcessingFee = z.infer<typeof processingFeeSchema>;

export const processingFeeSchema = z
  .strictObject({ amount: decimalSchema, unit: z.enum(["元", "万元"]) })
  .meta({ description: "六、其他需要报告的事项中报告的信息处理费 (information processing fee)" });

/** The narrative of each section of an edition, keyed as its grid names them. */
export function sectionsSchema<G extends EditionGrid>(grid: G) {
  type Key = G["sections"][number]["key"];
  const shape = Object.fromEntries(grid.sections.map((s) => [s.key, narrativeSchema]));
  return z.strictObject(shape as Record<Key, typeof narrativeSchema>).meta({
    description: `各部分的叙述文字 Narrative per section: ${grid.sections.map((s) => `${s.key} ${s.heading["zh-Hans"]}`).join("；")}（表格部分为表外文字 text beside the table）`,
  });
}

/** The zod schema of one table, built from its grid cell by cell. */
export function tableSchema(table: TableGrid): z.ZodType {
  const tree: Record<string, unknown> = {};
  for (const cell of tableCells(table)) {
    const [, , ...keys] = cell.path;
    let node = tree;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys.at(-1) as string] = cellSchemas[cell.kind];
  }
  const build = (node: Record<string, unknown>): z.ZodType =>
    z.strictObject(
      Object.fromEntries(
        Object.entries(node).map(([k, v]) => [
          k,
          v instanceof z.ZodType ? v : build(v as Record<string, unknown>),
        ]),
      ),
    );
  return build(tree).meta({ title: table.title["zh-Hans"], description: table.title.en });
}
