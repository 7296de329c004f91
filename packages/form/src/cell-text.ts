import type { CellKind, CellValue } from "@zfxxgk/schema";

/** What was done to a clerk's text to read it; the form shows it beside the cell. */
export type CellNote =
  | "full-width"
  | "dash"
  | "unit"
  | "separators"
  | "leading-zeros"
  | "whole-decimal"
  | "minus"
  | "plus"
  | "large";

/** Why a clerk's text could not be read as a cell value; the form flags the cell. */
export type CellProblem = "not-a-number" | "negative" | "not-whole" | "too-large" | "yuan";

export type CellReading =
  | { readonly ok: true; readonly value: CellValue; readonly notes: readonly CellNote[] }
  | { readonly ok: false; readonly problem: CellProblem };

/** Counts above this are kept but noted: no body handles a hundred million of anything. */
export const LARGE_COUNT = 100_000_000;
/** More digits than a double holds exactly: refused rather than rounded. */
const MAX_DIGITS = 15;

const DASHES = /^[-‐‑‒–—―─━⁃﹘﹣－−]+$/u;
const SLASHES = /^[/／]$/u;

/** The unit a clerk may write after the figure, by kind of cell; removed with a note. */
const UNIT: Readonly<Record<CellKind, RegExp | undefined>> = {
  count: /件$/u,
  signed: /件$/u,
  amount: /万元$/u,
  money: undefined, // the publisher's unit (元 or 万元) is part of the value
};

/**
 * Reads what a clerk typed or pasted into a cell. Blank stays blank (`null`), 0 stays 0, and a
 * written dash, slash or 无 stays a mark; anything rewritten on the way is listed in `notes`.
 */
export function readCellText(text: string, kind: CellKind): CellReading {
  const notes: CellNote[] = [];
  let s = text.trim();
  if (s === "") return { ok: true, value: null, notes };
  if (s === "—") return { ok: true, value: "—", notes };
  if (s === "/" || s === "无") return { ok: true, value: s, notes };
  if (DASHES.test(s)) return { ok: true, value: "—", notes: ["dash"] };
  if (SLASHES.test(s)) return { ok: true, value: "/", notes: ["full-width"] };

  const narrow = s.normalize("NFKC").replace(/\s+/gu, "");
  if (narrow !== s.replace(/\s+/gu, "")) notes.push("full-width");
  s = narrow;

  let unit = "";
  const dropped = UNIT[kind];
  if (kind === "money") {
    unit = /(万元|元)$/u.exec(s)?.[1] ?? "";
    s = s.slice(0, s.length - unit.length);
  } else if (dropped?.test(s)) {
    s = s.replace(dropped, "");
    notes.push("unit");
  } else if (kind === "amount" && /元$/u.test(s)) {
    return { ok: false, problem: "yuan" };
  }

  let negative = false;
  if (/^[-−]\s*[0-9.]/u.test(s)) {
    if (kind !== "signed") return { ok: false, problem: "negative" };
    if (s.startsWith("−")) notes.push("minus");
    negative = true;
    s = s.slice(1);
  } else if (/^\+[0-9]/u.test(s) && kind === "signed") {
    notes.push("plus");
    s = s.slice(1);
  }
  if (/^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$/u.test(s)) {
    s = s.replaceAll(",", "");
    notes.push("separators");
  }
  if (/^\.[0-9]+$/u.test(s)) {
    s = `0${s}`;
    notes.push("leading-zeros");
  }
  const match = /^([0-9]+)(?:\.([0-9]+))?$/u.exec(s);
  if (!match) return { ok: false, problem: "not-a-number" };

  let whole = match[1] as string;
  const fraction = match[2];
  const trimmed = whole.replace(/^0+(?=[0-9])/u, "");
  if (trimmed !== whole) notes.push("leading-zeros");
  whole = trimmed;
  if (whole.length + (fraction?.length ?? 0) > MAX_DIGITS)
    return { ok: false, problem: "too-large" };

  if (kind === "amount" || kind === "money") {
    const decimal = fraction === undefined ? whole : `${whole}.${fraction}`;
    return { ok: true, value: `${decimal}${unit}`, notes };
  }
  if (fraction !== undefined) {
    if (!/^0+$/u.test(fraction)) return { ok: false, problem: "not-whole" };
    notes.push("whole-decimal");
  }
  const size = Number(whole);
  if (size >= LARGE_COUNT) notes.push("large");
  return { ok: true, value: negative && size !== 0 ? -size : size, notes };
}

/** The text a cell shows for a value of the model. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value);
}
