import type { Diagnostic, Severity } from "@zfxxgk/schema";
import { CELLS, type CellView } from "./cells.js";
import type { Rule } from "./rule.js";
import type { Identity } from "./sum-check.js";

/** The code of the finding that names a likely wrong cell. */
export const CULPRIT = "cell/culprit";

interface Checked {
  readonly rule: string;
  readonly identity: Identity;
  /** Σ left − Σ right; 0 when the identity holds. */
  readonly gap: number;
}

interface Suspect {
  readonly cell: number;
  /** How much the cell is off: its value minus the value that makes every identity hold. */
  readonly off: number;
  readonly explains: readonly Checked[];
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Names the likely wrong cell where broken identities meet. A cell is a suspect when every
 * identity it takes part in is broken, by the same amount once the side it stands on is taken
 * into account, and there are at least two of them: then changing that one cell alone makes them
 * all hold. (A cell in only one identity cannot be told apart from the identity's other cells.)
 * Each suspect becomes a `cell/culprit` finding placed before the findings it explains, which get
 * `explainedBy`; identities of rules that raised nothing (switched off) explain nothing.
 */
export function nameCulprits(
  ruleset: readonly Rule[],
  cells: CellView,
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  const checked = ruleset.flatMap((rule) =>
    (rule.identities ?? []).map((identity) => ({
      rule: rule.id,
      identity,
      gap: sum(identity.left, cells) - sum(identity.right, cells),
    })),
  );
  const broken = checked.filter((c) => c.gap !== 0);
  if (broken.length < 2) return [...diagnostics];

  const memberships = new Map<number, { checked: Checked; side: 1 | -1 }[]>();
  for (const c of checked)
    for (const [list, side] of [
      [c.identity.left, 1],
      [c.identity.right, -1],
    ] as const)
      for (const cell of list) {
        const entry = memberships.get(cell) ?? [];
        entry.push({ checked: c, side });
        memberships.set(cell, entry);
      }

  const suspects: Suspect[] = [];
  for (const cell of new Set(broken.flatMap((c) => [...c.identity.left, ...c.identity.right]))) {
    const inside = memberships.get(cell) ?? [];
    if (inside.length < 2) continue;
    const off = (inside[0] as (typeof inside)[number]).checked.gap * (inside[0]?.side ?? 1);
    if (inside.every(({ checked: c, side }) => c.gap !== 0 && c.gap * side === off))
      suspects.push({ cell, off, explains: inside.map((m) => m.checked) });
  }

  // Widest explanation first; an identity is explained by one cell only, and a tie is no answer.
  suspects.sort((a, b) => b.explains.length - a.explains.length);
  const taken = new Set<Checked>();
  const chosen: Suspect[] = [];
  for (const s of suspects) {
    if (s.explains.some((c) => taken.has(c))) continue;
    const rival = suspects.some(
      (o) =>
        o !== s &&
        o.explains.length === s.explains.length &&
        o.explains.every((c) => s.explains.includes(c)),
    );
    if (rival) continue;
    for (const c of s.explains) taken.add(c);
    chosen.push(s);
  }
  if (chosen.length === 0) return [...diagnostics];

  const out = [...diagnostics];
  const culprits: Diagnostic[] = [];
  for (const s of chosen) {
    const id = CELLS[s.cell]?.id ?? String(s.cell);
    const explained = new Set<number>();
    for (const c of s.explains) {
      const at = out.findIndex(
        (d) => d.code === c.rule && d.path === c.identity.path && d.explainedBy === undefined,
      );
      if (at >= 0) explained.add(at);
    }
    if (explained.size < 2) continue;
    let severity: Severity = "info";
    for (const at of explained) {
      const d = out[at] as Diagnostic;
      if (RANK[d.severity] > RANK[severity]) severity = d.severity;
      out[at] = { ...d, explainedBy: id };
    }
    const actual = cells.num[s.cell] as number;
    culprits.push({
      code: CULPRIT,
      severity,
      path: CELLS[s.cell]?.pointer ?? "",
      cells: [id],
      expected: actual - s.off,
      actual,
      difference: s.off,
      params: {
        count: explained.size,
        explains: [...explained]
          .sort((a, b) => a - b)
          .map((at) => out[at]?.code)
          .join(", "),
      },
    });
  }
  return [...culprits, ...out];
}

function sum(list: Int32Array, cells: CellView): number {
  let total = 0;
  for (let k = 0; k < list.length; k++) total += cells.num[list[k] as number] as number;
  return total;
}
