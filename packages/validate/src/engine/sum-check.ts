import { BLANK, CELLS, type CellView, NUMBER } from "./cells.js";
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
    params: { ...id.params, ...(incomplete ? { blanks } : {}) },
    ...(left === right ? { severity: "info" as const } : {}),
  });
}

function blankIds(id: Identity, view: CellView): string {
  const out: string[] = [];
  for (const list of [id.left, id.right])
    for (const i of list)
      if (view.state[i] !== NUMBER)
        out.push(`${CELLS[i]?.id}${view.state[i] === BLANK ? "" : `=${String(view.raw[i])}`}`);
  return out.join(", ");
}
