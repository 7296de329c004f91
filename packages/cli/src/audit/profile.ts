/**
 * A scoring profile: how many points each kind of finding costs. Profiles are data (JSON); the one
 * shipped models the indicator lists evaluators publish (practice.md §3): 宿迁's department
 * indicators (late −0.5, more than 50 % repeated from last year −0.5; no date → no deduction),
 * 鲤城's 考评标准 (not the same as another unit's; each corrected 复议 −3) and the format's own
 * requirements (identities, sections, notes).
 */
export interface Deduction {
  /** Points taken per occurrence. */
  readonly points: number;
  /** At most this many points for the kind (default: no limit). */
  readonly cap?: number;
  /** Finding codes counted for the kind (parse/… and rule ids). */
  readonly codes?: readonly string[];
  /** Cells whose values count occurrences (e.g. corrected reviews). */
  readonly cells?: readonly string[];
  /** Similarity above which a report counts as repeated (0…1). */
  readonly threshold?: number;
  readonly why?: string;
}

export interface Profile {
  readonly name: string;
  readonly start: number;
  readonly deductions: Readonly<Record<string, Deduction>>;
}

export const DEFAULT_PROFILE: Profile = {
  name: "practice-3: 宿迁 / 鲤城 indicators and the format's requirements",
  start: 100,
  deductions: {
    "no-report": {
      points: 100,
      why: "报告不存在或无法读取 / no report could be read (宿迁: the report exists)",
    },
    late: {
      points: 0.5,
      why: "晚于法定时限发布（部门1月31日，政府3月31日）/ published after the statutory deadline (宿迁 −0.5); no date → no deduction",
    },
    "repeated-previous": {
      points: 0.5,
      threshold: 0.5,
      why: "与上年报告重复超过50% / more than 50 % repeated from last year's report (宿迁 −0.5)",
    },
    "repeated-peer": {
      points: 5,
      threshold: 0.5,
      why: "与其他单位报告雷同 / the same as another unit's report (鲤城: 5 of 10 points)",
    },
    "identity-break": {
      points: 1,
      cap: 5,
      codes: ["T3-01", "T3-02", "T3-03", "T4-01", "T4-02", "T4-03"],
      why: "表格勾稽关系不成立 / an identity of the tables breaks (数据精确, 怀化 2021)",
    },
    "narrative-mismatch": {
      points: 0.5,
      cap: 2,
      codes: ["T3-10", "T3-11", "T3-14", "T4-05", "T4-06"],
      why: "正文数字与表格不一致 / narrative figures differ from the tables (真实客观)",
    },
    "missing-section": {
      points: 1,
      cap: 6,
      codes: ["parse/missing-section", "parse/missing-table"],
      why: "缺少规定的部分或表格 / a required section or table is missing (内容全面)",
    },
    "missing-note": {
      points: 0.5,
      cap: 1,
      codes: ["parse/missing-note"],
      why: "表三缺少规定的注释 / a note of table 三 is missing (X-09, 格式规范)",
    },
    "review-corrected": {
      points: 3,
      cap: 9,
      cells: ["T4.RV.fix"],
      why: "行政复议结果纠正，每件 / each 复议 corrected (鲤城 −3)",
    },
  },
};

/** A profile read from JSON, checked for the shape above; a bad profile is a clear error. */
export function checkProfile(data: unknown): Profile | string {
  const p = data as Partial<Profile> | null;
  if (!p || typeof p !== "object") return "not an object";
  if (typeof p.name !== "string") return "name must be a string";
  if (typeof p.start !== "number") return "start must be a number";
  if (!p.deductions || typeof p.deductions !== "object") return "deductions must be an object";
  for (const [kind, d] of Object.entries(p.deductions)) {
    if (!d || typeof d.points !== "number") return `deductions.${kind}.points must be a number`;
    if (d.cap !== undefined && typeof d.cap !== "number")
      return `deductions.${kind}.cap must be a number`;
    if (d.codes !== undefined && !Array.isArray(d.codes))
      return `deductions.${kind}.codes must be a list`;
    if (d.cells !== undefined && !Array.isArray(d.cells))
      return `deductions.${kind}.cells must be a list`;
    if (d.threshold !== undefined && typeof d.threshold !== "number")
      return `deductions.${kind}.threshold must be a number`;
  }
  return p as Profile;
}
