/**
 * JSON text for an example report: two-space indentation, with every object whose values are all
 * scalars (a table row, a narrative block, a period) kept on one line so tables read as tables.
 */
export function stringifyReport(report) {
  return `${write(report, "")}\n`;
}

function isScalar(value) {
  return value === null || typeof value !== "object";
}

function write(value, indent) {
  if (isScalar(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + write(v, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  if (entries.every(([, v]) => isScalar(v))) {
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ")} }`;
  }
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`).join(",\n")}\n${indent}}`;
}
