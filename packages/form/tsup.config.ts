import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import { packageBuild } from "../../tsup.config.base.js";

/**
 * zod's classic schemas carry its JSON Schema conversion (to and from) and its code-generating
 * `z.compile` with them, about 15 KB minified (5 KB gzipped); the form never calls them (JSON
 * Schemas come from `jsonSchemaOf` in Node, and the model compiles its own checks). In the browser
 * bundle each of those modules keeps its exports, every one throwing a TypeError that says so when
 * called (the `create…` ones when the method they make is called, as schemas make them when read).
 * The rest of zod that the form does not reach, its error messages in other languages among them,
 * is left out because the packages import it as a namespace (`import * as z`, see biome.json).
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
    esbuildPlugins: [zodWithoutConversion],
    // The workspace packages from their sources: module by module, what the form does not
    // reach (rule pages, the findings' JSON Schema, OpenCC) is left out, which a package's
    // single bundled file would not allow.
    esbuildOptions(options) {
      options.conditions = ["source"];
    },
    outExtension: () => ({ js: ".js" }),
  },
]);
