import { readdirSync, readFileSync } from "node:fs";
import parse from "@changesets/parse";
import { describe, expect, it } from "vitest";

// Every changeset must parse as the release tool reads it (a broken frontmatter fails `changeset
// version` only at release time) and name packages of this workspace.

const dir = new URL("../.changeset/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md");
const root = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const names = new Set<string>(
  (root.workspaces as string[]).map(
    (w) => JSON.parse(readFileSync(new URL(`../${w}/package.json`, import.meta.url), "utf8")).name,
  ),
);

describe("changesets", () => {
  it("there are some", () => expect(files.length).toBeGreaterThan(0));

  it.each(files)("%s parses and names workspace packages", (file) => {
    const { releases, summary } = parse(readFileSync(new URL(file, dir), "utf8"));
    expect(releases.length).toBeGreaterThan(0);
    for (const release of releases) {
      expect(names).toContain(release.name);
      expect(["major", "minor", "patch"]).toContain(release.type);
    }
    expect(summary.trim().length).toBeGreaterThan(20);
  });
});
