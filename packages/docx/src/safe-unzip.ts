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
  | { readonly problem: "damaged"; readonly detail: string };

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
    failure = e;
  }
  // fflate hands an exception thrown by a data handler back to the handler as its error
  if (failure instanceof Stop) return failure.reason;
  if (failure) {
    return {
      problem: "damaged",
      detail: failure instanceof Error ? failure.message : String(failure),
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
