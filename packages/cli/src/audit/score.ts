import { countOf, type FileAudit } from "./audit-file.js";
import type { Profile } from "./profile.js";

/** One file's row of the audit: what was read, what the evaluators look at, and the score. */
export interface AuditRow {
  readonly file: string;
  readonly status: FileAudit["status"];
  readonly kind: string;
  readonly body: string;
  readonly year: number | null;
  readonly edition: string;
  readonly tablesFound: number;
  readonly cellsRead: number;
  readonly cellsBlank: number;
  readonly cellsUndecided: number;
  readonly cellsReadShare: number;
  readonly identityBreaks: number;
  readonly narrativeMismatches: number;
  readonly missingSections: number;
  readonly missingNotes: number;
  readonly publishedOn: string | null;
  readonly deadline: string | null;
  /** on time, late by N days, or cannot tell (no date: not a deduction). */
  readonly timeliness: "on time" | "late" | "cannot tell";
  readonly daysLate: number | null;
  readonly repeatedFromPrevious: number | null;
  readonly previousFile: string | null;
  readonly repeatedFromPeer: number | null;
  readonly peerFile: string | null;
  readonly score: number;
  readonly deductions: { kind: string; count: number; points: number }[];
}

type Similarity = (a: string, b: string) => number;
type OwnText = (report: NonNullable<FileAudit["report"]>) => string;

const DAY = 86_400_000;

export function deadlineOf(audit: FileAudit): string | null {
  if (!audit.year) return null;
  return audit.level === "government" ? `${audit.year + 1}-03-31` : `${audit.year + 1}-01-31`;
}

/** Rows for every file, with last year's report and peers looked up among all of them. */
export function scoreAll(
  audits: readonly FileAudit[],
  profile: Profile,
  compare: { similarity: Similarity; ownText: OwnText },
  previous: readonly FileAudit[] = [],
): AuditRow[] {
  const texts = new Map<FileAudit, string>();
  const textOf = (a: FileAudit) => {
    if (!a.report) return "";
    let t = texts.get(a);
    if (t === undefined) {
      t = compare.ownText(a.report);
      texts.set(a, t);
    }
    return t;
  };
  const pool = [...audits, ...previous].filter((a) => a.report && a.body);
  return audits.map((a) => {
    const count = (codes: readonly string[] = []) =>
      a.findings.filter((f) => codes.includes(f.code)).length;
    const d = profile.deductions;
    const deadline = deadlineOf(a);
    let timeliness: AuditRow["timeliness"] = "cannot tell";
    let daysLate: number | null = null;
    if (a.publishedOn && deadline) {
      const late = Math.round((Date.parse(a.publishedOn) - Date.parse(deadline)) / DAY);
      timeliness = late > 0 ? "late" : "on time";
      daysLate = Math.max(0, late);
    }
    const mine = textOf(a);
    let prev: { value: number; file: string } | undefined;
    let peer: { value: number; file: string } | undefined;
    if (a.report && mine.length >= 20 && a.year) {
      for (const other of pool) {
        if (other === a || !other.year) continue;
        const theirs = textOf(other);
        if (theirs.length < 20) continue;
        const sameBody = other.body === a.body;
        if (sameBody && other.year === a.year - 1) {
          const s = compare.similarity(mine, theirs);
          if (!prev || s > prev.value) prev = { value: s, file: other.file };
        } else if (!sameBody && other.year === a.year) {
          const s = compare.similarity(mine, theirs);
          if (!peer || s > peer.value) peer = { value: s, file: other.file };
        }
      }
    }
    const counts: Record<string, number> = {};
    for (const [kind, rule] of Object.entries(d)) {
      let n = 0;
      if (rule.codes) n += count(rule.codes);
      if (rule.cells) n += rule.cells.reduce((sum, id) => sum + countOf(a.report, id), 0);
      counts[kind] = n;
    }
    counts["no-report"] = a.status === "ok" ? 0 : 1;
    counts.late = timeliness === "late" ? 1 : 0;
    const over = (v: { value: number } | undefined, kind: string) =>
      v && v.value > (d[kind]?.threshold ?? 0.5) ? 1 : 0;
    counts["repeated-previous"] = over(prev, "repeated-previous");
    counts["repeated-peer"] = over(peer, "repeated-peer");
    const deductions = Object.entries(d)
      .map(([kind, rule]) => {
        const n = counts[kind] ?? 0;
        const points = Math.min(rule.cap ?? Number.POSITIVE_INFINITY, n * rule.points);
        return { kind, count: n, points };
      })
      .filter((x) => x.count > 0);
    const score = Math.max(0, profile.start - deductions.reduce((s, x) => s + x.points, 0));
    const round = (v: number) => Math.round(v * 1000) / 1000;
    return {
      file: a.file,
      status: a.status,
      kind: a.kind,
      body: a.body,
      year: a.year,
      edition: a.edition,
      tablesFound: a.tablesFound,
      cellsRead: a.cellsRead,
      cellsBlank: a.cellsBlank,
      cellsUndecided: a.cellsUndecided,
      cellsReadShare: a.cellsTotal ? round(a.cellsRead / a.cellsTotal) : 0,
      identityBreaks: count(d["identity-break"]?.codes),
      narrativeMismatches: count(d["narrative-mismatch"]?.codes),
      missingSections: count(d["missing-section"]?.codes),
      missingNotes: count(d["missing-note"]?.codes),
      publishedOn: a.publishedOn,
      deadline,
      timeliness,
      daysLate,
      repeatedFromPrevious: prev ? round(prev.value) : null,
      previousFile: prev?.file ?? null,
      repeatedFromPeer: peer ? round(peer.value) : null,
      peerFile: peer?.file ?? null,
      score: round(score),
      deductions,
    };
  });
}
