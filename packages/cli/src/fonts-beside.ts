import { cp } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Copies the files of `@zfxxgk/fonts` (woff2 subsets, `fonts.css`, licences) where a whole HTML
 * document written to `htmlFile` links them by default, so the page shows the bundled faces.
 * Returns the folder written.
 */
export async function copyFontsBeside(htmlFile: string): Promise<string> {
  const [{ FONT_FILES_DIR }, { DEFAULT_FONTS_HREF }] = await Promise.all([
    import("@zfxxgk/fonts"),
    import("@zfxxgk/render"),
  ]);
  const folder = join(dirname(htmlFile), dirname(DEFAULT_FONTS_HREF));
  await cp(FONT_FILES_DIR, folder, { recursive: true, force: true });
  return folder;
}
