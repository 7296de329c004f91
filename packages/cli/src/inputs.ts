import { readFile, stat } from "node:fs/promises";
import { extname, isAbsolute } from "node:path";
import {
  type Diagnostic,
  editionIds,
  isEdition,
  parseReport,
  type Report,
  renderMessage,
  schemaMessages,
} from "@zfxxgk/schema";
import { glob, isDynamicPattern } from "tinyglobby";
import { CliError } from "./errors.js";

/** Files named on the command line, globs expanded (sorted, duplicates removed). */
export async function expandInputs(patterns: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = await glob(pattern, {
      onlyFiles: true,
      expandDirectories: false,
      absolute: isAbsolute(pattern),
    });
    if (matches.length === 0) {
      throw new CliError("no-match", `没有文件匹配 ${pattern}`, `no file matches ${pattern}`);
    }
    files.push(...matches.sort());
  }
  return [...new Set(files)];
}

export async function readInput(file: string): Promise<string>;
export async function readInput(file: string, encoding: "bytes"): Promise<Uint8Array>;
export async function readInput(
  file: string,
  encoding: "utf8" | "bytes" = "utf8",
): Promise<string | Uint8Array> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT")
      throw new CliError(
        "not-found",
        `找不到文件 ${file}，请检查路径`,
        `file not found: ${file}; check the path`,
      );
    throw new CliError(
      "unreadable",
      `无法读取 ${file}（${e.code}）`,
      `cannot read ${file} (${e.code})`,
    );
  });
  if (info.isDirectory()) {
    throw new CliError(
      "is-directory",
      `${file} 是目录，请给出文件或通配符（如 ${file}/*.json）`,
      `${file} is a directory; give files or a glob such as ${file}/*.json`,
    );
  }
  try {
    return encoding === "bytes" ? await readFile(file) : await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    throw new CliError(
      "unreadable",
      `无法读取 ${file}（${code}）`,
      `cannot read ${file} (${code})`,
    );
  }
}

export type InputKind = "json" | "html" | "docx" | "text";

export function kindOf(file: string): InputKind {
  const ext = extname(file).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".docx") return "docx";
  return "text";
}

/** A published document read by the parser (or, for Word, by @zfxxgk/docx through it). */
export async function parseDocumentFile(file: string, kind: InputKind = kindOf(file)) {
  if (kind === "docx") {
    const { docxMessages, readDocx } = await import("@zfxxgk/docx");
    return { parsed: readDocx(await readInput(file, "bytes")), messages: docxMessages };
  }
  const text = await readInput(file);
  const { parseHtml, parseMessages, parseText } = await import("@zfxxgk/parse");
  return { parsed: kind === "html" ? parseHtml(text) : parseText(text), messages: parseMessages };
}

/**
 * A report document as the validator takes it: JSON as parsed data (not-JSON and unknown editions are input
 * errors), published text, HTML or Word through the parser, whose diagnostics come along.
 */
export async function loadDocument(
  file: string,
): Promise<{ data: unknown; parseDiagnostics: readonly Diagnostic[] }> {
  const kind = kindOf(file);
  if (kind === "json")
    return { data: parseJson(file, await readInput(file)), parseDiagnostics: [] };
  const { parsed, messages: parseMessages } = await parseDocumentFile(file, kind);
  if (!parsed.report) {
    const first = parsed.diagnostics.find((d) => d.severity === "error");
    const [zh, en] = first
      ? [
          `：${renderMessage(first, "zh-CN", parseMessages)}`,
          `: ${renderMessage(first, "en", parseMessages)}`,
        ]
      : ["", ""];
    throw new CliError(
      "unparsable",
      `${file} 中没有可识别的年度报告${zh}`,
      `no annual report could be read from ${file}${en}`,
    );
  }
  return { data: parsed.report, parseDiagnostics: parsed.diagnostics };
}

export function parseJson(file: string, text: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliError(
      "not-json",
      `${file} 不是有效的 JSON（${detail}）`,
      `${file} is not valid JSON (${detail})`,
    );
  }
  const edition = (data as { edition?: unknown } | null)?.edition;
  if (typeof data === "object" && data !== null && edition !== undefined && !isEdition(edition)) {
    throw new CliError(
      "unknown-edition",
      `${file} 的格式版本 ${JSON.stringify(edition)} 未知，支持：${editionIds.join("、")}`,
      `${file} has unknown edition ${JSON.stringify(edition)}; supported: ${editionIds.join(", ")}`,
    );
  }
  return data;
}

/** A report that must be valid for the command to go on (render, pdf, cells, fill-totals). */
export async function loadValidReport(file: string): Promise<Report> {
  const { data } = await loadDocument(file);
  const result = parseReport(data);
  if (result.ok) return result.report;
  const first = result.diagnostics[0];
  const [zh, en] = first
    ? [renderMessage(first, "zh-CN", schemaMessages), renderMessage(first, "en", schemaMessages)]
    : ["", ""];
  const more = result.diagnostics.length > 1 ? result.diagnostics.length - 1 : 0;
  throw new CliError(
    "invalid-report",
    `${file} 不符合报告格式：${zh}${more ? `（另有 ${more} 处，可用 zfxxgk validate 查看）` : ""}`,
    `${file} is not a valid report: ${en}${more ? ` (and ${more} more; run zfxxgk validate)` : ""}`,
  );
}
