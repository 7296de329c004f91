import { z } from "zod";

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

export type CellValue = CountCell | AmountCell;

export function isBlank(value: CellValue | undefined): value is null | undefined {
  return value === null || value === undefined;
}

export function isMark(value: unknown): value is Mark {
  return typeof value === "string" && (MARKS as readonly string[]).includes(value);
}
