import type { Diagnostic } from "../diagnostic.js";
import { type PlaceWords, placeIn } from "../place-in.js";
import type { SchemaMessages } from "./types.js";

/** The English wording of every finding of the report model, one per code. */
const L = "en";

const at = (d: Diagnostic) => placeIn(d.path, L, where, d.cells[0]);
/** How the places of a report other than cells are named. */
export const where: PlaceWords = {
  fields: {
    agency: "agency",
    year: "report year",
    title: "title",
    period: "statistical period",
    publishedOn: "publication date",
    contact: "contact",
    creditCode: "unified social credit code",
    divisionCode: "administrative division code",
  },
  section: (heading) => `"${heading}"`,
  body: (n) => `section ${n} of the body`,
  document: "the document",
};

const show = (v: unknown) => JSON.stringify(v);

export default {
  "schema/json-syntax": (d) => `Not valid JSON: ${d.params?.detail}`,
  "schema/not-object": (d) => `A report must be a JSON object, got ${d.params?.type}`,
  "schema/unreadable": (d) =>
    `Reading the report object failed (not plain data?): ${d.params?.detail}`,
  "schema/unknown-edition": (d) =>
    `Unknown format edition ${show(d.actual)}; known editions: ${d.expected}`,
  "schema/missing": (d) => `${at(d)}: required value is missing`,
  "schema/unknown-property": (d) => `${at(d)}: unknown property (check the spelling)`,
  "schema/invalid-type": (d) => `${at(d)}: expected ${d.expected}, got ${d.params?.type}`,
  "schema/invalid-value": (d) =>
    `${at(d)}: invalid value ${show(d.actual)}, expected ${d.expected}`,
  "schema/invalid-format": (d) => `${at(d)}: does not match ${d.expected}: ${show(d.actual)}`,
  "schema/too-small": (d) =>
    `${at(d)}: ${d.params?.empty ? "must not be empty" : `must be ≥ ${d.expected}, got ${d.actual}`}`,
  "schema/too-big": (d) => `${at(d)}: too big (maximum ${d.expected})`,
  "schema/credit-code": (d) =>
    `${at(d)}: unified social credit code ${show(d.actual)} has a wrong check character (expected ${d.expected})`,
  "schema/count-not-integer": (d) =>
    `${at(d)}: a count must be a whole number ≥ 0, got ${show(d.actual)}`,
  "schema/count-negative": (d) => `${at(d)}: a count cannot be negative, got ${show(d.actual)}`,
  "schema/count-as-string": (d) =>
    `${at(d)}: a count must be a JSON number, not a string: ${show(d.actual)}`,
  "schema/amount-with-unit": (d) =>
    `${at(d)}: the amount must not carry a unit (the column is in 万元), got ${show(d.actual)}; write a decimal string such as "${d.expected}"`,
  "schema/amount-as-number": (d) =>
    `${at(d)}: write the amount as a decimal string to keep its precision, e.g. "${d.expected}", not the number ${show(d.actual)}`,
  "schema/invalid-cell": (d) =>
    `${at(d)}: invalid cell value ${show(d.actual)} (expected ${
      d.params?.want === "trimmed"
        ? `${show(d.expected)}, without the spaces`
        : `${d.params?.want === "count" ? "a whole number ≥ 0" : "a decimal string (万元)"}, null or ${d.params?.marks}`
    })`,
  "schema/unknown-cell": (d) => `Unknown cell id ${show(d.actual)}`,
} satisfies SchemaMessages;
