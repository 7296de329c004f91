import type { Diagnostic, Severity } from "@zfxxgk/schema";
import { CATALOG_VERSION, PACKAGE_NAME } from "../catalog.js";
import { rules } from "../editions/index.js";
import { messageOf, withMessages } from "../messages.js";
import {
  type FormatInput,
  type FormatOptions,
  filesOf,
  labelsOf,
  localeOfOptions,
} from "./input.js";
import { inReadingOrder } from "./order.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  info: "note",
};

/** SARIF 2.1.0: one run, every rule with its descriptions, one result per finding. */
export function toSarif(input: FormatInput, options: FormatOptions = {}) {
  const lang = localeOfOptions(options);
  const words = lang === "en" ? "en" : "zh-Hans";
  const map = withMessages(options.messages);
  const files = filesOf(input, options);
  const descriptors = rules.map((r) => ({
    id: r.id,
    name: r.id.replace("-", ""),
    shortDescription: { text: r.title[words] },
    fullDescription: { text: r.description[words] },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { type: r.type, source: r.source, cells: r.cells },
  }));
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  const extra = new Map<string, number>();
  // Cells are listed once per run; results refer to them by index (SARIF §3.33.2).
  const cellLocations: object[] = [];
  const cellIndex = new Map<string, { index: number; name: string }>();
  const cellLocation = (id: string) => {
    let ref = cellIndex.get(id);
    if (!ref) {
      const l = labelsOf(id, lang);
      ref = { index: cellLocations.length, name: id };
      cellLocations.push({
        name: id,
        fullyQualifiedName: [l.table, l.row, l.column].filter(Boolean).join(" / "),
        kind: "element",
      });
      cellIndex.set(id, ref);
    }
    return ref;
  };
  const resultOf = (file: string, d: Diagnostic) => {
    let index = ruleIndex.get(d.code);
    if (index === undefined) {
      index = extra.get(d.code);
      if (index === undefined) {
        index = descriptors.length + extra.size;
        extra.set(d.code, index);
      }
    }
    const logical: object[] = [{ fullyQualifiedName: d.path || "/", kind: "member" }];
    for (const c of d.cells) logical.push(cellLocation(c));
    return {
      ruleId: d.code,
      ruleIndex: index,
      level: LEVEL[d.severity],
      message: { text: messageOf(d, lang, map) },
      locations: [
        {
          ...(file && file !== "-"
            ? { physicalLocation: { artifactLocation: { uri: file } } }
            : {}),
          logicalLocations: logical,
          properties: { pointer: d.path, cells: d.cells },
        },
      ],
      properties: {
        ...(d.expected !== undefined ? { expected: d.expected } : {}),
        ...(d.actual !== undefined ? { actual: d.actual } : {}),
        ...(d.difference !== undefined ? { difference: d.difference } : {}),
        ...(d.explainedBy !== undefined ? { explainedBy: d.explainedBy } : {}),
      },
    };
  };
  const results = files.flatMap(({ file, diagnostics }) =>
    inReadingOrder(diagnostics).map((d) => resultOf(file, d)),
  );
  const extraDescriptors = [...extra.keys()].map((code) => ({
    id: code,
    name: code,
    shortDescription: { text: code },
    defaultConfiguration: { level: "error" },
  }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: PACKAGE_NAME,
            semanticVersion: CATALOG_VERSION,
            informationUri:
              "https://example.invalid/zfxxgk/zfxxgk/tree/main/packages/validate/docs/rules",
            rules: [...descriptors, ...extraDescriptors],
          },
        },
        ...(files.some((f) => f.file && f.file !== "-")
          ? {
              artifacts: files
                .filter((f) => f.file && f.file !== "-")
                .map((f) => ({ location: { uri: f.file } })),
            }
          : {}),
        ...(cellLocations.length ? { logicalLocations: cellLocations } : {}),
        results,
      },
    ],
  };
}

export function formatSarif(input: FormatInput, options: FormatOptions = {}): string {
  // Compact: SARIF logs are read by tools, and a large log is several times smaller this way.
  return `${JSON.stringify(toSarif(input, options))}\n`;
}
