import { cellPlace } from "@zfxxgk/schema";
import type { RuleCatalog } from "./catalog.js";

const TYPE = {
  official: "official（官方）",
  structural: "structural（结构性）",
  heuristic: "heuristic（经验性）",
};
const NEEDS = {
  previous: "`validate(report, { previous })`",
  constituents: "`validate(report, { constituents })`",
};

/** The docs pages of the rules, file name → Markdown: one page per rule and a README index. */
export function ruleDocs(catalog: RuleCatalog): Map<string, string> {
  const pages = new Map<string, string>();
  const index = [
    "# Rules of @zfxxgk/validate",
    "",
    `Generated from the rule catalog ${catalog.version} (editions ${catalog.editions.join(", ")}) by \`scripts/emit-docs.mjs\`; do not edit by hand.`,
    "",
    ...catalog.rules.map(
      (r) =>
        `- [${r.id}](./${r.id}.md) — ${r.type}, \`${r.severity}\` — ${r.title["zh-CN"]} — ${r.title.en}`,
    ),
    "",
  ];
  pages.set("README.md", index.join("\n"));
  for (const r of catalog.rules) {
    const cells = r.cells.length
      ? r.cells.map((c) => `- \`${c}\` — ${cellPlace(c, "zh-CN")}`).join("\n")
      : "- (text and metadata only)";
    const lines = [
      `# ${r.id} ${r.title["zh-CN"]}`,
      "",
      `_${r.title.en}_`,
      "",
      `- Type: ${TYPE[r.type]}`,
      `- Default severity: \`${r.severity}\``,
      `- Editions: ${r.editions.join(", ")}`,
      ...(r.needs ? [`- Needs: ${NEEDS[r.needs]}`] : []),
      `- Source: ${r.source}`,
      "",
      r.description["zh-CN"],
      "",
      r.description.en,
      "",
      "## Cells read",
      "",
      cells,
      "",
      'Configure with `validate(report, { severities: { "' +
        r.id +
        '": "off" | "info" | "warning" | "error" } })`.',
      "",
    ];
    pages.set(`${r.id}.md`, lines.join("\n"));
  }
  return pages;
}
