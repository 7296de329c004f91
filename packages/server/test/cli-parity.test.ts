import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  cli,
  EXAMPLE,
  EXAMPLE_PREVIOUS,
  exampleJson,
  exampleText,
  post,
  useServer,
} from "./support/server.js";

// The service's answers beside the command line's, run as a subprocess (so in `SLOW_TESTS`).

describe("the service (PDFs off) and the CLI", () => {
  const s = useServer({ pdf: false });

  it("validates a report exactly as `zfxxgk validate --format json` does", async () => {
    const response = await post(`${s.url}/v1/validate`, exampleText());
    expect(response.status).toBe(200);
    const body = await response.json();
    const expected = JSON.parse(cli("validate", EXAMPLE, "--format", "json"));
    expect(body.files[0].file).toBe("-");
    expect(body.files[0].diagnostics).toEqual(expected.files[0].diagnostics);
    expect(body.files[0].diagnostics.length).toBeGreaterThan(0);
  });

  it("validates with last year's report and in English, as the CLI does", async () => {
    // Last year's carry-over differs from this year's: the cross-year rules have something to say.
    const previous = exampleJson(EXAMPLE_PREVIOUS) as unknown as {
      tables: { T3: { R4: { NP: number } } };
    };
    previous.tables.T3.R4.NP += 7;
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-server-test-"));
    const previousFile = join(dir, "previous.json");
    writeFileSync(previousFile, JSON.stringify(previous));
    try {
      const body = JSON.stringify({ report: exampleJson(), previous });
      const response = await post(`${s.url}/v1/validate?lang=en`, body);
      expect(response.status).toBe(200);
      const expected = JSON.parse(
        cli("validate", EXAMPLE, "--previous", previousFile, "--format", "json", "--lang", "en"),
      );
      const got = (await response.json()).files[0].diagnostics;
      expect(got).toEqual(expected.files[0].diagnostics);
      expect(got.map((d: { code: string }) => d.code)).toContain("T3-06");
      expect(got[0].message).toMatch(/^[\x20-\x7e]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
