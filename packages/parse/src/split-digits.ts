import type { CellDef, CellValue, Diagnostic } from "@zfxxgk/schema";
import type { RowEntry, TableIndex } from "./grid-index.js";
import { at, diagnostic, provenanceOf } from "./located.js";
import type { CellRead } from "./match-table.js";
import { labelKey } from "./normalise.js";
import type { Line, Token } from "./types.js";

/** An identity of a table as the edition registry lists it: Σ left = Σ right. */
export interface IdentityLike {
  readonly left: readonly string[];
  readonly right: readonly string[];
}

/** A row printed with its cells run together, whose split is left to the table's identities. */
export interface PendingSplit {
  readonly row: RowEntry;
  readonly digits: string;
  readonly token: Token;
  candidates: number[][];
}

/** Longest run of digits tried: 7 cells of up to 5 digits each, and some room. */
const MAX_DIGITS = 48;
/** Splits enumerated at most; beyond that the row is left blank as undecided. */
const MAX_CANDIDATES = 20_000;
const RUN_TOGETHER = /^(.*?[^0-9\s.])\s*([0-9]+(?:\.[0-9]+)?)$/u;
const DIGITS = /^[0-9]+$/;

/**
 * Every way to cut a run of digits into `n` whole numbers as they are printed (no leading zeros
 * but for 0 itself), or undefined when there are too many to try.
 */
export function cuts(digits: string, n: number): number[][] | undefined {
  const out: number[][] = [];
  const parts: number[] = [];
  let overflow = false;
  const walk = (from: number) => {
    if (overflow) return;
    const left = n - parts.length;
    if (left === 0) {
      if (from === digits.length) {
        if (out.length >= MAX_CANDIDATES) overflow = true;
        else out.push([...parts]);
      }
      return;
    }
    const rest = digits.length - from;
    if (rest < left) return;
    const longest = digits[from] === "0" ? 1 : Math.min(rest - (left - 1), 15);
    for (let len = 1; len <= longest; len++) {
      parts.push(Number(digits.slice(from, from + len)));
      walk(from + len);
      parts.pop();
    }
  };
  walk(0);
  return overflow ? undefined : out;
}

/** Whether a candidate keeps every identity that lies wholly inside its row. */
function keepsRow(candidate: readonly number[], row: RowEntry, sums: readonly IdentityLike[]) {
  const of = new Map(row.cells.map((c, i) => [c.id, candidate[i] as number]));
  const sum = (ids: readonly string[]) => ids.reduce((n, id) => n + (of.get(id) as number), 0);
  for (const s of sums) {
    if (![...s.left, ...s.right].every((id) => of.has(id))) continue;
    if (sum(s.left) !== sum(s.right)) return false;
  }
  return true;
}

const joinSplit = (c: readonly number[]) => c.join("|");

/**
 * Rows printed as `label` + digits with no separator (crawled text): each is cut into its cells by
 * the row's own identities. One consistent cut is taken (and said); several are left to
 * {@link settleSplits}; none leaves the row blank (and says so).
 */
export function splitRunTogether(
  lines: readonly Line[],
  index: TableIndex,
  sums: readonly IdentityLike[],
): { lines: Line[]; pending: PendingSplit[]; diagnostics: Diagnostic[] } {
  const pending: PendingSplit[] = [];
  const diagnostics: Diagnostic[] = [];
  let changed = false;
  const valueLines = lines.filter((l) => l.tokens.some((t) => DIGITS.test(t.text))).length;
  const out = lines.map((line) => {
    const split = runTogether(line, index, valueLines);
    if (!split) return line;
    const { row, label, digits } = split;
    changed = true;
    if (!DIGITS.test(digits)) {
      // an amount after its label: the row's only cell
      return rowLine(label, [{ text: digits, where: line.tokens.at(-1)?.where ?? line.where }]);
    }
    const found = cuts(digits, row.cells.length);
    const candidates = found?.filter((c) => keepsRow(c, row, sums)) ?? [];
    const where = line.tokens.at(-1)?.where ?? line.where;
    const valueToken = (text: string): Token => ({ text, where });
    if (candidates.length === 1) {
      const chosen = candidates[0] as number[];
      diagnostics.push(splitFinding(index, row, digits, chosen, "row", where));
      return rowLine(
        label,
        chosen.map((v) => valueToken(String(v))),
      );
    }
    const token = valueToken(digits);
    if (candidates.length > 1) pending.push({ row, digits, token, candidates });
    else diagnostics.push(undecided(index, row, digits, found ? 0 : -1, token));
    return rowLine(
      label,
      row.cells.map(() => ({ text: "", where })),
    );
  });
  return { lines: changed ? out : [...lines], pending, diagnostics };
}

