import type { CellDef, CellValue, Diagnostic } from "@zfxxgk/schema";
import type { RowEntry, RowSum, TableIndex } from "./grid-index.js";
import { at, diagnostic, provenanceOf } from "./located.js";
import type { CellRead } from "./match-table.js";
import { labelKey } from "./normalise.js";
import { kindCuts, type Piece } from "./split-kinds.js";
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
  candidates: Piece[][];
}

/** Longest run of digits tried: 7 cells of up to 5 digits each, and some room. */
const MAX_DIGITS = 48;
/** Splits kept at most for a row; beyond that the row is left blank as undecided. */
const MAX_CANDIDATES = 20_000;
/** Sums of a table identity tracked at most while settling rows against each other. */
const MAX_SUMS = 4096;
/** Longest number a cell is cut to (beyond it, sums lose precision). */
const MAX_NUMBER = 15;
/** A label, then values run together: digits, a signed change's sign, an amount's point and unit. */
const RUN_TOGETHER = /^(.*?[^0-9\s.+-])\s*([+-]?[0-9][0-9.+-]*(?:万元|元)?)$/u;
const DIGITS = /^[0-9]+$/;

/**
 * Whether a partial cut can still keep every row identity. With `left` cells still to cut from
 * `rest` digits, no number to come exceeds `rest - left + 1` digits, so each side of an identity
 * can grow by at most that much per cell still open on it; and an open cell is at most what the
 * other side can reach less what its own side holds, so the digits left must fit in the open
 * cells at those sizes. The digits the other open cells cannot take are forced into a side's open
 * cells, which then hold at least the least numbers of that many digits: a side cannot reach
 * less. `most` is room for those sizes, one per cell.
 */
function stillPossible(
  parts: readonly (number | undefined)[],
  sums: readonly RowSum[],
  rest: number,
  left: number,
  most: number[],
) {
  const largest = left === 0 ? 0 : (POW10[Math.min(rest - left + 1, MAX_NUMBER)] as number) - 1;
  for (let i = 0; i < parts.length; i++) most[i] = parts[i] ?? largest;
  for (const s of sums) {
    const lKnown = known(s.left, parts);
    const rKnown = known(s.right, parts);
    const lReach = reach(s.left, most);
    const rReach = reach(s.right, most);
    if (lKnown > rReach || rKnown > lReach) return false;
    for (const i of s.left)
      if (parts[i] === undefined) most[i] = Math.min(most[i] as number, rReach - lKnown);
    for (const i of s.right)
      if (parts[i] === undefined) most[i] = Math.min(most[i] as number, lReach - rKnown);
  }
  let room = 0;
  for (let i = 0; i < parts.length; i++)
    if (parts[i] === undefined) room += digitsOf(most[i] as number);
  if (room < rest) return false;
  for (const s of sums) {
    const lLeast = known(s.left, parts) + forced(s.left, parts, most, rest, room);
    const rLeast = known(s.right, parts) + forced(s.right, parts, most, rest, room);
    if (lLeast > reach(s.right, most) || rLeast > reach(s.left, most)) return false;
  }
  return true;
}

/**
 * Casting out nines: when every cell still open lies on one side of an identity, they add up to
 * what the other side holds less what their own side holds, and (as every number is its digit sum
 * modulo 9) to the digit sum of the digits left, modulo 9, however those are cut.
 */
function ninesKept(
  parts: readonly (number | undefined)[],
  sums: readonly RowSum[],
  restSum: number,
): boolean {
  let open = 0;
  for (const p of parts) if (p === undefined) open++;
  if (open === 0) return true;
  for (const s of sums) {
    const onLeft = countOpen(s.left, parts);
    const onRight = countOpen(s.right, parts);
    if (onLeft !== open && onRight !== open) continue;
    const own = onLeft === open ? s.left : s.right;
    const other = onLeft === open ? s.right : s.left;
    if ((((known(other, parts) - known(own, parts) - restSum) % 9) + 9) % 9 !== 0) return false;
  }
  return true;
}

function countOpen(positions: readonly number[], parts: readonly (number | undefined)[]): number {
  let n = 0;
  for (const i of positions) if (parts[i] === undefined) n++;
  return n;
}

/** What the cells of one side of an identity hold so far. */
function known(positions: readonly number[], parts: readonly (number | undefined)[]): number {
  let n = 0;
  for (const i of positions) n += parts[i] ?? 0;
  return n;
}

