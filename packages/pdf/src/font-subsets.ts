import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type WholeFace, wholeFaceBytes, wholeFaces } from "@zfxxgk/fonts";

/** A bundled face cut down to some characters, for the page's fonts. */
export interface FontSubset {
  readonly family: string;
  readonly weight: string;
  readonly style: string;
  /** CSS `unicode-range` of the characters it was cut to (those the face has are in it). */
  readonly unicodeRange: string;
  /** The TrueType subset. */
  readonly bytes: Uint8Array;
}

/**
 * The characters every page keeps loaded, in one face per family and weight: printable ASCII and
 * Latin-1, general and CJK punctuation, full-width forms, and GB 2312's symbols and level-1 hanzi
 * (the 3,755 most used). A document drawing others gets a small face of them as well.
 */
function commonCharacters(): Set<number> {
  const chars = new Set<number>();
  const span = (from: number, to: number) => {
    for (let c = from; c <= to; c++) chars.add(c);
  };
  span(0x20, 0x7e);
  span(0xa0, 0xff);
  span(0x2010, 0x205e);
  span(0x3000, 0x303f);
  span(0xff01, 0xff5e);
  span(0xffe0, 0xffe6);
  // GB 2312 rows 1–9 (symbols) and 16–55 (level 1), decoded from their two-byte codes.
  
  const gb = new TextDecoder("gb18030");
  for (let row = 0xa1; row <= (process.env.ZFX_L2 ? 0xf7 : 0xd7); row++) {
    if (row > 0xa9 && row < 0xb0) continue;
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const char = gb.decode(new Uint8Array([row, cell])).codePointAt(0) as number;
      // (cells GB 2312 leaves empty decode to GBK's user-defined area)
      if (char >= 0x80 && (char < 0xe000 || char > 0xf8ff) && char !== 0xfffd) chars.add(char);
    }
  }
  return chars;
}

/** The exports of harfbuzzjs' hb-subset build that are used here (HarfBuzz's C API). */
interface HbSubset {
  readonly memory: WebAssembly.Memory;
  _initialize?(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, setType: number): number;
  hb_set_del(set: number, codepoint: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

/**
 * The report is set horizontally: the vertical metrics and the vertical alternates that the glyph
 * closure of the vertical features would pull in (a quarter of the subsetting time) are left out.
 */
const VERTICAL_TABLES = ["vhea", "vmtx", "VORG"];
const VERTICAL_FEATURES = ["vert", "vrt2", "vkna", "vkrn", "vpal", "vhal", "vchw", "valt"];

const tableTag = (tag: string) =>
  ((tag.charCodeAt(0) << 24) |
    (tag.charCodeAt(1) << 16) |
    (tag.charCodeAt(2) << 8) |
    tag.charCodeAt(3)) >>>
  0;

interface LoadedFace {
  readonly face: WholeFace;
  readonly hbFace: number;
}

interface Subsetter {
  readonly hb: HbSubset;
  readonly faces: readonly LoadedFace[];
  readonly common: ReadonlySet<number>;
  /** Each face cut down to the common characters, made once. */
  readonly commonFaces: readonly FontSubset[];
}

let subsetter: Subsetter | undefined;

/**
 * Loads HarfBuzz's subsetter (the WebAssembly build of harfbuzzjs) and every whole face of
 * `@zfxxgk/fonts` into it once per process (about 50 MB), and cuts each face down to the common
 * characters.
 */
function load(): Subsetter {
  if (subsetter) return subsetter;
  const wasm = readFileSync(
    createRequire(import.meta.url).resolve("harfbuzzjs/dist/harfbuzz-subset.wasm"),
  );
  const hb = new WebAssembly.Instance(new WebAssembly.Module(wasm)).exports as unknown as HbSubset;
  hb._initialize?.();
  const faces = wholeFaces().map((face) => {
    const bytes = wholeFaceBytes(face);
    const pointer = hb.malloc(bytes.length);
    new Uint8Array(hb.memory.buffer).set(bytes, pointer);
    // The bytes stay in place for the life of the process: the face reads them lazily.
    const blob = hb.hb_blob_create(pointer, bytes.length, HB_MEMORY_MODE_READONLY, 0, 0);
    const hbFace = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    return { face, hbFace };
  });
  const common = commonCharacters();
  const commonFaces = faces.map((face) => cut(hb, face, common));
  subsetter = { hb, faces, common, commonFaces };
  return subsetter;
}

/** Loads the subsetter and the faces ahead of the first document. */
export function loadFontSubsetter(): void {
  load();
}

/**
 * Every bundled face cut down to the common characters (GB 2312's symbols and level-1 hanzi,
 * ASCII, punctuation): one font per family and weight, loaded once per page and kept there, so
 * Chromium's print embeds one subset of each with just the glyphs a document draws.
 */
export function commonFaces(): readonly FontSubset[] {
  return load().commonFaces;
}

/**
 * For a document that draws characters outside the common faces (any character of its HTML, markup
 * and style sheets included, counts): every face cut down to those characters, to be added beside
 * the common faces with that `unicode-range`. None for most documents.
 */
export function rareFaces(html: string): FontSubset[] {
  const { hb, faces, common } = load();
  const rare = new Set<number>();
  for (const char of html) {
    const codepoint = char.codePointAt(0) as number;
    if (!common.has(codepoint) && codepoint >= 0x20) rare.add(codepoint);
  }
  return rare.size ? faces.map((face) => cut(hb, face, rare)) : [];
}

function cut(hb: HbSubset, { face, hbFace }: LoadedFace, chars: ReadonlySet<number>): FontSubset {
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error("hb_subset_input_create_or_fail failed");
  try {
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const codepoint of chars) hb.hb_set_add(unicodes, codepoint);
    const dropTables = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const tag of VERTICAL_TABLES) hb.hb_set_add(dropTables, tableTag(tag));
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    for (const tag of VERTICAL_FEATURES) hb.hb_set_del(features, tableTag(tag));
    const subset = hb.hb_subset_or_fail(hbFace, input);
    if (!subset) throw new Error(`hb_subset_or_fail failed for ${face.file}`);
    const blob = hb.hb_face_reference_blob(subset);
    const data = hb.hb_blob_get_data(blob, 0);
    const bytes = new Uint8Array(hb.memory.buffer, data, hb.hb_blob_get_length(blob)).slice();
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
    return {
      family: face.family,
      weight: face.weight,
      style: face.style,
      unicodeRange: unicodeRange(chars),
      bytes,
    };
  } finally {
    hb.hb_subset_input_destroy(input);
  }
}

/** `U+20-7E, U+4E00, …`: the characters as CSS `unicode-range`, consecutive ones as ranges. */
function unicodeRange(chars: ReadonlySet<number>): string {
  const sorted = [...chars].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    const hex = (c: number) => c.toString(16).toUpperCase();
    ranges.push(
      i === j
        ? `U+${hex(sorted[i] as number)}`
        : `U+${hex(sorted[i] as number)}-${hex(sorted[j] as number)}`,
    );
    i = j + 1;
  }
  return ranges.join(", ");
}
