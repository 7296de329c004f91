import { bilingual, type LocaleTexts } from "@zfxxgk/schema";
import { parseError } from "./messages.js";

/**
 * Bytes that cannot be read as text without guessing: its message in every locale (`messages`, from the
 * package's locale files); `message` is Chinese, then English.
 */
export class DecodeError extends Error {
  readonly code = "bad-encoding";
  /** The message in Simplified Chinese (`messages["zh-Hans"]`). */
  readonly zh: string;
  /** The message in English (`messages.en`). */
  readonly en: string;
  constructor(readonly messages: LocaleTexts) {
    super(bilingual(messages));
    this.name = "DecodeError";
    this.zh = messages["zh-Hans"];
    this.en = messages.en;
  }
}

/** What a file's bytes were read as, and a note for the user when that was not plain UTF-8. */
export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly note?: { readonly zh: string; readonly en: string; readonly messages: LocaleTexts };
}

/** How far into an HTML page a `<meta charset>` is looked for (the HTML prescan reads 1024 bytes; pages often put more first). */
const PRESCAN_BYTES = 4096;

/**
 * A published document's bytes as text; messages name the `file` (or "the content" without one). Read without asking when the encoding is certain: a byte order mark
 * (UTF-8, UTF-16 LE/BE; the mark is dropped), valid UTF-8, or an HTML page's declared charset
 * (`<meta charset>` / `http-equiv="Content-Type"`) that its bytes fit. Anything else is refused
 * with the encoding it looks like and how to convert it, so that nothing is silently misread.
 */
export function decodeInput(bytes: Uint8Array, file: string | undefined, html: boolean): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return strict("utf-8", bytes.subarray(3), file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict("utf-16le", bytes.subarray(2), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict("utf-16be", bytes.subarray(2), file);

  const utf8 = tryDecode("utf-8", bytes);
  const declared = html ? declaredCharset(bytes) : undefined;
  if (utf8 !== undefined) {
    // A page saved again by a browser or an editor is often UTF-8 under its old declaration.
    const messages =
      declared && declared !== "utf-8" && /[^\p{ASCII}]/u.test(utf8)
        ? parseError("declaredButUtf8", { declared })
        : undefined;
    const note = messages && { zh: messages["zh-Hans"], en: messages.en, messages };
    return note ? { text: utf8, encoding: "utf-8", note } : { text: utf8, encoding: "utf-8" };
  }
  if (declared && declared !== "utf-8") {
    const text = tryDecode(declared, bytes);
    if (text !== undefined) return { text, encoding: declared };
  }
  throw unknownEncoding(bytes, file, declared);
}

/** The messages name the `file`, or the content without one (a request body has no name). */
function strict(encoding: string, bytes: Uint8Array, file: string | undefined): Decoded {
  const text = tryDecode(encoding, bytes);
  if (text === undefined) throw new DecodeError(parseError("bomInvalid", { file, encoding }));
  return { text, encoding };
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The charset an HTML page declares in its first bytes, as TextDecoder names it (gb2312 → gbk). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label =
      /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta)?.[1] ??
      (/http-equiv\s*=\s*["']?content-type/i.test(meta)
        ? /content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(meta)?.[1]
        : undefined);
    if (!label) continue;
    try {
      return new TextDecoder(label).encoding;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Which encoding undecodable bytes look like: UTF-16 without a mark, GB18030/GBK, Big5, or none. */
export function lookalike(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, 64 * 1024);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i++)
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZero++;
      else oddZero++;
    }
  const pairs = sample.length / 2;
  if (pairs > 0 && oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return "UTF-16LE";
  if (pairs > 0 && evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return "UTF-16BE";
  for (const [encoding, name] of [
    ["gb18030", "GB18030"],
    ["big5", "BIG5"],
  ] as const) {
    const text = tryDecode(encoding, sample.subarray(0, safeEnd(sample)));
    if (text !== undefined && mostlyChinese(text)) return name;
  }
  return undefined;
}

/** Drops a multi-byte character the 64 KiB sample may have cut in two. */
function safeEnd(sample: Uint8Array): number {
  let end = sample.length;
  while (end > 0 && end > sample.length - 4 && (sample[end - 1] as number) >= 0x80) end--;
  return end === 0 || sample.length < 64 * 1024 ? sample.length : end;
}

/** Text whose non-ASCII characters are nearly all CJK ideographs or CJK and full-width punctuation. */
function mostlyChinese(text: string): boolean {
  let wide = 0;
  let cjk = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) continue;
    wide++;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x2027)
    )
      cjk++;
  }
  return wide > 0 && cjk / wide >= 0.9;
}

function unknownEncoding(
  bytes: Uint8Array,
  file: string | undefined,
  declared?: string,
): DecodeError {
  const like = lookalike(bytes);
  if (!like) return new DecodeError(parseError("encodingUnknown", { file, declared }));
  const convert = file
    ? `iconv -f ${like} -t UTF-8 '${file}' > '${file}.utf8'`
    : `iconv -f ${like} -t UTF-8`;
  return new DecodeError(parseError("encodingLike", { file, declared, like, convert }));
}
