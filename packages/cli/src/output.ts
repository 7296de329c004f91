import { existsSync, realpathSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { CliError } from "./errors.js";
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
    if (inputs.has(path))
      throw new CliError(
        "output-is-input",
        `输出文件 ${out} 也是本命令的输入文件，不会覆盖它；请用 -o 指定另一个文件`,
        `the output ${out} is also an input of this command and is never overwritten; give another file with -o`,
      );
    if (seen.has(path) || written.has(path))
      throw new CliError(
        "output-twice",
        `多个输入都会写到 ${out}，后写的会覆盖先写的；请把同名的输入放到不同的命令里处理`,
        `several inputs would be written to ${out}, each replacing the last; process inputs of the same name separately`,
      );
    seen.add(path);
    if (!settings.force && existsSync(path))
      throw new CliError(
        "output-exists",
        `${out} 已存在，未覆盖；如确需替换，请加 --force`,
        `${out} exists and was not replaced; add --force to replace it`,
      );
  }
}

function checkSize(size: number, out: string | undefined): void {
  if (size <= settings.maxBytes) return;
  const where = out ?? "标准输出 stdout";
  throw new CliError(
    "output-too-large",
    `输出 ${where} 有 ${megabytes(size)}，超过上限 ${megabytes(settings.maxBytes)}，未写出；如确需更大，请用 --max-size <MB> 调高上限`,
    `the output ${out ?? "to stdout"} would be ${megabytes(size)}, above the limit of ${megabytes(settings.maxBytes)}, and was not written; raise it with --max-size <MB>`,
  );
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
