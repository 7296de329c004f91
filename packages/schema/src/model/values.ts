import * as z from "zod";

/**
 * What a publisher may write in a cell instead of a number. Kept apart from blank (`null`) and
 * from 0: "—" stands for any dash (—, －, -, ——), "/" for a slash, "无" for the word.
 */
export const MARKS = ["—", "/", "无"] as const;
export type Mark = (typeof MARKS)[number];
export const markSchema = z.enum(MARKS);

/** A decimal written as the publisher wrote it, e.g. "0", "12.5", "0.020". */
export const DECIMAL_PATTERN = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;
export const decimalSchema = z.string().regex(DECIMAL_PATTERN);

/** A count cell: a whole number ≥ 0, blank (`null`) or a written mark. */
export const countCellSchema = z
  .union([z.int().min(0), z.null(), markSchema])
  .meta({ id: "CountCell", description: "件数：非负整数；空白为 null；或原文记号 — / 无" });
export type CountCell = z.infer<typeof countCellSchema>;

/** An amount cell in 万元: a decimal string that keeps the publisher's precision. */
export const amountCellSchema = z.union([decimalSchema, z.null(), markSchema]).meta({
  id: "AmountCell",
  description: '金额（万元）：十进制字符串，保留原文精度，如 "0.02"；空白为 null；或原文记号',
});
export type AmountCell = z.infer<typeof amountCellSchema>;

/** A signed count (本年增/减): a whole number that may be negative, blank (`null`) or a mark. */
export const signedCellSchema = z
  .union([z.int(), z.null(), markSchema])
  .meta({ id: "SignedCell", description: "增减数：整数，可为负；空白为 null；或原文记号" });
export type SignedCell = z.infer<typeof signedCellSchema>;

/** A decimal with the unit the publisher wrote, e.g. "251000元", "25.1万元"; the unit may be missing. */
export const MONEY_PATTERN = /^(0|[1-9][0-9]*)(\.[0-9]+)?(元|万元)?$/;

/** An amount whose format prints no unit (2019 采购总金额): the decimal and the publisher's unit. */
export const moneyCellSchema = z
  .union([z.string().regex(MONEY_PATTERN), z.null(), markSchema])
  .meta({
    id: "MoneyCell",
    description:
      '金额（原文单位）：十进制字符串加发布者所写单位，如 "251000元"、"25.1万元"；未写单位时只有数字；空白为 null；或原文记号',
  });
export type MoneyCell = z.infer<typeof moneyCellSchema>;

export type CellValue = CountCell | SignedCell | AmountCell | MoneyCell;

/** The zod schema of a cell of each kind. */
export const cellSchemas = {
  count: countCellSchema,
  signed: signedCellSchema,
  amount: amountCellSchema,
  money: moneyCellSchema,
} as const;

/** The TypeScript type of a cell of each kind. */
export interface CellValueOf {
  count: CountCell;
  signed: SignedCell;
  amount: AmountCell;
  money: MoneyCell;
}

export function isBlank(value: CellValue | undefined): value is null | undefined {
  return value === null || value === undefined;
}

export function isMark(value: unknown): value is Mark {
  return typeof value === "string" && (MARKS as readonly string[]).includes(value);
}
