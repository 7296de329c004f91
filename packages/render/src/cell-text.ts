import {
  type CellDef,
  type CellKind,
  DECIMAL_PATTERN,
  isMark,
  MONEY_PATTERN,
} from "@zfxxgk/schema";
import { RenderInputError, reasonOf } from "./render-error.js";

/** How a data cell is drawn: the printed text, and whether it is a value, a mark or blank. */
export interface CellText {
  readonly state: "value" | "mark" | "blank";
  readonly text: string;
}

const BLANK: CellText = { state: "blank", text: "" };

/** How a value of each kind prints, or undefined when it is not one. */
const PRINT: Record<CellKind, (value: unknown) => string | undefined> = {
  count: (v) =>
    typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? String(v) : undefined,
  // a change prints with its sign, as 本年增/减 is published: +1036, -3, 0
  signed: (v) =>
    typeof v === "number" && Number.isSafeInteger(v) ? (v > 0 ? `+${v}` : String(v)) : undefined,
  amount: (v) => (typeof v === "string" && DECIMAL_PATTERN.test(v) ? v : undefined),
  money: (v) => (typeof v === "string" && MONEY_PATTERN.test(v) ? v : undefined),
};

/** Blank stays empty, marks print as written, values as their kind prints them. */
export function cellText(cell: CellDef, value: unknown): CellText {
  if (value === null || value === undefined) return BLANK;
  if (isMark(value)) return { state: "mark", text: value };
  const text = PRINT[cell.kind](value);
  if (text !== undefined) return { state: "value", text };
  throw new RenderInputError(
    cell.pointer,
    reasonOf("notOfKind", { id: cell.id, kind: cell.kind, got: describe(value) }),
  );
}

function describe(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
