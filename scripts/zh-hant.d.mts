/** The zh-Hans message files that have a generated zh-Hant.ts beside them, from the repository root. */
export declare const SOURCES: readonly string[];
/** A zh-Hant message file's text, from its zh-Hans file's text. */
export declare function traditionalOf(source: string): string;