function runTogether(
  line: Line,
  index: TableIndex,
  valueLines: number,
): { row: RowEntry; label: Token | undefined; digits: string } | undefined {
  // one token: a label with digits after it (a separated value is never re-split)
  const tokens = line.tokens.filter((t) => t.text !== "");
  const last = tokens[0];
  if (!last || tokens.length > 1) return undefined;
  const unlabelled = index.unlabelled;
  // the unlabelled row (table 四) as one run of digits, its only value line
  if (unlabelled && valueLines === 1 && DIGITS.test(last.text)) {
    const n = unlabelled.cells.length;
    return last.text.length >= n && last.text.length <= MAX_DIGITS
      ? { row: unlabelled, label: undefined, digits: last.text }
      : undefined;
  }
  const m = RUN_TOGETHER.exec(last.text);
  if (!m?.[1] || !m[2] || m[2].length > MAX_DIGITS) return undefined;
  const row = rowOfLabel(labelKey(m[1]), index);
  if (!row) return undefined;
  if (!DIGITS.test(m[2]) && row.cells.length > 1) return undefined;
  if (DIGITS.test(m[2]) && m[2].length < row.cells.length) return undefined;
  // the row's own label stands for the label as printed (which may carry its header cells)
  return { row, label: { text: row.label, where: last.where }, digits: m[2] };
}

/** Whether a token is a row label with its cells run together after it. */
export function isRunTogether(text: string, index: TableIndex): boolean {
  const m = text.length <= 200 ? RUN_TOGETHER.exec(text) : null;
  return !!m?.[1] && rowOfLabel(labelKey(m[1]), index) !== undefined;
}

/**
 * The row a label key names, also when the labels of its spanning header cells run before it
 * (`三、本年度办理结果（一）予以公开`): up to two header labels are taken off the front.
 */
function rowOfLabel(key: string, index: TableIndex, depth = 0): RowEntry | undefined {
  const row = index.rows.get(key);
  if (row || depth >= 2) return row;
  for (const header of index.headers) {
    if (header.length < key.length && key.startsWith(header)) {
      const found = rowOfLabel(key.slice(header.length), index, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function rowLine(label: Token | undefined, values: Token[]): Line {
  const tokens = label ? [label, ...values] : values;
  const first = tokens[0] as Token;
  return { tokens, text: tokens.map((t) => t.text).join(" | "), row: true, where: first.where };
}

/**
 * Rows left with several consistent cuts: the identities that reach into other rows (column totals
 * and the like) are applied with the cells read, until no more can be settled. What remains stays
 * blank with a finding; nothing is guessed.
 */
export function settleSplits(
  pending: readonly PendingSplit[],
  cells: Map<string, CellRead>,
  index: TableIndex,
  sums: readonly IdentityLike[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const open = new Set(pending);
  const known = (id: string): number | undefined => {
    const v = cells.get(id)?.value;
    return typeof v === "number" ? v : undefined;
  };
  let progress = true;
  while (progress && open.size) {
    progress = false;
    for (const p of open) {
      const ids = new Map(p.row.cells.map((c, i) => [c.id, i]));
      // only identities whose other cells are all known can judge a cut
      const checks = sums.flatMap((s) => {
        const ids2 = [...s.left, ...s.right];
        if (!ids2.some((id) => ids.has(id))) return [];
        let rest = 0;
        for (const id of s.left) if (!ids.has(id)) rest += known(id) ?? Number.NaN;
        for (const id of s.right) if (!ids.has(id)) rest -= known(id) ?? Number.NaN;
        if (Number.isNaN(rest)) return [];
        const plus = s.left.flatMap((id) => ids.get(id) ?? []);
        const minus = s.right.flatMap((id) => ids.get(id) ?? []);
        return [{ rest, plus, minus }];
      });
      if (checks.length === 0) continue;
      p.candidates = p.candidates.filter((c) =>
        checks.every(({ rest, plus, minus }) => {
          let total = rest;
          for (const i of plus) total += c[i] as number;
          for (const i of minus) total -= c[i] as number;
          return total === 0;
        }),
      );
      if (p.candidates.length === 1) {
        const chosen = p.candidates[0] as number[];
        p.row.cells.forEach((cell: CellDef, i) => {
          const value: CellValue =
            cell.kind === "amount" ? String(chosen[i]) : (chosen[i] as number);
          cells.set(cell.id, { value, provenance: provenanceOf(p.token.where, p.digits) });
        });
        diagnostics.push(splitFinding(index, p.row, p.digits, chosen, "table", p.token.where));
        open.delete(p);
        progress = true;
      } else if (p.candidates.length === 0) {
        diagnostics.push(undecided(index, p.row, p.digits, 0, p.token));
        open.delete(p);
      }
    }
  }
  for (const p of open)
    diagnostics.push(undecided(index, p.row, p.digits, p.candidates.length, p.token));
  return diagnostics;
}

function splitFinding(
  index: TableIndex,
  row: RowEntry,
  digits: string,
  chosen: readonly number[],
  by: "row" | "table",
  where: Token["where"],
): Diagnostic {
  return diagnostic("parse/digits-split", "info", {
    path: row.cells[0]?.pointer ?? `/tables/${index.table.id}`,
    cells: row.cells.map((c) => c.id),
    actual: digits,
    expected: joinSplit(chosen),
    params: { ...at(where), row: row.label, by },
  });
}

/** `candidates`: how many cuts remain (0: none is consistent; -1: too many to try). */
function undecided(
  index: TableIndex,
  row: RowEntry,
  digits: string,
  candidates: number,
  token: Token,
): Diagnostic {
  return diagnostic("parse/digits-undecided", "warning", {
    path: row.cells[0]?.pointer ?? `/tables/${index.table.id}`,
    cells: row.cells.map((c) => c.id),
    actual: digits,
    params: { ...at(token.where), row: row.label, candidates },
  });
}
