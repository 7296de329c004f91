/** A usage or input problem: one line in Chinese and English, and exit status 2. */
export class CliError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(zh.includes("\n") ? `${zh}\n${en}` : `${zh} / ${en}`);
    this.name = "CliError";
  }
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
