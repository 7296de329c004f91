import type { EditionDefinition } from "@zfxxgk/schema";
import { BLANK, CELLS, type CellView, idx, NUMBER } from "./cells.js";
import type { Emit } from "./rule.js";

/** A precomputed identity: Σ left = Σ right, with the cells it names and where to point. */
export interface Identity {
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Ids of every cell involved, left side first. */
  readonly ids: readonly string[];
  /** JSON Pointer of the cell that holds the total. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
}

export function identity(
  left: readonly number[],
  right: readonly number[],
  params: Record<string, string> = {},
): Identity {
  const all = [...left, ...right];
  return {
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    ids: all.map((i) => CELLS[i]?.id ?? String(i)),
    path: CELLS[left[0] ?? 0]?.pointer ?? "",
    params,
  };
}

/**
 * Checks an identity. Blank cells and marks count as 0; when any is involved the identity is
 * "not fully assessable": a violation says so, and a pass is reported as a note instead of silence.
 */
export function checkIdentity(id: Identity, view: CellView, emit: Emit): void {
  const { num, state } = view;
  let left = 0;
  let right = 0;
  let incomplete = false;
  // Indexed loops: for…of over a typed array goes through the iterator protocol.
  const l = id.left;
  for (let k = 0; k < l.length; k++) {
    const i = l[k] as number;
    left += num[i] as number;
    if (state[i] !== NUMBER) incomplete = true;
  }
  const r = id.right;
  for (let k = 0; k < r.length; k++) {
    const i = r[k] as number;
    right += num[i] as number;
    if (state[i] !== NUMBER) incomplete = true;
  }
  if (left === right && !incomplete) return;
  const blanks = incomplete ? blankIds(id, view) : "";
  emit({
    path: id.path,
    cells: id.ids,
    expected: right,
    actual: left,
    difference: left - right,
    params: {
      ...id.params,
      left: termsOf(id.left, view),
      right: termsOf(id.right, view),
      ...(incomplete ? { blanks } : {}),
    },
    ...(left === right ? { severity: "info" as const } : {}),
  });
}

/** The cells of one side with their values as read: a number, null when blank, the mark written (“—”). */
function termsOf(
  side: Int32Array,
  view: CellView,
): { cell: string; value: number | string | null }[] {
  const out = [];
  for (const i of side) {
    const state = view.state[i];
    const value =
      state === NUMBER ? (view.num[i] as number) : state === BLANK ? null : String(view.raw[i]);
    out.push({ cell: CELLS[i]?.id ?? String(i), value });
  }
  return out;
}

function blankIds(id: Identity, view: CellView): string {
  const out: string[] = [];
  for (const list of [id.left, id.right])
    for (const i of list)
      if (view.state[i] !== NUMBER)
        out.push(`${CELLS[i]?.id}${view.state[i] === BLANK ? "" : `=${String(view.raw[i])}`}`);
  return out.join(", ");
}

const byEdition = new WeakMap<EditionDefinition, Map<string, Identity[]>>();

/** The identities an edition registers for a rule, with their cells resolved to slots (once). */
export function identitiesOf(edition: EditionDefinition, rule: string): readonly Identity[] {
  let rules = byEdition.get(edition);
  if (!rules) {
    rules = new Map();
    for (const i of edition.identities) {
      const list = rules.get(i.rule) ?? [];
      list.push(identity(i.left.map(idx), i.right.map(idx), { ...i.params }));
      rules.set(i.rule, list);
    }
    byEdition.set(edition, rules);
  }
  return rules.get(rule) ?? [];
}

/** Every cell any edition's identities for a rule name (for the catalog). */
export function identityCells(editions: readonly EditionDefinition[], rule: string): string[] {
  const out = new Set<string>();
  for (const e of editions)
    for (const i of e.identities)
      if (i.rule === rule) for (const id of [...i.left, ...i.right]) out.add(id);
  return [...out];
}
