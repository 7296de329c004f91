import type { CellKind, CellValue } from "@zfxxgk/schema";

export type ValueRead =
  | { readonly ok: true; readonly value: CellValue; readonly unit?: string }
  | { readonly ok: false; readonly problem: "not-a-number" | "count-not-integer" | "too-large" };

const DASHES = /^[-—–－‐‑‒―─━]+$/u;
const SLASHES = /^[/／∕]$/u;
const NONE = /^[无無]$/u;
const DIGITS = /^[0-9]+$/;
const PLAIN = /^(?:0|[1-9][0-9]*)$/;
const DECIMAL = /^[0-9]*\.?[0-9]+$|^[0-9]+\.$/;
const GROUPED = /^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$/;
const VALUE_START = /^\s*[0-9０-９.．+＋\-—–－‐‑‒―─━/／∕无無]/u;
const UNIT = /^(.*?)(万元|件|条|项|个|次)$/u;
/** A signed whole number as 本年增/减 is published: "+1036", "-3", "0". */
const SIGNED = /^([+-]?)([0-9]+)$/;
/** An amount with the unit its publisher wrote, where the format prints none: "251000元". */
const MONEY = /^([0-9]*\.?[0-9]+)(元|万元)?$/;

/** The value a published cell stands for; blank stays `null`, marks stay marks. */
export function readValue(raw: string, kind: CellKind): ValueRead {
  if (kind === "count" && PLAIN.test(raw) && raw.length < 16)
    return { ok: true, value: Number(raw) };
  let text = raw.normalize("NFKC").replace(/\s+/g, "").replace(/萬/gu, "万");
  if (text === "") return { ok: true, value: null };
  if (DASHES.test(text)) return { ok: true, value: "—" };
  if (SLASHES.test(text)) return { ok: true, value: "/" };
  if (NONE.test(text)) return { ok: true, value: "无" };
  if (kind === "signed") {
    const signed = SIGNED.exec(text.replace(/(件|项|个)$/u, "").replace(/^[–—－‐‑‒―]/u, "-"));
    if (!signed)
      return { ok: false, problem: DECIMAL.test(text) ? "count-not-integer" : "not-a-number" };
    const n = Number(signed[2]) * (signed[1] === "-" ? -1 : 1);
    return Number.isSafeInteger(n)
      ? { ok: true, value: n === 0 ? 0 : n }
      : { ok: false, problem: "too-large" };
  }
  if (kind === "money") {
    const money = MONEY.exec(
      GROUPED.test(text.replace(/(元|万元)$/u, "")) ? text.replaceAll(",", "") : text,
    );
    if (!money?.[1]) return { ok: false, problem: "not-a-number" };
    const [int = "", frac] = money[1].split(".");
    const whole = int.replace(/^0+(?=[0-9])/, "") || "0";
    return { ok: true, value: `${frac ? `${whole}.${frac}` : whole}${money[2] ?? ""}` };
  }
  let unit: string | undefined;
  const withUnit = UNIT.exec(text);
  if (withUnit?.[1] && /[0-9]/.test(withUnit[1])) {
    text = withUnit[1];
    unit = withUnit[2];
    if (kind === "count" && unit === "万元") return { ok: false, problem: "not-a-number" };
    if (kind === "amount" && unit !== "万元") return { ok: false, problem: "not-a-number" };
  }
  if (GROUPED.test(text)) text = text.replaceAll(",", "");
  if (kind === "count") {
    if (DIGITS.test(text)) {
      const n = Number(text);
      if (!Number.isSafeInteger(n)) return { ok: false, problem: "too-large" };
      return unit ? { ok: true, value: n, unit } : { ok: true, value: n };
    }
    if (DECIMAL.test(text)) return { ok: false, problem: "count-not-integer" };
    return { ok: false, problem: "not-a-number" };
  }
  if (!DECIMAL.test(text)) return { ok: false, problem: "not-a-number" };
  const [int = "", frac] = text.split(".");
  const whole = int.replace(/^0+(?=[0-9])/, "") || "0";
  const value = frac ? `${whole}.${frac}` : whole;
  return unit ? { ok: true, value, unit } : { ok: true, value };
}

/** Whether a token reads as a cell value (a number or a mark), blank excluded. */
export function looksLikeValue(raw: string): boolean {
  if (PLAIN.test(raw)) return true;
  if (raw.length > 40 || !VALUE_START.test(raw)) return false;
  const text = raw.normalize("NFKC").replace(/\s+/g, "").replace(/萬/gu, "万");
  if (text === "") return false;
  return (
    DIGITS.test(text) ||
    SIGNED.test(text) ||
    MONEY.test(text) ||
    DECIMAL.test(text) ||
    GROUPED.test(text) ||
    DASHES.test(text) ||
    SLASHES.test(text) ||
    NONE.test(text)
  );
}
