const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for the raw text of a `<script type="application/json">` element: `<`, `>`, `&`, U+2028
 * and U+2029 become \uXXXX escapes, so no data can close the element or open a comment.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value) ?? "null";
  return json.replace(
    UNSAFE_IN_SCRIPT,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
