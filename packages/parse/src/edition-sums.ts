import { EDITIONS, type Edition } from "@zfxxgk/schema";
import type { IdentityLike } from "./split-digits.js";

const cache = new Map<string, readonly IdentityLike[]>();

/** The identities of an edition that lie within one of its tables, from the edition registry. */
export function identitiesOfTable(edition: Edition, table: string): readonly IdentityLike[] {
  const key = `${edition}\u0000${table}`;
  let found = cache.get(key);
  if (!found) {
    const prefix = `${table}.`;
    found = EDITIONS[edition].identities.filter((i) =>
      [...i.left, ...i.right].every((id) => id.startsWith(prefix)),
    );
    cache.set(key, found);
  }
  return found;
}
