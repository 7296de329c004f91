import cliProgress from "cli-progress";

export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

const SILENT: Progress = { tick() {}, stop() {} };

/** A progress bar on stderr, shown only for more than a few files and only when stderr is a terminal. */
export function progress(total: number, title: string): Progress {
  if (total <= 3 || !process.stderr.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${title} [{bar}] {value}/{total} {percentage}% | {file}`,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: "" });
  return {
    tick: (file = "") => bar.increment(1, { file }),
    stop: () => bar.stop(),
  };
}
