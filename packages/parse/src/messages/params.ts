import type { Diagnostic } from "@zfxxgk/schema";

/** What the message files of every locale read of a finding; no wording here. */
export const p = (d: Diagnostic, key: string) => d.params?.[key];

/** The row number of a location (a finding about a row puts the row's label in `row`). */
export const rowOf = (d: Diagnostic) => (typeof p(d, "row") === "number" ? p(d, "row") : undefined);

/** The cell a finding is about, or its path. */
export const cell = (d: Diagnostic) => d.cells[0] ?? d.path;

/** The official table a finding is about, from its path (its params may locate an HTML table). */
export const tableOf = (d: Diagnostic) =>
  /^\/tables\/([^/]+)/.exec(d.path)?.[1] ?? String(p(d, "table") ?? "");
