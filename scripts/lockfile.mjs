#!/usr/bin/env node
// The committed package-lock.json against the package manifests, in a scratch copy of them (the
// working tree's node_modules is never read or touched):
//   node scripts/lockfile.mjs          check: every manifest's version ranges are the ones the lockfile
//                                      recorded for it, and `npm ci --dry-run --offline` accepts the
//                                      lockfile, so it lists the optional packages of every platform
//                                      (npm refuses a lockfile that lacks them)
//   node scripts/lockfile.mjs --write  write: `npm install --package-lock-only` with no node_modules,
//                                      which keeps the locked versions, adds what the manifests gained
//                                      and records every platform's optional packages
// A lockfile written by `npm install` next to an existing node_modules lacks the other platforms'
// optional packages (the linter's and the bundler's native binaries); `--write` never has one.
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const write = process.argv.includes("--write");

const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
const files = [
  "package.json",
  "package-lock.json",
  ...(manifest.workspaces ?? []).map((w) => join(w, "package.json")),
];
const FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];

/**
 * Where a manifest asks for another version range than the lockfile recorded for it, named
 * package by package (npm itself, offline, may only say that a package is not in its cache).
 */
async function drift() {
  const lock = JSON.parse(await readFile(join(root, "package-lock.json"), "utf8"));
  const lines = [];
  for (const folder of ["", ...(manifest.workspaces ?? [])]) {
    const file = join(folder, "package.json");
    const wanted = JSON.parse(await readFile(join(root, file), "utf8"));
    const locked = lock.packages?.[folder] ?? {};
    for (const field of FIELDS) {
      const names = new Set([
        ...Object.keys(wanted[field] ?? {}),
        ...Object.keys(locked[field] ?? {}),
      ]);
      for (const name of names) {
        const asked = wanted[field]?.[name];
        const recorded = locked[field]?.[name];
        if (asked !== recorded)
          lines.push(
            `${file} ${field}: ${name} ${asked ?? "（无 / none）"}, package-lock.json: ${recorded ?? "（无 / none）"}`,
          );
      }
    }
  }
  return lines;
}

const scratch = await mkdtemp(join(tmpdir(), "zfxxgk-lockfile-"));
try {
  const drifted = write ? [] : await drift();
  if (drifted.length > 0) {
    console.error(
      "package-lock.json 与各 package.json 不一致；请运行 `npm run lock` 后提交。\n" +
        "package-lock.json disagrees with the package.json files; run `npm run lock` and commit the result.\n" +
        drifted.join("\n"),
    );
    process.exitCode = 1;
  }
  for (const file of files) {
    await mkdir(dirname(join(scratch, file)), { recursive: true });
    await copyFile(join(root, file), join(scratch, file));
  }
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const common = ["--ignore-scripts", "--no-audit", "--no-fund"];
  const args = write
    ? ["install", "--package-lock-only", ...common]
    : ["ci", "--dry-run", "--offline", ...common];
  try {
    if (!process.exitCode)
      await run(npm, args, { cwd: scratch, shell: process.platform === "win32" });
  } catch (error) {
    const said = `${error.stderr ?? ""}`
      .split("\n")
      .filter((line) => /Missing:|Invalid:|does not satisfy|ERR|error code/.test(line))
      .join("\n");
    console.error(
      write
        ? `无法重写 package-lock.json。\nCould not rewrite package-lock.json.\n${error.stderr ?? error}`
        : "package-lock.json 与各 package.json 不一致，或缺少其他平台的可选依赖；请运行 `npm run lock` 后提交。\n" +
            "package-lock.json disagrees with the package.json files or lacks other platforms' optional " +
            `packages; run \`npm run lock\` and commit the result.\n${said || (error.stderr ?? error)}`,
    );
    process.exitCode = 1;
  }
  if (write && !process.exitCode) {
    await copyFile(join(scratch, "package-lock.json"), join(root, "package-lock.json"));
    console.log(
      "package-lock.json rewritten; run `npm ci` (or `npm install`) to update node_modules.",
    );
  } else if (!process.exitCode) {
    console.log(
      "package-lock.json matches every package.json and lists every platform's packages.",
    );
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
