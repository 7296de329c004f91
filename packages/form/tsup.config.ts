import { dirname, join } from "node:path";
import { defineConfig, type Options } from "tsup";
import { packageBuild } from "../../tsup.config.base.js";

/**
 * zod re-exports its error messages in some fifty languages (about 260 KB minified) as
 * `z.locales`; nothing here reads them (the toolkit has its own messages), so the browser bundle
 * keeps English, the default zod registers itself, and drops the rest.
 */
const zodEnglishOnly: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), "../locales/index.js"), namespace: "zod-locales" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), "en.js"))};`,
      resolveDir: dirname(args.path),
    }));
  },
};

export default defineConfig([
  // For bundlers and Node: ESM with declarations, dependencies left as imports.
  packageBuild({ entry: ["src/index.ts", "src/demo.ts"] }) as Options,
  // For a plain <script src> (also from file://, where module scripts are refused): one
  // self-contained classic script with the validator inside, defining <zfxxgk-form>.
  {
    entry: { "zfxxgk-form": "src/index.ts" },
    outDir: "dist/browser",
    format: ["iife"],
    globalName: "ZfxxgkForm",
    platform: "browser",
    target: "es2020",
    noExternal: [/.*/],
    minify: true,
    metafile: true,
    dts: false,
    clean: false,
    sourcemap: false,
    esbuildPlugins: [zodEnglishOnly],
    outExtension: () => ({ js: ".js" }),
  },
]);
