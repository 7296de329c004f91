import { existsSync, realpathSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { cliError } from "./messages.js";
import { megabytes, settings } from "./settings.js";

/** Every file this command has read (resolved): no output may replace one of them. */
const inputs = new Set<string>();
/** Every file this command has written: two outputs on one path would lose the first. */
const written = new Set<string>();

const canonical = (file: string) => {
  const full = resolve(file);
  try {
    return realpathSync(full);
  } catch {
    return full;
  }
};

export function recordInput(file: string): void {
  inputs.add(canonical(file));
}

/**
 * The rule for every file a command writes: never an input of the same command, never a file
 * written earlier by the same command, and never a file that exists unless `--force` is given.
 * Folders are never cleared: only the files the command writes are checked, all before any is written.
 */
export function claimOutputs(outputs: readonly string[], given: readonly string[] = []): void {
  for (const file of given) recordInput(file);
  const seen = new Set<string>();
  for (const out of outputs) {
    const path = canonical(out);
    if (inputs.has(path)) throw cliError("output-is-input", "outputIsInput", { out });
    if (seen.has(path) || written.has(path)) throw cliError("output-twice", "outputTwice", { out });
    seen.add(path);
    if (!settings.force && existsSync(path))
      throw cliError("output-exists", "outputExists", { out });
  }
}

function checkSize(size: number, out: string | undefined): void {
  if (size <= settings.maxBytes) return;
  throw cliError("output-too-large", "outputTooLarge", {
    out,
    size: megabytes(size),
    limit: megabytes(settings.maxBytes),
  });
}

/**
 * Results go to stdout or to the file named by -o (see {@link claimOutputs}); messages go to stderr.
 * A document made from one report is held to `--max-size`; findings and summaries of a batch
 * (`sized: false`) grow with the batch and are not.
 */
export async function emit(
  content: string | Uint8Array,
  out?: string,
  { sized = true }: { sized?: boolean } = {},
): Promise<void> {
  if (sized)
    checkSize(typeof content === "string" ? Buffer.byteLength(content) : content.byteLength, out);
  if (!out) {
    process.stdout.write(content);
    return;
  }
  claimOutputs([out]);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, content);
  written.add(canonical(out));
}

export function note(message: string): void {
  process.stderr.write(`${message}\n`);
}
