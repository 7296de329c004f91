import { reportCss } from "@zfxxgk/render";

/** A font as Word names it: the official face, and the open-licence face the HTML falls back to. */
export interface WordFont {
  readonly name: string;
  readonly fallback: string;
}

/** Page and type of the document, read from the stylesheet of @zfxxgk/render (GB/T 9704). */
export interface Typography {
  readonly fonts: Record<
    "body" | "title" | "heading" | "subheading" | "table" | "pageNumber",
    WordFont
  >;
  /** Sizes in points. */
  readonly size: Record<"title" | "body" | "table" | "pageNumber", number>;
  /** Fixed line pitch of body text in points. */
  readonly lineHeight: number;
  /** Page margins in millimetres. */
  readonly margin: Record<"top" | "right" | "bottom" | "left", number>;
}

const GENERIC = new Set(["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"]);
const CJK = /[\u3400-\u9fff]/u;

function property(css: string, name: string): string {
  const m = new RegExp(`--zfxxgk-${name}:\\s*([^;]+);`).exec(css);
  if (!m?.[1]) throw new Error(`@zfxxgk/render stylesheet has no --zfxxgk-${name}`);
  const value = m[1].trim();
  const alias = /^var\(--zfxxgk-([\w-]+)\)$/.exec(value);
  return alias?.[1] ? property(css, alias[1]) : value;
}

/**
 * A CSS font stack as Word needs it: Word takes one name per run, so the official face is named
 * by its Chinese name (how Chinese Windows and WPS list it) and the open-licence face last in the
 * stack becomes its alternative in the document's font table.
 */
function wordFont(stack: string): WordFont {
  const names = stack
    .split(",")
    .map((s) => s.trim().replace(/^["']|["']$/g, ""))
    .filter((s) => s && !GENERIC.has(s));
  const name = names.find((n) => CJK.test(n)) ?? names[0];
  const fallback = names.at(-1);
  if (!name || !fallback) throw new Error(`font stack without a name: ${stack}`);
  return { name, fallback };
}

const points = (value: string) => {
  const m = /^([\d.]+)pt$/.exec(value.trim());
  if (!m?.[1]) throw new Error(`expected a size in pt, got ${value}`);
  return Number(m[1]);
};

let cached: Typography | undefined;

export function typography(): Typography {
  if (cached) return cached;
  const css = reportCss({ page: true });
  const page = /@page\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
  const pageRule = (name: string) => {
    const value = new RegExp(`(?:^|[;\\s])${name}:\\s*([^;]+);`).exec(page)?.[1];
    if (!value) throw new Error(`@zfxxgk/render stylesheet has no @page ${name}`);
    return value.trim();
  };
  const margins = pageRule("margin").split(/\s+/);
  const mm = margins.map((m) => Number(/^([\d.]+)mm$/.exec(m)?.[1]));
  if (mm.length !== 4 || mm.some((n) => !Number.isFinite(n)))
    throw new Error("@zfxxgk/render stylesheet has no @page margin in mm");
  const [top, right, bottom, left] = mm as [number, number, number, number];
  cached = {
    fonts: {
      body: wordFont(property(css, "font-body")),
      title: wordFont(property(css, "font-title")),
      heading: wordFont(property(css, "font-heading")),
      subheading: wordFont(property(css, "font-subheading")),
      table: wordFont(property(css, "font-table")),
      pageNumber: wordFont(pageRule("font-family")),
    },
    size: {
      title: points(property(css, "font-size-title")),
      body: points(property(css, "font-size-body")),
      table: points(property(css, "font-size-table")),
      pageNumber: points(pageRule("font-size")),
    },
    lineHeight: points(property(css, "line-height")),
    margin: { top, right, bottom, left },
  };
  return cached;
}
