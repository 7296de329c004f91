import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { configure } from "safe-stable-stringify";

type NodeCrypto = typeof import("node:crypto");

/** Node's own sha256 where there is one (many times faster); the portable one elsewhere. */
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;

/**
 * JSON in canonical form (RFC 8785) for the data a report holds: object keys sorted by UTF-16
 * code units, everything else as JSON.stringify writes it (RFC 8785 adopts ECMAScript's number
 * and string serialisation). A circular value is refused rather than written as a placeholder.
 */
const canonical = configure({ deterministic: true, circularValue: TypeError });
const canonicalJson = (value: unknown): string => canonical(value) ?? "null";

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
