import { stat } from "node:fs/promises";
import {
  type Diagnostic,
  editionOf,
  isEdition,
  parseReport,
  type Report,
  renderMessage,
  toCells,
} from "@zfxxgk/schema";
import { forChecks, parsePublished, sniff } from "../documents.js";
import { CliError } from "../errors.js";
import { readBytesOf, textOf } from "../inputs.js";
import { bilingual, both, say as word } from "../messages.js";

type Provenance = import("@zfxxgk/parse").Provenance;

/** What one file gave: the parse, the checks, and where each finding points. */
export interface FileAudit {
  readonly file: string;
  /** ok, or why nothing could be read: empty, binary, no-text-layer, no-tables, unreadable, error. */
  readonly status:
    | "ok"
    | "empty"
    | "binary"
    | "no-text-layer"
    | "no-tables"
    | "unreadable"
    | "error";
  readonly kind: string;
  readonly body: string;
  readonly year: number | null;
  readonly edition: string;
  readonly tablesFound: number;
  readonly tablesTotal: number;
  readonly cellsTotal: number;
  readonly cellsRead: number;
  readonly cellsBlank: number;
  readonly cellsUndecided: number;
  readonly publishedOn: string | null;
  readonly level: "government" | "department";
  readonly findings: AuditFinding[];
  readonly report?: Report;
  readonly provenance: Record<string, Provenance>;
}

export interface AuditFinding {
  readonly code: string;
  readonly severity: Diagnostic["severity"];
  readonly message: string;
  readonly cells: readonly string[];
  /** Page of a PDF or line of a text the finding points at, when known. */
  readonly page?: number;
  readonly line?: number;
}

/** Governments (人民政府, 乡镇, 街道) publish by 31 March; departments by 31 January. */
const GOVERNMENT = /(?:人民政府|政府|街道办事处|镇|乡|街道)$/u;
const OFFICE = /(?:办公室|办公厅)$/u;
export const levelOf = (body: string) =>
  GOVERNMENT.test(body) && !OFFICE.test(body) ? "government" : "department";

const BINARY_CODES = new Set(["parse/binary-input"]);

export async function auditFile(file: string, messages: import("@zfxxgk/schema").MessageMap) {
  const base = {
    file,
    kind: "",
    body: "",
    year: null,
    edition: "",
    tablesFound: 0,
    tablesTotal: 0,
    cellsTotal: 0,
    cellsRead: 0,
    cellsBlank: 0,
    cellsUndecided: 0,
    publishedOn: null,
    level: "department" as const,
    provenance: {},
  };
  const say = (d: Diagnostic): AuditFinding => {
    const p = d.params ?? {};
    return {
      code: d.code,
      severity: d.severity,
      message: renderMessage(d, "zh-Hans", messages),
      cells: d.cells,
      ...(typeof p.page === "number" ? { page: p.page } : {}),
      ...(typeof p.line === "number" ? { line: p.line } : {}),
    };
  };
  try {
    const info = await stat(file);
    if (info.size === 0) {
      return {
        ...base,
        status: "empty",
        findings: [note("audit/empty", both("fileEmpty"))],
      } satisfies FileAudit;
    }
    const bytes = await readBytesOf(file);
    const parsed =
      sniff(file, bytes) === "json"
        ? await fromJson(file, bytes)
        : await parsePublished(file, bytes);
    const codes = new Set(parsed.diagnostics.map((d) => d.code));
    const findings = parsed.diagnostics.map(say);
    const kind = parsed.kind;
    if (!parsed.report) {
      const status = [...codes].some((c) => BINARY_CODES.has(c))
        ? "binary"
        : codes.has("parse/no-text-layer")
          ? "no-text-layer"
          : codes.has("parse/pdf-unreadable") || [...codes].some((c) => c.startsWith("docx/"))
            ? "unreadable"
            : "no-tables";
      return { ...base, kind, status, findings } satisfies FileAudit;
    }
    const report = parsed.report;
    const edition = isEdition(report.edition) ? editionOf(report.edition) : undefined;
    const cells = edition?.cells ?? [];
    const read = cells.filter((c) => parsed.provenance[c.id] !== undefined);
    const undecided = new Set(
      parsed.diagnostics.filter((d) => d.code === "parse/digits-undecided").flatMap((d) => d.cells),
    );
    const tables = edition?.grid.tables ?? [];
    const tablesFound = tables.filter((t) =>
      cells.some((c) => c.table === t && parsed.provenance[c.id] !== undefined),
    ).length;
    const { validate } = await import("@zfxxgk/validate");
    const checked = validate(await forChecks(report, parsed.diagnostics));
    findings.push(...checked.diagnostics.map(say));
    return {
      ...base,
      kind,
      status: tablesFound === 0 ? "no-tables" : "ok",
      body: report.meta.agency,
      year: report.meta.year || null,
      edition: report.edition,
      tablesFound,
      tablesTotal: tables.length,
      cellsTotal: cells.length,
      cellsRead: read.length,
      cellsBlank: cells.length - read.length,
      cellsUndecided: undecided.size,
      publishedOn: report.meta.publishedOn ?? null,
      level: levelOf(report.meta.agency),
      findings,
      report,
      provenance: parsed.provenance,
    } satisfies FileAudit;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    // bytes that are no text in any encoding the command line can tell are a binary file
    const undecodable = e instanceof CliError && e.code === "bad-encoding";
    return {
      ...base,
      status:
        undecodable && !/iconv/.test(detail) ? "binary" : undecodable ? "unreadable" : "error",
      findings: [
        note(
          "audit/error",
          // the error's own words in each locale where it has them
          bilingual({
            "zh-Hans": word("zh-Hans", "fileUnreadable", {
              detail: e instanceof CliError ? e.zh : detail,
            }),
            en: word("en", "fileUnreadable", { detail: e instanceof CliError ? e.en : detail }),
          }),
        ),
      ],
    } satisfies FileAudit;
  }
}

/** A report given as model JSON: every cell is as given; a JSON that is no report says why. */
async function fromJson(file: string, bytes: Uint8Array) {
  let data: unknown;
  try {
    data = JSON.parse(await textOf(file, bytes, false));
  } catch {
    data = undefined;
  }
  const checked = parseReport(data);
  const provenance: Record<string, Provenance> = {};
  if (checked.ok) {
    for (const [id, value] of Object.entries(toCells(checked.report))) {
      provenance[id] = { source: "json", offset: 0, raw: JSON.stringify(value) };
    }
  }
  return {
    kind: "json" as const,
    diagnostics: checked.diagnostics,
    provenance,
    ...(checked.ok ? { report: checked.report } : {}),
  };
}

function note(code: string, message: string): AuditFinding {
  return { code, severity: "error", message, cells: [] };
}

/** The value of a cell in a report (numbers only; marks and blanks count as 0). */
export function countOf(report: Report | undefined, id: string): number {
  if (!report) return 0;
  const v = toCells(report)[id];
  return typeof v === "number" ? v : 0;
}
