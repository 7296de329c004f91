import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cellById } from "@zfxxgk/schema";
import { CATALOG_VERSION, ruleCatalog, ruleDocs, rules } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";

const docsDir = new URL("../docs/rules/", import.meta.url);

describe("rule catalog", () => {
  it("lists every rule with its metadata and the cells it reads", () => {
    expect(ruleCatalog.version).toBe(CATALOG_VERSION);
    expect(ruleCatalog.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    for (const r of ruleCatalog.rules) {
      expect(["official", "structural", "heuristic"]).toContain(r.type);
      expect(["error", "warning", "info"]).toContain(r.severity);
      for (const c of r.cells) expect(cellById(c), `${r.id} ${c}`).toBeDefined();
    }
    expect(JSON.parse(JSON.stringify(ruleCatalog))).toEqual(ruleCatalog);
  });

  it("is shipped as @zfxxgk/validate/catalog.json, equal to the export", () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve("@zfxxgk/validate/catalog.json");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(JSON.parse(JSON.stringify(ruleCatalog)));
  });

  it("committed docs pages match the catalog (regenerate with `npm run docs -w packages/validate`)", () => {
    const pages = ruleDocs(ruleCatalog);
    expect(readdirSync(docsDir).sort()).toEqual([...pages.keys()].sort());
    for (const [file, text] of pages)
      expect(readFileSync(new URL(file, docsDir), "utf8"), file).toBe(text);
  });
});
