import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** Results go to stdout or to the file named by -o; messages go to stderr. */
export async function emit(content: string | Uint8Array, out?: string): Promise<void> {
  if (!out) {
    process.stdout.write(content);
    return;
  }
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, content);
}

export function note(message: string): void {
  process.stderr.write(`${message}\n`);
}
