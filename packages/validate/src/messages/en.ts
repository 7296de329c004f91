import { columnOf, place, signed } from "../engine/text.js";
import type { FindingOf } from "../findings.js";
import { aspectLabel, editionNamed, roleKind, sectionHeading, tableTitle } from "./lookups.js";
import type { LocaleMessages, Worded } from "./types.js";

/** The English wording of every finding the validator raises, one per code. */
const L = "en";

/** The sign of a difference in words: "the total is 5 more than its parts" (`first − second`). */
function compared(difference: unknown, first: string, second: string): string {
  const n = Number(difference);
  if (!n) return `${first} equals ${second}`;
  return `${first} is ${Math.abs(n)} ${n > 0 ? "more" : "less"} than ${second}`;
}

/** The tail every identity message shares: blanks read as 0, or a pass that could not be proven. */
function blankTail(d: Worded): string {
  const blanks = (d.params as { blanks?: string } | undefined)?.blanks;
  if (!blanks) return "";
  if (d.difference === 0)
    return `holds with blanks read as 0, but blank or marked cells (${blanks}) keep it from being fully assessed`;
  return `; blank or marked cells were read as 0 (${blanks}), so this is not fully assessable`;
}

/** A total that differs from the sum of its parts. */
const total =
  (parts: string) =>
  (d: Worded): string =>
    `${place(d.cells[0], L)} is ${d.actual}, ${parts} add up to ${d.expected} (${compared(d.difference, "the total", parts)})${blankTail(d)}`;

/** Table 四, each group: total = upheld + corrected + other + pending. */
const group = (d: Worded) =>
  `${place(d.cells[0], L)} is ${d.actual}, upheld + corrected + other + pending = ${d.expected} (${compared(d.difference, "the total", "those four")})${blankTail(d)}`;

/** A cell written as a mark instead of a number. */
const mark = (d: Worded) =>
  `${place(d.cells[0], L)} is written as the mark ${JSON.stringify(d.actual)} instead of a number; read as 0`;

/** Two rows compared: the first should not exceed the second. */
const pair = (word: string) => (d: Worded) =>
  `${place(d.cells[0], L)} is ${d.actual}, ${word} ${place(d.cells[1], L)} (${d.expected})`;

const narrative = (d: Worded & { readonly params: { readonly quote: string } }) =>
  `Section 一 quotes ${d.actual} ("…${d.params.quote}"), but ${d.cells.map((c) => place(c, L)).join(" + ")} is ${d.expected}`;

/** A share quoted in section 一 (T3-11). */
const share = (d: FindingOf<"T3-11">) =>
  d.params.quote
    ? `Section 一 quotes ${d.actual}% ("…${d.params.quote}"), but ${d.cells
        .slice(0, -1)
        .map((c) => place(c, L))
        .join(
          " + ",
        )} (${d.params.part}) is ${d.expected}% of ${place(d.params.base ?? "T3.T.TOT", L)} (${d.params.whole})`
    : `The shares of ${d.params.categories} outcome categories quoted in section 一 add up to ${d.actual}%, more than 100%`;

const yearsText = ({ from, to }: { from: number; to?: number }) =>
  to === undefined ? `${from} and later` : `${from}–${to}`;

const MONTHS =
  "January February March April May June July August September October November December".split(
    " ",
  );
const longDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
};

/** Why a publication date is off (X-05's `params.reason`). */
const late = (reason: string | undefined, date: string) =>
  reason === "before-year-end"
    ? "before the report year ended"
    : reason === "after-department-deadline"
      ? `after ${longDate(date)} (the deadline of departments)`
      : `after ${longDate(date)}`;

const table = (id: string) => {
  const { number, title } = tableTitle(id, L);
  return `${number} "${title}"`;
};
const tables = (list: unknown) =>
  String(list ?? "")
    .split(",")
    .filter(Boolean)
    .map(table)
    .join(", ");

const byHowMuch = (n: unknown) =>
  Number(n) > 0 ? `${Number(n)} too many` : `${-Number(n)} too few`;

const role = (r: string) =>
  roleKind(r) === "constituents" ? `A constituent report (${r})` : "Last year's report";

