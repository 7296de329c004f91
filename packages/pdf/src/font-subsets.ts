import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type WholeFace, wholeFaceBytes, wholeFaces } from "@zfxxgk/fonts";

/** A face cut down to the characters of one document, ready for the page's `FontFaceSet`. */
export interface FontSubset {
  readonly family: string;
  readonly weight: string;
  readonly style: string;
  /** The TrueType subset, base64 (it crosses the DevTools protocol as a string). */
  readonly base64: string;
}

/** Always kept: printable ASCII, for entities, numbers and the page numbers' digits and dashes. */
const ALWAYS = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i).concat(0x2014, 0x3000);

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
}

let subsetter: Subsetter | undefined;

/**
 * Loads HarfBuzz's subsetter (the WebAssembly build of harfbuzzjs) and every whole face of
 * `@zfxxgk/fonts` into it once per process (about 50 MB), so each document costs only its subsets.
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
  subsetter = { hb, faces };
  return subsetter;
}

/** Loads the subsetter and the faces ahead of the first document. */
export function loadFontSubsetter(): void {
  load();
}

/** The families of the whole faces, as the report CSS names them. */
export function subsetFamilies(): string[] {
  return [...new Set(wholeFaces().map((face) => face.family))];
}

/**
 * Every bundled face cut down to the characters it draws in one document: `text` is keyed
 * `family|weight` (as the page's cascade gives them; a weight goes to the family's nearest face),
 * and its `*` entry — the style sheets, for generated content — goes to every face, as does
 * printable ASCII (page numbers, figures). One font per family and weight, so Chromium embeds one
 * small subset of each instead of one per unicode-range file.
 */
export function fontSubsets(text: Readonly<Record<string, string>>): FontSubset[] {
  const { hb, faces } = load();
  const sets = new Map<WholeFace, Set<number>>(faces.map(({ face }) => [face, new Set(ALWAYS)]));
  for (const [key, chars] of Object.entries(text)) {
    const [family, weight] = key.split("|");
    const targets =
      key === "*" ? [...sets.keys()] : [nearestFace(faces, family, Number(weight))].flat();
    for (const face of targets) {
      const set = sets.get(face) as Set<number>;
      for (const char of chars) set.add(char.codePointAt(0) as number);
    }
  }
  return faces.map(({ face, hbFace }) => {
    const input = hb.hb_subset_input_create_or_fail();
    if (!input) throw new Error("hb_subset_input_create_or_fail failed");
    try {
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const codepoint of sets.get(face) ?? []) hb.hb_set_add(unicodes, codepoint);
      const dropTables = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
      for (const tag of VERTICAL_TABLES) hb.hb_set_add(dropTables, tableTag(tag));
      const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
      for (const tag of VERTICAL_FEATURES) hb.hb_set_del(features, tableTag(tag));
      const subset = hb.hb_subset_or_fail(hbFace, input);
      if (!subset) throw new Error(`hb_subset_or_fail failed for ${face.file}`);
      const blob = hb.hb_face_reference_blob(subset);
      const data = hb.hb_blob_get_data(blob, 0);
      const bytes = Buffer.from(hb.memory.buffer, data, hb.hb_blob_get_length(blob));
      const base64 = bytes.toString("base64");
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(subset);
      return { family: face.family, weight: face.weight, style: face.style, base64 };
    } finally {
      hb.hb_subset_input_destroy(input);
    }
  });
}

/** The face of `family` whose weight is nearest `weight`; none when the family is not bundled. */
function nearestFace(
  faces: readonly LoadedFace[],
  family: string | undefined,
  weight: number,
): WholeFace[] {
  const distance = (face: WholeFace) => Math.abs(Number(face.weight) - (weight || 400));
  const candidates = faces.map((f) => f.face).filter((face) => face.family === family);
  const nearest = candidates.sort((a, b) => distance(a) - distance(b))[0];
  return nearest ? [nearest] : [];
}
