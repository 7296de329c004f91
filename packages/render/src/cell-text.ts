import { type CellDef, DECIMAL_PATTERN, isMark } from "@zfxxgk/schema";
import { RenderInputError } from "./render-error.js";

/** How a data cell is drawn: the printed text, and whether it is a value, a mark or blank. */
export interface CellText {
  readonly state: "value" | "mark" | "blank";
  readonly text: string;
}

const BLANK: CellText = { state: "blank", text: "" };

/** Blank stays empty, marks print as written, counts as integers, amounts as their decimal string. */
export function cellText(cell: CellDef, value: unknown): CellText {
  if (value === null || value === undefined) return BLANK;
  if (isMark(value)) return { state: "mark", text: value };
  if (
    cell.kind === "count" &&
    typeof value === "number" &&
    Number.isSafeInteger(value) &&
    value >= 0
  )
    return { state: "value", text: String(value) };
  if (cell.kind === "amount" && typeof value === "string" && DECIMAL_PATTERN.test(value))
    return { state: "value", text: value };
  const expected =
    cell.kind === "count"
      ? ["a whole number ≥ 0, null or a mark (— / 无)", "应为非负整数、null 或记号（— / 无）"]
      : [
          'a decimal string such as "0.02", null or a mark',
          '应为十进制字符串（如 "0.02"）、null 或记号',
        ];
  throw new RenderInputError(
    cell.pointer,
    `(${cell.id}) must be ${expected[0]}, got ${describe(value)}`,
    `（${cell.id}）${expected[1]}，实为 ${describe(value)}`,
  );
}

function describe(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
