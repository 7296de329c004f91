import { publishedMessages } from "@zfxxgk/docx";
import {
  type ExpectedBody,
  parseExpected,
  provenanceOf,
  RollupError,
  rollup,
  rollupMessages,
} from "@zfxxgk/rollup";
import {
  type Diagnostic,
  type Edition,
  isEdition,
  type Locale,
  mergeMessages,
} from "@zfxxgk/schema";
import { toJsonOutput } from "@zfxxgk/validate";
import { inputOfField, loadInput } from "./inputs.js";
import { ProblemError, problem } from "./problem.js";
import { documentSchema, REPORT, validateOutputSchema } from "./schemas.js";

/** What `POST /v1/rollup` takes: the options of `zfxxgk rollup` and the constituents themselves. */
export interface RollupRequest {
  readonly agency: string;
  readonly year: number;
  readonly edition?: string;
  readonly creditCode?: string;
  readonly scopeNote?: string;
  readonly editions?: "map" | "refuse";
  readonly expected?: string | readonly ExpectedBody[];
  readonly reports: readonly unknown[];
  readonly labels?: readonly string[];
}

export const rollupRequestSchema = {
  type: "object",
  description:
    "The options of `zfxxgk rollup` and the constituents: each a report, or a published document `{ text }` / `{ html }` read as the CLI reads a file.",
  required: ["agency", "year", "reports"],
  properties: {
    agency: {
      type: "string",
      minLength: 1,
      description: "The body that publishes the aggregate.",
    },
    year: { type: "integer", description: "The report year." },
    edition: {
      type: "string",
      description: "Edition of the aggregate (default: the one issued for the year).",
    },
    creditCode: { type: "string", description: "统一社会信用代码 of the publishing body." },
    scopeNote: { type: "string", description: "A note on the scope, kept in the aggregate." },
    editions: {
      type: "string",
      enum: ["map", "refuse"],
      default: "map",
      description: "Reports in another edition: mapped where the crosswalk is exact, or refused.",
    },
    expected: {
      description:
        "The bodies expected: the list as `--expected` reads it (one name per line, optionally a tab and the credit code, or a CSV with a name column), or as objects.",
      anyOf: [
        { type: "string" },
        {
          type: "array",
          items: {
            type: "object",
            properties: { name: { type: "string" }, creditCode: { type: "string" } },
            additionalProperties: false,
          },
        },
      ],
    },
    reports: { type: "array", minItems: 1, items: { anyOf: [REPORT, documentSchema] } },
    labels: {
      type: "array",
      items: { type: "string" },
      description:
        "A label per report (e.g. its file name), shown beside the body's name in findings.",
    },
  },
  additionalProperties: false,
} as const;

const scalar = { type: ["number", "string"] } as const;
const names = { type: "array", items: { type: "string" } } as const;

export const rollupOutputSchema = {
  type: "object",
  required: ["edition", "constituents", "files"],
  properties: {
    report: {
      ...REPORT,
      description: "The aggregate (absent when nothing could be summed).",
    },
    edition: { type: "string" },
    constituents: {
      type: "array",
      description: "Every report given, in order: summed as is, through the crosswalk, or why not.",
      items: {
        type: "object",
        required: ["index", "label", "name", "status"],
        properties: {
          index: { type: "integer" },
          label: { type: "string" },
          name: { type: "string" },
          status: {
            type: "string",
            enum: ["same", "mapped", "invalid", "duplicate", "year", "edition"],
          },
          hash: { type: "string" },
        },
      },
    },
    files: {
      ...validateOutputSchema.properties.files,
      description:
        "Findings as `zfxxgk rollup --format json` writes them: the aggregate's first (file `aggregate`), then each constituent's under its label.",
    },
    provenance: {
      type: "object",
      description:
        "With `?provenance=true`: cell id → who contributed what, largest first, and who left it blank, wrote a mark or has no such cell.",
      additionalProperties: {
        type: "object",
        required: ["cell", "total", "parts", "blank", "marked", "unmapped"],
        properties: {
          cell: { type: "string" },
          total: scalar,
          parts: {
            type: "array",
            items: {
              type: "object",
              required: ["constituent", "name", "value"],
              properties: {
                constituent: { type: "integer" },
                name: { type: "string" },
                value: scalar,
              },
            },
          },
          blank: names,
          marked: names,
          unmapped: names,
        },
      },
    },
  },
} as const;

/** A roll-up over the request's reports, answered as `zfxxgk rollup --format json` reports it. */
export async function rollupAnswer(
  request: RollupRequest,
  options: { locale: Locale; provenance: boolean },
) {
  if (request.edition !== undefined && !isEdition(request.edition)) {
    throw problem("input-unknown-edition", "rollupUnknownEdition", { edition: request.edition });
  }
  const labels = request.reports.map((_, i) => request.labels?.[i] ?? `reports/${i}`);
  const inputs: unknown[] = [];
  const parseFindings: (readonly Diagnostic[])[] = [];
  for (const [i, item] of request.reports.entries()) {
    const role = { kind: "constituent", index: i, label: labels[i] ?? `reports/${i}` } as const;
    // as read: a document without its agency or year is not summed (the roll-up says it is invalid)
    const loaded = await loadInput(inputOfField(item), role);
    inputs.push(loaded.data);
    parseFindings.push(loaded.parseDiagnostics);
  }
  let result: ReturnType<typeof rollup>;
  try {
    const expected =
      typeof request.expected === "string" ? parseExpected(request.expected) : request.expected;
    result = rollup(inputs, {
      agency: request.agency,
      year: request.year,
      labels,
      editions: request.editions ?? "map",
      ...(request.edition ? { edition: request.edition as Edition } : {}),
      ...(expected ? { expected } : {}),
      ...(request.scopeNote ? { scopeNote: request.scopeNote } : {}),
      ...(request.creditCode ? { creditCode: request.creditCode } : {}),
    });
  } catch (e) {
    if (!(e instanceof RollupError)) throw e;
    const code = e.code === "rollup/no-edition" ? "input-unknown-edition" : "bad-request";
    throw new ProblemError(code, e.messages);
  }
  const { files } = toJsonOutput(
    [
      { file: "aggregate", diagnostics: result.diagnostics },
      ...result.constituents.map((c, i) => ({
        file: c.label,
        diagnostics: [...(parseFindings[i] ?? []), ...c.validation.diagnostics],
      })),
    ],
    { locale: options.locale, messages: mergeMessages(publishedMessages, rollupMessages) },
  );
  return {
    ...(result.report ? { report: result.report } : {}),
    edition: result.edition,
    constituents: result.constituents.map(({ index, label, name, status, hash }) => ({
      index,
      label,
      name,
      status,
      ...(hash ? { hash } : {}),
    })),
    files,
    ...(options.provenance
      ? {
          provenance: Object.fromEntries(
            result.sum.cells.map((s) => [s.cell.id, provenanceOf(result, s.cell.id)]),
          ),
        }
      : {}),
  };
}
