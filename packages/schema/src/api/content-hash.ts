import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

type NodeCrypto = typeof import("node:crypto");

/** Node's own sha256 where there is one (many times faster); the portable one elsewhere. */
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;

/**
 * JSON in canonical form (RFC 8785) for the data a report holds: object keys sorted by UTF-16
 * code units, everything else as JSON.stringify writes it (RFC 8785 adopts ECMAScript's number
 * and string serialisation).
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The content hash of a report as summed: sha256 of its canonical JSON, so the same content
 * hashes the same whatever its key order or spacing. An aggregate keeps it per constituent to
 * tell later corrections apart.
 */
export function contentHash(value: unknown): string {
  const text = canonicalJson(value) ?? "null";
  const hex = nodeCrypto
    ? nodeCrypto.createHash("sha256").update(text).digest("hex")
    : bytesToHex(sha256(utf8ToBytes(text)));
  return `sha256:${hex}`;
}
