import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The bundled example reports (`examples/*.json`), for every package's tests. */
export const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));

/** The shared seed reports the seed examples were transcribed from (`../shared/seeds`). */
export const SEEDS_DIR = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));

export interface Example {
  /** File name without `.json`, e.g. `seed-002-jingzhou-2024`. */
  readonly name: string;
  /** Absolute path of the JSON file. */
  readonly file: string;
  /** The parsed JSON, a fresh copy on every call (tests may change it). */
  readonly json: unknown;
}

export interface SeedExample extends Example {
  /** The seed report's id, e.g. `002` for `../shared/seeds/002_*.txt`. */
  readonly seed: string;
}

const SEED_NAME = /^seed-(\d{3})-/;

/**
 * Reports transcribed from published ones, kept apart from `examples/*.json` because they fail the
 * validator as published (blank totals) or hold only part of the figures: the CLI examples and
 * `npm run demo`, which expect every report there to pass, leave them out; the tests take them in.
 */
export const TRANSCRIBED_DIR = join(EXAMPLES_DIR, "transcribed");

/** Every `examples/*.json` and `examples/transcribed/*.json`, sorted by name. */
export function loadExamples(): Example[] {
  const files = [EXAMPLES_DIR, TRANSCRIBED_DIR].flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".json"))
          .map((f) => ({ dir, f }))
      : [],
  );
  return files
    .sort((a, b) => (a.f < b.f ? -1 : a.f > b.f ? 1 : 0))
    .map(({ dir, f }) => {
      const file = join(dir, f);
      return {
        name: f.slice(0, -".json".length),
        file,
        json: JSON.parse(readFileSync(file, "utf8")),
      };
    });
}

/** The examples transcribed from a seed report (`seed-NNN-*.json`), sorted by seed id. */
export function seedExamples(): SeedExample[] {
  return loadExamples().flatMap((e) => {
    const seed = SEED_NAME.exec(e.name)?.[1];
    return seed ? [{ ...e, seed }] : [];
  });
}

/** The seed report's text file for a seed id, or undefined when the seeds are not on this machine. */
export function seedFile(seed: string): string | undefined {
  if (!existsSync(SEEDS_DIR)) return undefined;
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${seed}_`) && f.endsWith(".txt"));
  return name ? join(SEEDS_DIR, name) : undefined;
}
