import type { UiWord } from "./messages.js";

/** A metadata field of the report envelope, drawn as a labelled text input. */
export interface MetaField {
  readonly path: readonly string[];
  readonly label: UiWord;
  readonly group: "meta" | "contact";
  readonly inputmode?: "numeric" | "email" | "tel" | "url";
  readonly placeholder?: string;
  /** The model value of the typed text; `undefined` leaves an optional field out. */
  readonly read: (text: string) => unknown;
}

const optional = (text: string) => text.trim() || undefined;
const date = { placeholder: "YYYY-MM-DD", read: optional } as const;

export const META_FIELDS: readonly MetaField[] = [
  { path: ["meta", "agency"], label: "agency", group: "meta", read: (t) => t.trim() },
  {
    path: ["meta", "year"],
    label: "year",
    group: "meta",
    inputmode: "numeric",
    // Not a year: kept as typed, so the model check names the field.
    read: (t) => (/^[0-9]{1,4}$/u.test(t.trim()) ? Number(t.trim()) : t.trim()),
  },
  { path: ["meta", "title"], label: "title", group: "meta", read: optional },
  { path: ["meta", "period", "start"], label: "periodStart", group: "meta", ...date },
  { path: ["meta", "period", "end"], label: "periodEnd", group: "meta", ...date },
  { path: ["meta", "publishedOn"], label: "publishedOn", group: "meta", ...date },
  { path: ["meta", "creditCode"], label: "creditCode", group: "meta", read: optional },
  {
    path: ["meta", "divisionCode"],
    label: "divisionCode",
    group: "meta",
    inputmode: "numeric",
    read: optional,
  },
  { path: ["meta", "contact", "unit"], label: "unit", group: "contact", read: optional },
  { path: ["meta", "contact", "address"], label: "address", group: "contact", read: optional },
  {
    path: ["meta", "contact", "postcode"],
    label: "postcode",
    group: "contact",
    inputmode: "numeric",
    read: optional,
  },
  {
    path: ["meta", "contact", "phone"],
    label: "phone",
    group: "contact",
    inputmode: "tel",
    read: optional,
  },
  {
    path: ["meta", "contact", "email"],
    label: "email",
    group: "contact",
    inputmode: "email",
    read: optional,
  },
  {
    path: ["meta", "contact", "website"],
    label: "website",
    group: "contact",
    inputmode: "url",
    read: optional,
  },
];

export function readPath(target: unknown, path: readonly string[]): unknown {
  let node = target;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Sets a value at a path, creating objects on the way; `undefined` removes the key, and an
 * object left empty by that (a contact block with no field) is removed too.
 */
export function writePath(target: object, path: readonly string[], value: unknown): void {
  const trail: Record<string, unknown>[] = [];
  let node = target as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    trail.push(node);
    if (typeof node[key] !== "object" || node[key] === null) {
      if (value === undefined) return;
      node[key] = {};
    }
    node = node[key] as Record<string, unknown>;
  }
  const last = path.at(-1) as string;
  if (value !== undefined) {
    node[last] = value;
    return;
  }
  delete node[last];
  for (let i = trail.length - 1; i >= 1; i--) {
    const parent = trail[i] as Record<string, unknown>;
    const key = path[i] as string;
    const child = parent[key];
    if (typeof child === "object" && child !== null && Object.keys(child).length === 0)
      delete parent[key];
    else break;
  }
}
