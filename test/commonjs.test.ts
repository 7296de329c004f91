import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const PACKAGES = [
  "schema",
  "validate",
  "fonts",
  "render",
  "parse",
  "docx",
  "rollup",
  "pdf",
  "server",
  "cli",
].map((dir) => ({
  dir: join(ROOT, "packages", dir),
  name: JSON.parse(readFileSync(join(ROOT, "packages", dir, "package.json"), "utf8"))
    .name as string,
}));
const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/** A project outside the repository that has every published package installed (linked). */
let project: string;
beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), "zfxxgk-commonjs-"));
  for (const { dir, name } of PACKAGES) {
    await mkdir(join(project, "node_modules", name, ".."), { recursive: true });
    await symlink(dir, join(project, "node_modules", name), "dir");
  }
  // Types of Node for the TypeScript consumer.
  await mkdir(join(project, "node_modules", "@types"), { recursive: true });
  await symlink(
    join(ROOT, "node_modules", "@types", "node"),
    join(project, "node_modules", "@types", "node"),
    "dir",
  );
});

describe("a CommonJS consumer", () => {
  it("require()s every library package and the CLI's entry with node, without flags", async () => {
    const file = join(project, "consumer.cjs");
    await writeFile(
      file,
      `const names = ${JSON.stringify(PACKAGES.map((p) => p.name))};
const out = {};
for (const name of names) out[name] = Object.keys(require(name)).length;
const { emptyReport, parseReport } = require("@zfxxgk/schema");
const { validate } = require("@zfxxgk/validate");
const report = emptyReport({ agency: "某局", year: 2025 });
out.ok = parseReport(report).ok;
out.codes = validate(report).diagnostics.map((d) => d.code);
console.log(JSON.stringify(out));
`,
    );
    const { stdout } = await run(process.execPath, [file], { cwd: project });
    const out = JSON.parse(stdout);
    for (const { name } of PACKAGES) expect(out[name], name).toBeGreaterThan(0);
    expect(out.ok).toBe(true);
    expect(out.codes).toEqual(["input/blank-tables"]);
  });

  it.each([
    ["commonjs", { module: "commonjs", moduleResolution: "node10" }],
    ["nodenext", { module: "nodenext", moduleResolution: "nodenext" }],
  ])(
    "a TypeScript project (module: %s) type-checks, compiles and runs",
    {
      timeout: 120_000,
    },
    async (kind, compiler) => {
      const dir = join(project, `ts-${kind}`);
      await mkdir(join(dir, "src"), { recursive: true });
      await writeFile(join(dir, "package.json"), JSON.stringify({ type: "commonjs" }));
      await writeFile(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            ...compiler,
            target: "es2022",
            strict: true,
            outDir: "dist",
            rootDir: "src",
            esModuleInterop: true,
            skipLibCheck: true,
            types: ["node"],
            typeRoots: [join(project, "node_modules", "@types")],
          },
        }),
      );
      await writeFile(
        join(dir, "src", "index.ts"),
        `import { emptyReport, type Report } from "@zfxxgk/schema";
import { formatText, validate } from "@zfxxgk/validate";
import { renderHtml } from "@zfxxgk/render";
const report: Report = emptyReport({ agency: "某局", year: 2025 });
const html: string = renderHtml(report);
console.log(JSON.stringify({ text: formatText(validate(report), { lang: "en" }), html: html.length }));
`,
      );
      await run(process.execPath, [TSC, "-p", dir], { cwd: dir });
      const { stdout } = await run(process.execPath, [join(dir, "dist", "index.js")], { cwd: dir });
      const out = JSON.parse(stdout);
      expect(out.text).toContain("has not been filled in");
      expect(out.html).toBeGreaterThan(1000);
    },
  );
});

describe("the licence", () => {
  it("is MIT at the root and in every published package, listed in its files", () => {
    const root = readFileSync(join(ROOT, "LICENSE"), "utf8");
    expect(root).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} zfxxgk contributors\n/);
    for (const { dir, name } of PACKAGES) {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      // our code is MIT; @zfxxgk/fonts also ships the fonts under their own licence (OFL-1.1)
      expect(manifest.license, name).toMatch(/^MIT(?: AND OFL-1\.1)?$/);
      expect(manifest.files, name).toContain("LICENSE");
      expect(readFileSync(join(dir, "LICENSE"), "utf8"), name).toBe(root);
    }
  });
});
