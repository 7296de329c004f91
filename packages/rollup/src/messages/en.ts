import type { Diagnostic } from "@zfxxgk/schema";
import type { RollupErrorMessages, RollupMessages } from "./types.js";

// The English wording of the roll-up's findings.

/** "name" (label): one constituent. */
const who = (d: Diagnostic) => {
  const name = String(d.params?.constituent ?? "");
  const label = String(d.params?.label ?? "");
  return label && label !== name ? `"${name}" (${label})` : `"${name}"`;
};
const cellList = (d: Diagnostic) =>
  d.cells.length > 6
    ? `${d.cells.slice(0, 6).join(", ")} and ${d.cells.length - 6} more`
    : d.cells.join(", ");

export default {
  "rollup/invalid": (d) =>
    `${who(d)} is not a valid report (${d.params?.count} errors); not summed`,
  "rollup/constituent-errors": (d) =>
    `${who(d)} has ${d.params?.count} errors; summed as written — correct that report first`,
  "rollup/duplicate-content": (d) =>
    `${who(d)} has the same content as "${d.params?.keptName}" (${d.params?.kept}); summed once`,
  "rollup/duplicate-body": (d) =>
    `${who(d)} is the same body as "${d.params?.keptName}" (${d.params?.kept}) (same name or credit code); only the first is summed`,
  "rollup/year": (d) =>
    `${who(d)} is a ${d.actual} report; the roll-up is for ${d.expected}; not summed`,
  "rollup/edition-refused": (d) =>
    `${who(d)} is in the ${d.actual} format and the roll-up in the ${d.expected} format; ${d.params?.crosswalk === "refused" ? "mapping was turned off" : "no exact mapping exists"}; not summed`,
  "rollup/edition-mapped": (d) =>
    `${who(d)} was mapped into the ${d.expected} format through the format's crosswalk: ${d.params?.mapped} cells map exactly${Number(d.params?.unmapped) > 0 ? `; ${d.params?.unmapped} have no counterpart and were not summed: ${cellList(d)}` : ""}`,
  "rollup/unit-converted": (d) =>
    `${who(d)} wrote ${d.cells[0]} as "${d.actual}"; converted to ${d.params?.wan} 万元`,
  "rollup/unit-missing": (d) =>
    `${who(d)} wrote ${d.cells[0]} as "${d.actual}" with no unit; read as ${d.params?.unit} (${d.params?.wan} 万元) — please check`,
  "rollup/unit-slip": (d) =>
    `${who(d)} has ${d.cells[0]} = ${d.actual} 万元, at least ${d.params?.ratio} times the median ${d.params?.median} of all bodies: 元 entered as 万元?`,
  "rollup/blank": (d) =>
    `${who(d)} left ${d.params?.count} cells blank, summed as 0: ${cellList(d)}`,
  "rollup/mark": (d) =>
    `${who(d)} wrote marks such as "—" or "无" in ${d.params?.count} cells, summed as 0: ${cellList(d)}`,
  "rollup/joint-documents": (d) =>
    `${d.cells[0]} sums to ${d.actual} over ${d.params?.bodies} bodies: joint documents are counted once per co-issuer, so the sum over-counts them`,
  "rollup/missing": (d) =>
    `No report of "${d.params?.name || d.params?.creditCode}"${d.params?.name && d.params?.creditCode ? ` (${d.params?.creditCode})` : ""}, which the roll-up expects${Number(d.params?.line) > 0 ? ` (list line ${d.params?.line})` : ""}`,
  "rollup/unexpected": (d) => `${who(d)} is not on the expected list; summed — please check`,
  "rollup/narrative": () =>
    "Narrative sections cannot be added up; the aggregate's text (and any rates in it) must be written from the sums",
} satisfies RollupMessages;

/** The errors the roll-up throws. */
export const errors = {
  noEdition: ({ year }) => `no format edition for report year ${year}; nothing rolled up`,
  expectedNoName: ({ line }) => `expected list, line ${line}: no name`,
} satisfies RollupErrorMessages;
