import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import canonicalize from "canonicalize";

/**
 * The content hash of a report as summed: sha256 of its JSON in canonical form (RFC 8785: keys
 * sorted, numbers and strings written one way), so the same content hashes the same whatever its
 * key order or spacing. An aggregate keeps it per constituent to tell later corrections apart.
 */
export function contentHash(value: unknown): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalize(value) ?? "null")))}`;
}