/** What the cells of one side of an identity can reach at most. */
function reach(positions: readonly number[], most: readonly number[]): number {
  let n = 0;
  for (const i of positions) n += most[i] as number;
  return n;
}

/**
 * The least the open cells of one side add up to: the digits left that the other open cells
 * (`room` holds them all) cannot take must go to these, spread as evenly as can be (the least
 * numbers of d digits, 0 and 10 ** (d - 1), grow faster than d).
 */
function forced(
  positions: readonly number[],
  parts: readonly (number | undefined)[],
  most: readonly number[],
  rest: number,
  room: number,
): number {
  let open = 0;
  let own = 0;
  for (const i of positions)
    if (parts[i] === undefined) {
      open++;
      own += digitsOf(most[i] as number);
    }
  const need = rest - (room - own);
  if (open === 0 || need <= open) return 0;
  const q = Math.floor(need / open);
  const longer = need % open;
  const least = (d: number) => (d < 2 ? 0 : (POW10[d - 1] as number));
  return longer * least(q + 1) + (open - longer) * least(q);
}

/** 10 ** n, up to the sums of many cells of the longest number. */
const POW10 = Array.from({ length: 21 }, (_, n) => 10 ** n);

/** How many digits a whole number ≥ 0 (below 10 ** 21) is printed with: `String(n).length`. */
function digitsOf(n: number): number {
  let d = 1;
  while (d < 21 && n >= (POW10[d] as number)) d++;
  return d;
}

/** The number a piece of a run stands for, or undefined when no one prints it so (`07`). */
const numberOf = (piece: string) =>
  piece.length > 1 && piece[0] === "0" ? undefined : Number(piece);

/**
 * Every way to cut a run of digits into `n` whole numbers as they are printed (no leading zeros
 * but for 0 itself) that keeps the row's identities, or undefined when there are too many to try.
 * The last cell is cut first, from the end of the run: in the published tables it is the row's
 * total, which then bounds the parts cut from the start, so that cuts which cannot keep an
 * identity are abandoned as soon as they are begun.
 */
export function cuts(
  digits: string,
  n: number,
  sums: readonly RowSum[] = [],
): number[][] | undefined {
  const out: number[][] = [];
  if (n < 1 || digits.length < n) return out;
  const parts: (number | undefined)[] = Array.from({ length: n }, () => undefined);
  const most: number[] = Array.from({ length: n }, () => 0);
  let overflow = false;
  // digit sums of every start of the run: a number is its digit sum modulo 9
  const digitSums = [0];
  for (let i = 0; i < digits.length; i++)
    digitSums.push((digitSums[i] as number) + digits.charCodeAt(i) - 48);
  /** Cuts cells `k`… (but the last) from `digits[from, end)`. */
  const walk = (k: number, from: number, end: number) => {
    if (overflow) return;
    const left = n - 1 - k;
    const rest = end - from;
    if (!stillPossible(parts, sums, rest, left, most)) return;
    const restSum = (digitSums[end] as number) - (digitSums[from] as number);
    if (!ninesKept(parts, sums, restSum)) return;
    if (left === 0) {
      if (rest > 0) return;
      if (out.length >= MAX_CANDIDATES) overflow = true;
      else out.push([...(parts as number[])]);
      return;
    }
    const longest = left === 1 ? rest : Math.min(rest - (left - 1), MAX_NUMBER);
    for (let len = left === 1 ? rest : 1; len <= longest; len++) {
      const v = len > MAX_NUMBER ? undefined : numberOf(digits.slice(from, from + len));
      if (v === undefined) {
        if (left === 1) return;
        break;
      }
      parts[k] = v;
      walk(k + 1, from + len, end);
      parts[k] = undefined;
    }
  };
  const longestLast = n === 1 ? digits.length : Math.min(digits.length - (n - 1), MAX_NUMBER);
  for (let len = n === 1 ? digits.length : 1; len <= longestLast; len++) {
    const last = len > MAX_NUMBER ? undefined : numberOf(digits.slice(digits.length - len));
    if (last === undefined) continue;
    parts[n - 1] = last;
    walk(0, 0, digits.length - len);
  }
  return overflow ? undefined : out;
}

const joinSplit = (c: readonly Piece[]) => c.join("|");

