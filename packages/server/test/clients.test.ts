import { execFile, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ENVIRONMENT } from "@zfxxgk/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable } from "../../../test/support/browser.js";
import { EXAMPLE, EXAMPLE_PREVIOUS, useServer } from "./support/server.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The fenced block after `<!-- client-example: name -->` in the README. */
function example(name: string): string {
  const match = new RegExp(
    `<!-- client-example: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``,
  ).exec(README);
  if (!match?.[1]) throw new Error(`no ${name} example in the README`);
  return match[1];
}

const has = (command: string) =>
  spawnSync(command, ["--version"]).status === 0 || spawnSync(command, ["-version"]).status === 0;

describe("the README", () => {
  it("lists every environment variable the service reads", () => {
    for (const name of Object.keys(ENVIRONMENT)) expect(README).toContain(`| \`${name}\``);
  });
});

describe.runIf(browserAvailable())("the README's client examples, against a started server", () => {
  const s = useServer({ pdf: { concurrency: 1, queueLimit: 4 } });
  let dir = "";
  // Asynchronous: the server answers from this very process.
  const run = async (command: string, args: string[]) =>
    (
      await promisify(execFile)(command, args, {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, ZFXXGK_URL: s.url },
        timeout: 120_000,
      })
    ).stdout;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "zfxxgk-clients-"));
    copyFileSync(EXAMPLE, join(dir, "report.json"));
    copyFileSync(EXAMPLE_PREVIOUS, join(dir, "last-year.json"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("curl", async () => {
    const out = await run("bash", ["-euo", "pipefail", "-c", example("curl")]);
    // Three JSON answers one after the other: validate, validate with last year's report, parse.
    const answers = out.split(/(?=\{"files":|\{"report":)/).map((part) => JSON.parse(part));
    expect(answers).toHaveLength(3);
    expect(answers[0].files[0].file).toBe("-");
    expect(answers[1].files[0].diagnostics).not.toEqual([]);
    expect(Object.keys(answers[2].provenance).length).toBeGreaterThan(10);
    expect(readFileSync(join(dir, "report.html"), "utf8")).toMatch(/^<!doctype html>/i);
    expect(readFileSync(join(dir, "report.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("Python (standard library)", async () => {
    writeFileSync(join(dir, "client.py"), example("python"));
    const out = await run("python3", ["client.py"]);
    expect(out).toMatch(/^(error|warning|info) \S+ \/\S* .+$/m);
    expect(out).toMatch(/\n\d+ findings, 0 errors\n$/);
  });

  it.runIf(has("java"))(
    "Java (java.net.http)",
    async () => {
      writeFileSync(join(dir, "Validate.java"), example("java"));
      const out = await run("java", ["Validate.java"]);
      expect(JSON.parse(out).files[0].diagnostics.length).toBeGreaterThan(0);
    },
    120_000,
  );
  if (!has("java"))
    console.warn(
      "skipping the Java example: no java on this machine (apt-get install default-jdk-headless)",
    );
});
