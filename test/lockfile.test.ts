import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));

/** A scratch repository: the lockfile script, the root and workspace manifests, the lockfile. */
let repo: string;

async function copyRepo(): Promise<void> {
  const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
  const files = [
    "scripts/lockfile.mjs",
    "package.json",
    "package-lock.json",
    ...manifest.workspaces.map((w: string) => `${w}/package.json`),
  ];
  for (const file of files) {
    await mkdir(dirname(join(repo, file)), { recursive: true });
    await copyFile(join(root, file), join(repo, file));
  }
}

async function check(): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, [join(repo, "scripts/lockfile.mjs")]);
    return { code: 0, stderr: "" };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe("lockfile check (npm run check:lock)", () => {
  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), "zfxxgk-lockfile-test-"));
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it("accepts the committed lockfile", async () => {
    await copyRepo();
    expect(await check()).toEqual({ code: 0, stderr: "" });
  });

  it("lists other platforms' optional packages (npm ci on macOS, Windows, Linux/arm64)", async () => {
    const lock = JSON.parse(await readFile(join(root, "package-lock.json"), "utf8"));
    const packages = Object.keys(lock.packages);
    for (const name of [
      "@rollup/rollup-darwin-arm64",
      "@rollup/rollup-win32-x64-msvc",
      "@biomejs/cli-linux-arm64",
    ]) {
      expect(packages).toContain(`node_modules/${name}`);
    }
  });

  it("fails, naming the package, when a manifest asks for a version the lockfile does not have", async () => {
    await copyRepo();
    const file = join(repo, "bench/package.json");
    const bench = JSON.parse(await readFile(file, "utf8"));
    bench.dependencies.tinybench = "^5.0.0";
    await writeFile(file, JSON.stringify(bench));
    const { code, stderr } = await check();
    expect(code).toBe(1);
    expect(stderr).toContain("npm run lock");
    expect(stderr).toMatch(/tinybench/);
  });

  it("fails when the lockfile lacks a platform's optional package", async () => {
    await copyRepo();
    const file = join(repo, "package-lock.json");
    const lock = JSON.parse(await readFile(file, "utf8"));
    delete lock.packages["node_modules/@rollup/rollup-darwin-arm64"];
    await writeFile(file, JSON.stringify(lock, null, 2));
    const { code, stderr } = await check();
    expect(code).toBe(1);
    expect(stderr).toContain("@rollup/rollup-darwin-arm64");
  });
});
