import type { Diagnostic, EditionDefinition, Severity } from "@zfxxgk/schema";
import { CELLS, type CellView } from "./cells.js";
import { type Identity, identitiesOf } from "./sum-check.js";

/** The code of the finding that names a likely wrong cell. */
export const CULPRIT = "cell/culprit";

/** The identities an edition registers, and for each cell the identities it is in and on which side. */
interface Layout {
  readonly checked: readonly { readonly rule: string; readonly identity: Identity }[];
  readonly memberships: ReadonlyMap<number, readonly { index: number; side: 1 | -1 }[]>;
}

interface Suspect {
  readonly cell: number;
  /** How much the cell is off: its value minus the value that makes every identity hold. */
  readonly off: number;
  /** Indexes into the layout's identities. */
  readonly explains: readonly number[];
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

const layouts = new WeakMap<EditionDefinition, Layout>();

/** Which identities each cell takes part in: fixed for an edition, so worked out once. */
function layoutOf(edition: EditionDefinition): Layout {
  let layout = layouts.get(edition);
  if (layout) return layout;
  const checked = [...new Set(edition.identities.map((i) => i.rule))].flatMap((rule) =>
    identitiesOf(edition, rule).map((identity) => ({ rule, identity })),
  );
  const memberships = new Map<number, { index: number; side: 1 | -1 }[]>();
  checked.forEach(({ identity }, index) => {
    for (const [list, side] of [
      [identity.left, 1],
      [identity.right, -1],
    ] as const)
      for (const cell of list) {
        const entry = memberships.get(cell) ?? [];
        entry.push({ index, side });
        memberships.set(cell, entry);
      }
  });
  layout = { checked, memberships };
  layouts.set(edition, layout);
  return layout;
}

/**
 * Names the likely wrong cell where broken identities meet. A cell is a suspect when every
 * identity it takes part in is broken, by the same amount once the side it stands on is taken
 * into account, and there are at least two of them: then changing that one cell alone makes them
 * all hold. (A cell in only one identity cannot be told apart from the identity's other cells.)
 * Each suspect becomes a `cell/culprit` finding placed before the findings it explains, which get
 * `explainedBy`; identities of rules that raised nothing (switched off) explain nothing. Works on
 * any edition's identities as its registry gives them.
 */
export function nameCulprits(
  edition: EditionDefinition,
  cells: CellView,
  diagnostics: readonly Diagnostic[],
): readonly Diagnostic[] {
  const { checked, memberships } = layoutOf(edition);
  const gaps = checked.map(
    ({ identity }) => sum(identity.left, cells) - sum(identity.right, cells),
  );
  let brokenCount = 0;
  for (const gap of gaps) if (gap !== 0) brokenCount++;
  if (brokenCount < 2) return diagnostics;

  const suspects: Suspect[] = [];
  for (const [cell, inside] of memberships) {
    if (inside.length < 2) continue;
    const first = inside[0] as (typeof inside)[number];
    const off = (gaps[first.index] as number) * first.side;
    if (off === 0) continue;
    if (inside.every(({ index, side }) => (gaps[index] as number) * side === off))
      suspects.push({ cell, off, explains: inside.map((m) => m.index) });
  }

  // Widest explanation first; an identity is explained by one cell only, and a tie is no answer.
  suspects.sort((a, b) => b.explains.length - a.explains.length);
  const taken = new Set<number>();
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
  if (chosen.length === 0) return diagnostics;

  const out = [...diagnostics];
  const culprits: Diagnostic[] = [];
  for (const s of chosen) {
    const id = CELLS[s.cell]?.id ?? String(s.cell);
    const explained = new Set<number>();
    for (const index of s.explains) {
      const { rule, identity } = checked[index] as Layout["checked"][number];
      const at = out.findIndex(
        (d) => d.code === rule && d.path === identity.path && d.explainedBy === undefined,
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
