/** Default of `--max-size`: the largest file read or written, in MB. */
export const DEFAULT_MAX_MB = 20;

/** The options every command shares (`--force`, `--max-size`), set once before a command runs. */
export const settings = {
  /** Replace output files that exist (never an input of the same command). */
  force: false,
  /** Largest file read or written, in bytes. */
  maxBytes: DEFAULT_MAX_MB * 1024 * 1024,
};

export const megabytes = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
