import { Unzip, UnzipInflate } from "fflate";

/** Limits on what a Word file may unpack to: a report's document.xml is well under 1 MB. */
export const LIMITS = {
  /** Size of the .docx file itself. */
  fileBytes: 64 * 1024 * 1024,
  /** Entries in the zip (a Word document has a few dozen). */
  entries: 2000,
  /** Unpacked size of each part read, and of all of them together. */
  partBytes: 64 * 1024 * 1024,
  totalBytes: 128 * 1024 * 1024,
  /** Unpacked ÷ packed size above which a part is taken for a zip bomb (once over 1 MB). */
  ratio: 200,
} as const;

/** Compressed data fed to the inflater at a time, bounding the output of one step. */
const STEP = 16 * 1024;

export type UnzipProblem =
  | { readonly problem: "too-large"; readonly bytes: number }
  | { readonly problem: "too-many-entries"; readonly entries: number }
  | { readonly problem: "zip-bomb"; readonly part: string; readonly bytes: number }
  | {
      readonly problem: "damaged";
      /** Which way, when told (see {@link ZipProblem}); `cause` is the unzipper's own words. */
      readonly zip?: ZipProblem;
      readonly cause?: string;
    };

/**
 * How a zip is damaged: it ends early (no end-of-archive record), a part's
 * compressed data is corrupt, the archive's own structure is broken, or a part is packed with a
 * method no Word writes.
 */
export type ZipProblem = "truncated" | "corrupt-data" | "bad-structure" | "unknown-method";

/**
 * fflate's error codes (its `FlateErrorCode`), by the damage they are. A cut-short file has no end
 * record and is told before unpacking, so a part that ends early (0) has corrupt data.
 */
const FLATE_PROBLEMS: Readonly<Record<number, ZipProblem>> = {
  0: "corrupt-data",
  1: "corrupt-data",
  2: "corrupt-data",
  3: "corrupt-data",
  8: "bad-structure",
  13: "bad-structure",
  14: "unknown-method",
};

/** The end-of-central-directory record every whole zip ends with (within its last 64 KiB + 22 bytes). */
function hasEndRecord(data: Uint8Array): boolean {
  for (let at = data.length - 22; at >= Math.max(0, data.length - 65_557); at--) {
    if (data[at] === 0x50 && data[at + 1] === 0x4b && data[at + 2] === 5 && data[at + 3] === 6)
      return true;
  }
  return false;
}

class Stop extends Error {
  constructor(readonly reason: UnzipProblem) {
    super(reason.problem);
  }
}

/**
 * Unpacks the named parts of a zip, streaming, within LIMITS: a part that unpacks beyond its limit
 * or ratio stops the reading at once, whatever sizes the zip declares.
 */
export function unzipParts(
  data: Uint8Array,
  wanted: ReadonlySet<string>,
): { parts: Map<string, Uint8Array> } | UnzipProblem {
  if (data.length > LIMITS.fileBytes) return { problem: "too-large", bytes: data.length };
  if (!hasEndRecord(data)) return { problem: "damaged", zip: "truncated" };
  const parts = new Map<string, Uint8Array>();
  let entries = 0;
  let total = 0;
  let failure: unknown;
  const unzip = new Unzip((file) => {
    if (++entries > LIMITS.entries) throw new Stop({ problem: "too-many-entries", entries });
    if (!wanted.has(file.name)) return;
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    file.ondata = (err, chunk, final) => {
      if (err) {
        failure = err;
        return;
      }
      bytes += chunk.length;
      total += chunk.length;
      const packed = file.size ?? data.length;
      if (
        bytes > LIMITS.partBytes ||
        total > LIMITS.totalBytes ||
        (bytes > 1024 * 1024 && bytes > packed * LIMITS.ratio)
      ) {
        throw new Stop({ problem: "zip-bomb", part: file.name, bytes });
      }
      chunks.push(chunk);
      if (final) parts.set(file.name, concat(chunks, bytes));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < data.length; at += STEP) {
      const end = Math.min(data.length, at + STEP);
      unzip.push(data.subarray(at, end), end === data.length);
      if (failure) break;
    }
  } catch (e) {
    // the first failure is the one: fflate may throw again after handing a part its error
    failure ??= e;
  }
  // fflate hands an exception thrown by a data handler back to the handler as its error
  if (failure instanceof Stop) return failure.reason;
  if (failure) {
    const code = (failure as { code?: unknown }).code;
    const zip = typeof code === "number" ? FLATE_PROBLEMS[code] : undefined;
    return {
      problem: "damaged",
      ...(zip ? { zip } : {}),
      cause: failure instanceof Error ? failure.message : String(failure),
    };
  }
  return { parts };
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