/**
 * Rows printed as `label` + digits with no separator (crawled text): each is cut into its cells by
 * the row's own identities. One consistent cut is taken (and said); several are left to
 * {@link settleSplits}; none leaves the row blank (and says so).
 */
export function splitRunTogether(
  lines: readonly Line[],
  index: TableIndex,
): { lines: readonly Line[]; pending: PendingSplit[]; diagnostics: Diagnostic[] } {
  const pending: PendingSplit[] = [];
  const diagnostics: Diagnostic[] = [];
  let changed = false;
  const valueLines = lines.filter((l) => l.tokens.some((t) => DIGITS.test(t.text))).length;
  const out = lines.map((line) => {
    const split = runTogether(line, index, valueLines);
    if (!split) return line;
    const { row, label, digits } = split;
    changed = true;
    if (!DIGITS.test(digits) && row.cells.length === 1) {
      // an amount after its label: the row's only cell
      return rowLine(label, [{ text: digits, where: line.tokens.at(-1)?.where ?? line.where }]);
    }
    // counts are cut by the fast search; signed changes and amounts as their kinds print them
    const found = row.cells.every((c) => c.kind === "count")
      ? DIGITS.test(digits)
        ? cuts(digits, row.cells.length, row.sums)
        : []
      : kindCuts(digits, row.cells, row.sums);
    const candidates = found ?? [];
    const where = line.tokens.at(-1)?.where ?? line.where;
    const valueToken = (text: string): Token => ({ text, where });
    if (candidates.length === 1) {
      const chosen = candidates[0] as Piece[];
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
  return { lines: changed ? out : lines, pending, diagnostics };
}

function runTogether(
  line: Line,
  index: TableIndex,
  valueLines: number,
): { row: RowEntry; label: Token | undefined; digits: string } | undefined {
  // one token: a label with digits after it (a separated value is never re-split)
  let last: Token | undefined;
  for (const t of line.tokens) {
    if (t.text === "") continue;
    if (last) return undefined;
    last = t;
  }
  if (!last) return undefined;
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

/** The positions of a row's cells on the left (plus) and the right (minus) of an identity. */
interface Term {
  readonly plus: number[];
  readonly minus: number[];
}

/** One table identity as it bears on the rows still to split: constant + Σ terms = 0. */
interface Constraint {
  readonly constant: number;
  readonly terms: Map<PendingSplit, Term>;
}

/** What a cut of a row adds to one identity. */
function share(candidate: readonly Piece[], term: Term): number {
  let n = 0;
  for (const i of term.plus) n += Number(candidate[i]);
  for (const i of term.minus) n -= Number(candidate[i]);
  return n;
}

/** Every sum of one value from `a` and one from `b`, or undefined when there are too many to track. */
function sumsOf(a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> | undefined {
  const sums = new Set<number>();
  for (const x of a) for (const y of b) sums.add(x + y);
  return sums.size > MAX_SUMS ? undefined : sums;
}

/** Whether `target` is a sum of one value from `a` and one from `b`. */
function reaches(a: ReadonlySet<number>, b: ReadonlySet<number>, target: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(target - x)) return true;
  return false;
}

/** The table's identities over the rows still to split, the other cells taken as read. */
function constraintsOf(
  pending: readonly PendingSplit[],
  cells: Map<string, CellRead>,
  sums: readonly IdentityLike[],
): Constraint[] {
  const owner = new Map<string, [PendingSplit, number]>();
  for (const p of pending) for (const [i, c] of p.row.cells.entries()) owner.set(c.id, [p, i]);
  return sums.flatMap((s) => {
    let constant = 0;
    const terms = new Map<PendingSplit, Term>();
    for (const [ids, sign] of [
      [s.left, 1],
      [s.right, -1],
    ] as const) {
      for (const id of ids) {
        const own = owner.get(id);
        if (own) {
          const term = terms.get(own[0]) ?? { plus: [], minus: [] };
          (sign > 0 ? term.plus : term.minus).push(own[1]);
          terms.set(own[0], term);
          continue;
        }
        const v = cells.get(id)?.value;
        // a cell not read, or a mark (—, /, 无): the identity cannot judge a cut
        if (typeof v !== "number") return [];
        constant += sign * v;
      }
    }
    return terms.size ? [{ constant, terms }] : [];
  });
}

/**
 * Keeps, for every row, the cuts that some cuts of the other rows complete to keep each identity
 * (arc consistency), until nothing changes. Returns false when the identities leave some row with
 * no cut at all: the published figures break them, and they decide nothing.
 */
function narrow(constraints: readonly Constraint[]): boolean {
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of constraints) {
      const rows = [...c.terms.keys()];
      const terms = rows.map((p) => c.terms.get(p) as Term);
      const values = rows.map(
        (p, k) => new Set(p.candidates.map((cand) => share(cand, terms[k] as Term))),
      );
      // what the rows after k can add up to, and (as k advances) the rows before it
      const after: (Set<number> | undefined)[] = [];
      after[rows.length] = new Set([0]);
      for (let k = rows.length - 1; k >= 0; k--) {
        const next = after[k + 1];
        after[k] = next && sumsOf(values[k] as Set<number>, next);
      }
      let before: Set<number> | undefined = new Set([0]);
      rows.forEach((p, k) => {
        const rest = after[k + 1];
        if (before && rest) {
          const term = terms[k] as Term;
          const fits = new Map<number, boolean>();
          for (const v of values[k] as Set<number>)
            fits.set(v, reaches(before, rest, -c.constant - v));
          const kept = p.candidates.filter((cand) => fits.get(share(cand, term)));
          if (kept.length !== p.candidates.length) {
            p.candidates = kept;
            values[k] = new Set(kept.map((cand) => share(cand, term)));
            changed = true;
          }
        }
        before = before && sumsOf(before, values[k] as Set<number>);
      });
      if (rows.some((p) => p.candidates.length === 0)) return false;
    }
  }
  return true;
}

/**
 * Rows left with several cuts that keep their own identities: the table's identities (column
 * totals and the like) are applied over the cells read and over every such row at once. A row
 * left with one cut takes it (and says so); a cell on which every remaining cut agrees is taken
 * too; the other cells stay blank with a finding. Nothing is guessed: when the identities leave
 * some row no cut at all, the figures break them and they decide nothing.
 */
export function settleSplits(
  pending: readonly PendingSplit[],
  cells: Map<string, CellRead>,
  index: TableIndex,
  sums: readonly IdentityLike[],
): Diagnostic[] {
  if (pending.length === 0) return [];
  const byRow = pending.map((p) => p.candidates);
  if (!narrow(constraintsOf(pending, cells, sums)))
    pending.forEach((p, i) => {
      p.candidates = byRow[i] as Piece[][];
    });
  const diagnostics: Diagnostic[] = [];
  for (const p of pending) {
    const [first, ...rest] = p.candidates;
    const agreed = p.row.cells.map((_, i) =>
      first && rest.every((c) => c[i] === first[i]) ? first[i] : undefined,
    );
    p.row.cells.forEach((cell: CellDef, i) => {
      const v = agreed[i];
      if (v === undefined) return;
      const value: CellValue = cell.kind === "amount" ? String(v) : v;
      cells.set(cell.id, { value, provenance: provenanceOf(p.token.where, p.digits) });
    });
    if (first && rest.length === 0)
      diagnostics.push(splitFinding(index, p.row, p.digits, first, "table", p.token.where));
    else
      diagnostics.push(
        undecided(
          index,
          p.row,
          p.digits,
          p.candidates.length,
          p.token,
          agreed.map((v) => v !== undefined),
        ),
      );
  }
  return diagnostics;
}

function splitFinding(
  index: TableIndex,
  row: RowEntry,
  digits: string,
  chosen: readonly Piece[],
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

/**
 * `candidates`: how many cuts remain (0: none is consistent; -1: too many to try); `decided`: the
 * cells every remaining cut agrees on, which were taken (the others stay blank).
 */
function undecided(
  index: TableIndex,
  row: RowEntry,
  digits: string,
  candidates: number,
  token: Token,
  decided: readonly boolean[] = [],
): Diagnostic {
  const open = row.cells.filter((_, i) => !decided[i]);
  return diagnostic("parse/digits-undecided", "warning", {
    path: open[0]?.pointer ?? `/tables/${index.table.id}`,
    cells: open.map((c) => c.id),
    actual: digits,
    params: {
      ...at(token.where),
      row: row.label,
      candidates,
      decided: row.cells.length - open.length,
    },
  });
}
