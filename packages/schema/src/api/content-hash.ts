import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

type NodeCrypto = typeof import("node:crypto");

/** Node's own sha256 where there is one (many times faster); the portable one elsewhere. */
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;

/**
 * JSON in canonical form (RFC 8785) for the data a report holds: object keys sorted by UTF-16
 * code units (the default sort), everything else as JSON.stringify writes it (RFC 8785 adopts
 * ECMAScript's number and string serialisation). Written out rather than through a replacer,
 * which would copy every object.
 */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(",")}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    if (v !== undefined && typeof v !== "function")
      parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(",")}}`;
}

/**
 * The content hash of a report as summed: sha256 of its canonical JSON, so the same content
 * hashes the same whatever its key order or spacing. An aggregate keeps it per constituent to
 * tell later corrections apart.
 */
export function contentHash(value: unknown): string {
  const text = canonicalJson(value);
  const hex = nodeCrypto
    ? nodeCrypto.createHash("sha256").update(text).digest("hex")
    : bytesToHex(sha256(utf8ToBytes(text)));
  return `sha256:${hex}`;
}
