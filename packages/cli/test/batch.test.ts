import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { browserAvailable } from "../../../test/support/browser.js";
import { BIN, ROOT } from "./support.js";

const run = promisify(execFile);
const BATCH = 200;

/** Runs a command under a pseudo-terminal (util-linux `script`), as a person at a terminal would. */
async function inTerminal(command: string): Promise<{ status: number; screen: string }> {
  try {
    const { stdout } = await run("script", ["-qec", command, "/dev/null"], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: 0, screen: stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string };
    return { status: err.code ?? -1, screen: err.stdout ?? "" };
  }
}

describe(`a batch of ${BATCH} reports in a terminal`, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "zfxxgk-batch-"));
    const sources = (await readdir(join(ROOT, "examples"))).filter((f) => f.startsWith("seed-"));
    for (let i = 0; i < BATCH; i++) {
      const source = sources[i % sources.length] as string;
      await copyFile(
        join(ROOT, "examples", source),
        join(dir, `${String(i).padStart(3, "0")}-${source}`),
      );
    }

    const broken = JSON.parse(
      await readFile(join(dir, `199-${sources[199 % sources.length]}`), "utf8"),
    );
    broken.tables.T3.R1.TOT += 1;
    await writeFile(join(dir, "200-broken.json"), JSON.stringify(broken));
  });

  it("validate shows a progress bar and finishes with the right exit status", {
    timeout: 600_000,
  }, async () => {
    const validated = await inTerminal(
      `node ${BIN} validate '${dir}/*.json' --format json > ${dir}.findings.json`,
    );
    expect(validated.status).toBe(1);
    const findings = JSON.parse(await readFile(`${dir}.findings.json`, "utf8"));
    expect(findings.files).toHaveLength(BATCH + 1);
    const failing = findings.files.filter((f: { diagnostics: { severity: string }[] }) =>
      f.diagnostics.some((d) => d.severity === "error"),
    );
    expect(failing.map((f: { file: string }) => f.file)).toEqual([join(dir, "200-broken.json")]);
    expect(validated.screen).toMatch(new RegExp(`${BATCH + 1}/${BATCH + 1} 100%`));
  });

  it.runIf(browserAvailable())(
    "pdf shows a progress bar and writes every PDF",
    {
      timeout: 600_000,
    },
    async () => {
      const printed = await inTerminal(
        `node ${BIN} pdf '${dir}/*.json' -o ${dir}/pdf/ --concurrency 2`,
      );
      expect(printed.status).toBe(0);
      expect(printed.screen).toMatch(new RegExp(`${BATCH + 1}/${BATCH + 1} 100%`));
      const pdfs = (await readdir(join(dir, "pdf"))).filter((f) => f.endsWith(".pdf"));
      expect(pdfs).toHaveLength(BATCH + 1);
    },
  );
});
