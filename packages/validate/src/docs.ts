import { cellPlace, EDITIONS, type Edition } from "@zfxxgk/schema";
import type { RuleCatalog } from "./catalog.js";
import { documentsCited } from "./official-documents.js";
import { RULE_EXAMPLES } from "./rule-examples.js";

/** Why a rule of each type holds, besides what its description says. */
const WHY = {
  official:
    "The official source cited above states it (a table's header, note or column meanings, or the regulation's article): a report that breaks it misstates a figure or misses what the format requires.",
  structural:
    "It follows from what the cells count (cases, applications, documents) as the format defines them: a count cannot be otherwise.",
  heuristic:
    "It is not a law of the format but a pattern that published reports which erred showed: the finding asks for a review, not a correction.",
};

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
        `- [${r.id}](./${r.id}.md) — ${r.type}, \`${r.severity}\` — ${r.title["zh-Hans"]} — ${r.title.en}`,
    ),
    "",
  ];
  pages.set("README.md", index.join("\n"));
  for (const r of catalog.rules) {
    const cells = r.cells.length
      ? r.cells.map((c) => `- \`${c}\` — ${cellPlace(c, "zh-Hans")}`).join("\n")
      : "- (text and metadata only)";
    const lines = [
      `# ${r.id} ${r.title["zh-Hans"]}`,
      "",
      `_${r.title.en}_`,
      "",
      `- Type: ${TYPE[r.type]}`,
      `- Default severity: \`${r.severity}\``,
      `- Editions: ${r.editions.join(", ")}`,
      ...(r.needs ? [`- Needs: ${NEEDS[r.needs]}`] : []),
      `- Source: ${r.source}`,
      "",
      r.description["zh-Hans"],
      "",
      r.description.en,
      "",
      ...officialSource(r.editions, r.source),
      "## Why it holds",
      "",
      WHY[r.type],
      "",
      ...identityOf(r.id, r.editions),
      ...examplesOf(r.id),
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

/**
 * The documents the rule comes from: each edition's (the registry's source and title), then every
 * document its source cites, with a public copy where one is known.
 */
function officialSource(editions: readonly string[], source: string): string[] {
  const cited = documentsCited(
    [source, ...editions.map((id) => EDITIONS[id as Edition].source)].join(" "),
  );
  return [
    "## Official source",
    "",
    ...editions.map((id) => {
      const e = EDITIONS[id as Edition];
      return `- ${e.name["zh-Hans"]} / ${e.name.en}: 《${e.sourceTitle}》（${e.source}）`;
    }),
    "",
    "Documents cited, with a public copy:",
    "",
    ...cited.map(
      (d) =>
        `- ${d.number} 《${d.title}》: ${d.url ? `<${d.url}> (${d.copy})` : "no public copy known to this toolkit"}`,
    ),
    "",
  ];
}

/** The passing and failing examples of a rule that is not an identity of the edition data. */
function examplesOf(rule: string): string[] {
  const examples = RULE_EXAMPLES[rule];
  if (!examples?.length) return [];
  return [
    "## Examples",
    "",
    "Each builds a report with `exampleReport(example)` (exported by this package): a report of the edition by 示例局 for the edition's first year, every cell 0, every section with a paragraph, published on 15 January; then the `cells` and the fields (`set`, by JSON Pointer) given, last year's report (`previous`) and the constituents (`constituents`: copies of the report itself). `fires` says whether the rule reports it; the tests run every example.",
    "",
    ...examples.flatMap((e) => [
      `${e.fires ? "Failing" : "Passing"}:`,
      "",
      "```json rule-example",
      JSON.stringify(e),
      "```",
      "",
    ]),
  ];
}

/**
 * For a rule whose identities are edition data: one of them in symbols, and two examples the tests
 * run (`rule-example` blocks: a report of the edition with every cell 0 but the `cells` given).
 */
function identityOf(rule: string, editions: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of editions) {
    const identity = EDITIONS[id as Edition].identities.find((i) => i.rule === rule);
    if (!identity) continue;
    const [left, right] = [identity.left, identity.right];
    const first = left[0] as string;
    const other = right[0] as string;
    if (!out.length) out.push("## The identity, in symbols", "");
    out.push(
      `Edition ${id}, for example: \`${left.join(" + ")} = ${right.join(" + ")}\` (the rule checks every such identity; a blank cell counts as 0 and is reported by X-08).`,
      "",
      `Passing (both sides 1) and failing (the left side 1, the right side 0), every other cell 0:`,
      "",
      "```json rule-example",
      JSON.stringify({ edition: id, cells: { [first]: 1, [other]: 1 }, fires: false }),
      "```",
      "",
      "```json rule-example",
      JSON.stringify({ edition: id, cells: { [first]: 1 }, fires: true }),
      "```",
      "",
    );
  }
  return out;
}
