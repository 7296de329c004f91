import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The precompile script runs as a subprocess (so in `SLOW_TESTS`).

describe("templates", () => {
  it("are precompiled into the committed generated module (up to date)", () => {
    const script = new URL("../scripts/precompile.mjs", import.meta.url);
    expect(() =>
      execFileSync(process.execPath, [script.pathname, "--check"], { stdio: "pipe" }),
    ).not.toThrow();
  });
});
