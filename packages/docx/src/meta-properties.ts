import type { Report } from "@zfxxgk/schema";

type Meta = Report["meta"];

/**
 * Metadata the official layout does not print, kept as custom document properties (File →
 * Properties in Word and WPS) so that a report read back from its .docx has them. What the
 * document's text says (a statistical period in the preamble) wins over a property.
 */
const FIELDS = ["period.start", "period.end", "creditCode", "divisionCode"] as const;
const PREFIX = "zfxxgk.meta.";

const get = (meta: Meta, path: string): unknown =>
  path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], meta);

export function metaProperties(meta: Meta): { name: string; value: string }[] {
  return FIELDS.flatMap((path) => {
    const value = get(meta, path);
    return typeof value === "string" ? [{ name: `${PREFIX}${path}`, value }] : [];
  });
}

/** Meta with the fields it lacks taken from the properties (a period only when both ends are there). */
export function withMetaProperties(meta: Meta, properties: ReadonlyMap<string, string>): Meta {
  const prop = (path: string) => properties.get(`${PREFIX}${path}`);
  const out: Record<string, unknown> = { ...meta };
  const start = prop("period.start");
  const end = prop("period.end");
  if (!meta.period && start && end) out.period = { start, end };
  for (const key of ["creditCode", "divisionCode"] as const) {
    const value = prop(key);
    if (meta[key] === undefined && value) out[key] = value;
  }
  return out as Meta;
}
