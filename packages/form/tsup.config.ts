import { readFileSync } from "node:fs";
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

/**
 * zod's classic schemas carry its JSON Schema conversion (to and from) and its code-generating
 * `z.compile` with them, about 80 KB minified; the form never calls them (JSON Schemas come from
 * `jsonSchemaOf` in Node, and the model compiles its own checks). In the browser bundle each of
 * those modules keeps its exports, every one throwing a TypeError that says so when called (the
 * `create…` ones when the method they make is called, as schemas make them when read).
 */
const ZOD_UNUSED =
  /[\\/]zod[\\/]v4[\\/](core[\\/](to-json-schema|json-schema-processors|compile)|classic[\\/]from-json-schema)\.js$/;
const zodWithoutConversion: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "zod-without-conversion",
  setup(build) {
    build.onLoad({ filter: ZOD_UNUSED }, (args) => {
      const names = [
        ...readFileSync(args.path, "utf8").matchAll(/^export (?:function|const|class) (\w+)/gm),
      ].map((m) => m[1] as string);
      const stub = (name: string) =>
        `export function ${name}() { ${name.startsWith("create") ? "return fail;" : "fail();"} }`;
      const fail = `function fail() { throw new TypeError("zod's JSON Schema conversion and compile are left out of the @zfxxgk/form browser bundle"); }`;
      return { contents: [fail, ...names.map(stub)].join("\n"), loader: "js" };
    });
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
    esbuildPlugins: [zodEnglishOnly, zodWithoutConversion],
    // The workspace packages from their sources: module by module, what the form does not
    // reach (rule pages, the findings' JSON Schema, OpenCC) is left out, which a package's
    // single bundled file would not allow.
    esbuildOptions(options) {
      options.conditions = ["source"];
    },
    outExtension: () => ({ js: ".js" }),
  },
]);