export default {
  "T3-06": (d) =>
    `${place(d.cells[0], L)} is ${d.actual}, last year's report carried ${d.expected} into this year in column "${columnOf(d.cells[1], L)}" (${compared(d.difference, "this year's figure", "last year's")})`,
  "T3-09": (d) =>
    `${place(d.cells[0], L)} is ${d.actual}, more than the ${d.expected} on hand in last year's report`,
  "T4-07": (d) =>
    `${place("T4.RV.tot", L)} is ${d.actual}, fewer than the ${d.expected} cases pending last year`,
  "T4-08": (d) =>
    `${place("T4.LR.tot", L)} is ${d.actual}, but reconsideration totals are 0 this year and last year`,
  "X-06": (d) =>
    `Sections 一 and 五 are ${d.actual} similar to last year's report (threshold ${d.expected}): possibly a near-duplicate`,
  "T4-04": mark,
  "T4-09": (d) =>
    `${d.actual} reviews and direct lawsuits, more than the ${d.expected} related applications`,
  "T4-10": (d) =>
    `Reconsideration correction rate ${d.actual} % (${d.params?.fixed} of ${d.params?.concluded} concluded cases corrected)`,
  "T3-10": narrative,
  "T3-11": share,
  "T3-14": narrative,
  "T4-05": narrative,
  "T4-06": narrative,
  "X-10": (d) =>
    "refused" in d.params
      ? `${d.params.refused} of the constituent reports are in a format (${d.params.editions}) with no exact mapping into the ${d.expected} format and were left out of the check`
      : `${place(d.cells[0], L)} is ${d.actual}, the ${d.params?.count} constituent reports add up to ${d.expected} (difference ${signed(d.difference)})${d.params?.top ? `; largest contributors: ${d.params.top}` : ""}${d.params?.joint ? " (joint documents are counted once per co-issuer, so an aggregate below the plain sum can be right)" : ""}`,
  "R-01": (d) =>
    ({
      scope:
        "The report lists constituents but does not state it is an aggregate (meta.scope is not aggregate)",
      changed: `The report of "${d.params?.name}" differs from the one summed (content hash ${d.expected} → ${d.actual}): it changed after the roll-up`,
      "not-given": `The aggregate lists "${d.params?.name}", whose report was not given`,
      "not-listed": `The report given for "${d.params?.name}" is not among the aggregate's constituents`,
    })[String(d.params?.kind)] ?? "",
  "T3-01": (d) =>
    `Table 三, column "${columnOf(d.cells[0], L)}": new + carried over = ${d.actual}, concluded total + carried into next year = ${d.expected} (${compared(d.difference, "new + carried over", "concluded + carried forward")})${blankTail(d)}`,
  "T3-02": total("the parts in its row"),
  "T3-03": total("the result rows (一)–(六) in its column"),
  "T3-04": mark,
  "T3-07": (d) =>
    `No application was received or carried over, yet ${place(d.cells[2], L)} is ${d.actual}`,
  "T3-08": (d) =>
    `${d.actual} applications carried into next year, more than ${d.params?.share} % of the ${d.params?.intake} received`,
  "T3-13": (d) => `${place(d.cells[0], L)} is ${d.actual}; review the ground for refusing`,
  "X-01": (d) => {
    const e = editionNamed(d.params?.edition);
    return `A report for ${d.actual} uses the ${e?.name.en ?? d.params?.edition} (${e?.source}, meant for ${e ? yearsText(e.years) : ""})${d.expected ? `; that year's format is the ${d.expected} format` : ""}`;
  },
  "X-02": (d) => `Section "${sectionHeading(d.params.section, L)}" is empty`,
  "X-03": (d) =>
    `Section 一 does not cover "${aspectLabel(d.params?.aspect)?.[L] ?? d.params?.aspect}"`,
  "X-04": (d) => `The statistical period is ${d.actual}, expected ${d.expected}`,
  "X-05": (d) => `Published on ${d.actual}: ${late(d.params?.reason, String(d.expected ?? ""))}`,
  "X-08": (d) => `${place(d.cells[0], L)} is blank (read as 0 by the checks)`,
  "T2b-01": mark,
  "T2b-02": (d) =>
    `${place(d.cells[0], L)} is ${signed(d.actual)} but ${place(d.cells[1], L)} is only ${d.expected}: together ${d.difference}`,
  "T2b-03": (d) =>
    `${place(d.cells[0], L)} is ${d.actual}; last year's report gives ${d.params?.before} and a change of ${d.params?.change}, so ${d.expected} (${compared(d.difference, "the figure given", "that")})`,
  "T2b-04": (d) =>
    `${place(d.cells[0], L)} is ${d.actual}, more than ${place(d.cells[1], L)} (${d.expected})`,
  "T2b-05": (d) =>
    `${place(d.cells[0], L)} is ${d.actual}, more than ${place(d.cells[1], L)} (${d.expected}); were older documents published?`,
  "T2b-06": (d) => `${place(d.cells[0], L)} is ${d.actual} with no unit (元 or 万元)`,
  "S-14": (d) =>
    `The text says "${d.params?.quote}" (${d.actual}) but ${place(d.cells[0], L)} is ${d.expected}`,
  "S-05": (d) =>
    `${place(d.cells[0], L)} is ${d.actual}, not ${place(d.cells[1], L)} (${d.expected}; difference ${signed(d.difference)})`,
  "S-06": (d) =>
    `${place(d.cells[0], L)} is ${d.actual}, more than 1.5 times ${place(d.cells[1], L)} (${d.expected})`,
  "S-09": (d) =>
    d.params?.bound === "max"
      ? `${place(d.cells[0], L)} is ${d.actual}, below ${place(d.cells[1], L)} (${d.expected}): an item counts once, so the total cannot be below any channel`
      : `${place(d.cells[0], L)} is ${d.actual}, above the channels' sum ${d.expected}`,
  "S-10": (d) =>
    `${place(d.cells[0], L)} is ${d.actual}, above the responses by channel (${d.expected})`,
  "S-11": pair("above its parent"),
  "S-12": pair("more than"),
  "S-13": (d) =>
    d.params?.unit
      ? `${place(d.cells[0], L)} is printed in ${d.params.unit}, not 万元`
      : `${place(d.cells[0], L)} is written ${JSON.stringify(d.actual)}, not an amount in 万元`,
  "T2b-07": (d) =>
    `Last year's report is in the 2019 format; only table 二's decision counts compare: ${d.params?.pairsEn}; nothing else is compared`,
  "T2-01": mark,
  "T2-02": mark,
  "T2-05": (d) =>
    `"${d.params?.agency}" normally has no rule-making power, yet ${place(d.cells[0], L)} is ${d.actual}`,
  "T2-06": (d) =>
    `${place("T2.fees", L)} is ${d.actual} 万元 — was an amount in 元 entered? (that would be ${d.params?.asWan} 万元)`,
  "T2-07": (d) =>
    `The processing fee in section 六 is ${d.actual} 万元, more than the ${d.expected} 万元 of ${place("T2.fees", L)}`,
  "T2-08": (d) => `${place(d.cells[0], L)} is ${d.actual}, large for a township-level body`,
  "T2-03": (d) =>
    `${place(d.cells[0], L)} is ${d.actual}; last year's ${d.params?.before} + issued − repealed gives ${d.expected} (${compared(d.difference, "the figure given", "that")})`,
  "T2-04": (d) =>
    `${place(d.cells[0], L)} is ${d.actual}, more than last year's in force plus issued (${d.expected})`,
  "T4-01": group,
  "T4-02": group,
  "T4-03": group,
  "S-01": total("the rows under it"),
  "S-02": total("the rows under it"),
  "S-03": total("the rows under it"),
  "S-04": total("the rows under it"),
  "S-07": total("the rows under it"),
  "S-08": total("the rows under it"),

  "cell/culprit": (d) =>
    `${place(d.cells[0], L)} is likely the wrong cell: it is ${d.actual} and should be ${d.expected} (${byHowMuch(d.difference)}); corrected, all ${d.params.count} identities it is part of (${d.params.explains}) hold`,
  "input/blank-tables": (d) =>
    d.params.all
      ? `The report has not been filled in: ${tables(d.params.tables)} are blank; ${d.params.folded} per-cell findings are left out`
      : `Wholly blank: ${tables(d.params.tables)}; their ${d.params.folded} per-cell findings are left out`,
  "input/companion-invalid": (d) =>
    `${role(d.params.role)} is not a valid report (${d.params.count} problems, first ${d.params.first}); the checks that need it were skipped`,
  "input/internal": (d) => `Rule ${d.params.rule || "(parsing)"} failed: ${d.params.detail}`,
  "input/previous-year": (d) =>
    `Last year's report is for ${d.actual}, not ${d.expected}; the cross-year checks were skipped`,
  "input/previous-agency": (d) =>
    `Last year's report names the body "${d.actual}", this year's "${d.expected}"; if they are not the same body, the cross-year findings do not apply`,
  "input/previous-edition": (d) =>
    `Last year's report is in the ${d.actual} format and this year's in the ${d.expected} format; these cross-year rules read cells that do not map between the two and were not checked: ${d.params.rules}`,
} satisfies LocaleMessages;
