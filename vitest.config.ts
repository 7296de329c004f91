import { defineConfig } from "vitest/config";

/**
 * Tests that start Chromium, write or read PDFs, or run the command line (or another program) as a
 * subprocess. `npm run test:unit` leaves them out; `npm test` (CI) runs them with the rest.
 */
export const SLOW_TESTS = [
  "packages/*/test/browser/**/*.test.ts",
  "packages/pdf/test/**/*.test.ts",
  "packages/cli/test/**/*.test.ts",
  "packages/docx/test/office.test.ts",
  "packages/render/test/precompiled.test.ts",
  "packages/server/test/{bin,cli-parity,clients,documents,pdf,rollup-docx}.test.ts",
  "test/{commonjs,lockfile,old-report-pdf,published-corpus,roundtrip,seed-office-layouts,text-pdf}.test.ts",
];

/**
 * Every package's `exports` has a `source` condition (its `src/index.ts`): the unit tests run on the
 * sources, no rebuild. The slow tests run what is built (the CLI, the server, the form's bundle).
 */
const conditions = ["source", "module", "node", "development|production"];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        resolve: { conditions },
        ssr: { resolve: { conditions } },
        test: {
          name: "unit",
          include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
          exclude: SLOW_TESTS,
          // The unit tests share nothing global: one module graph per worker instead of one per file.
          isolate: false,
          // Pure computation: a worker per core (vitest's default leaves one core idle). The project
          // runs before `slow` (its own group), which keeps vitest's default for Chromium and pdftotext.
          maxWorkers: "100%",
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "slow",
          include: SLOW_TESTS,
          sequence: { groupOrder: 1 },
          // Type tests (`*.test-d.ts`) run tsc; `npm run check` type-checks the sources too.
          typecheck: { enabled: true, include: ["packages/*/test/**/*.test-d.ts"] },
        },
      },
    ],
  },
});
