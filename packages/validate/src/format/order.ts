import { type Diagnostic, EDITIONS, type Severity } from "@zfxxgk/schema";
import { CULPRIT } from "../engine/culprits.js";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Official position of every cell id (table, then row, then column), across the editions. */
const POSITION = (() => {
  const position = new Map<string, number>();
  for (const edition of Object.values(EDITIONS))
    for (const cell of edition.cells)
      if (!position.has(cell.id)) position.set(cell.id, position.size);
  return position;
})();

const positionOf = (d: Diagnostic) =>
  d.cells.length ? (POSITION.get(d.cells[0] as string) ?? -1) : -1;

/**
 * Findings in the order a reader works through them: by severity, a likely wrong cell first, then
 * by table, row and column of the first cell (findings about the whole report before those about
 * cells); the findings a culprit explains follow it directly.
 */
export function inReadingOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const keyed = diagnostics.map((d, index) => ({ d, index, position: positionOf(d) }));
  const byPlace = (a: (typeof keyed)[number], b: (typeof keyed)[number]) =>
    a.position - b.position || a.index - b.index;
  const explained = new Map<string, (typeof keyed)[number][]>();
  for (const k of keyed)
    if (k.d.explainedBy !== undefined) {
      const list = explained.get(k.d.explainedBy) ?? [];
      list.push(k);
      explained.set(k.d.explainedBy, list);
    }
  const top = keyed
    .filter((k) => k.d.explainedBy === undefined)
    .sort(
      (a, b) =>
        RANK[a.d.severity] - RANK[b.d.severity] ||
        Number(b.d.code === CULPRIT) - Number(a.d.code === CULPRIT) ||
        byPlace(a, b),
    );
  return top
    .flatMap((k) => {
      const under = k.d.code === CULPRIT ? explained.get(k.d.cells[0] as string) : undefined;
      if (under) explained.delete(k.d.cells[0] as string);
      return [k.d, ...(under ?? []).sort(byPlace).map((u) => u.d)];
    })
    .concat(
      [...explained.values()]
        .flat()
        .sort(byPlace)
        .map((u) => u.d),
    );
}
