import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { zfxxgk } from "./support.js";

describe("zfxxgk form", () => {
  it("writes the self-contained demo page, with the example the page can load", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "zfxxgk-form-cli-")), "form");
    const run = await zfxxgk([
      "form",
      "-o",
      out,
      "--example",
      "examples/seed-000-xishan-2024.json",
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(join(out, "index.html"));
    for (const file of ["index.html", "zfxxgk-form.js", "demo.js"])
      expect(existsSync(join(out, file)), file).toBe(true);
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain('<script src="zfxxgk-form.js"></script>');
    expect(html).toContain('id="example-report"');
    expect(html).toContain("西山区政务服务管理局");
    // nothing is fetched from elsewhere: no http(s) URL in src or href
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it("an example that is not a valid report is a usage error naming the file", async () => {
    const out = mkdtempSync(join(tmpdir(), "zfxxgk-form-cli-"));
    const run = await zfxxgk(["form", "-o", out, "--example", "package.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("package.json");
    expect(existsSync(join(out, "index.html"))).toBe(false);
  });
});
