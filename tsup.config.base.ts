import { defineConfig, type Options } from "tsup";

/** How every package is built: ESM for Node 20 with type declarations and source maps. */
export function packageBuild(overrides: Options = {}) {
  return defineConfig({
    entry: ["src/index.ts"],
    format: ["esm"],
    dts: true,
    clean: false,
    target: "node20",
    sourcemap: true,
    ...overrides,
  });
}
