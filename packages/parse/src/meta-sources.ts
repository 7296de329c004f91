import type { Line } from "./types.js";

/**
 * Where a report names its body when there is no title line: the opening sentence
 * (`现公布区统计局2023年政府信息公开工作年度报告`, `特编制本机关…`) or the signature at the end.
 */

const REPORT = "(?:政府信息公[开開]|政[务務]公[开開]|信息公[开開])[^。\\n]{0,12}?[报報]告";
/** `现公布区统计局2023年…年度报告`, `特编制…`, `编制了…`, `发布…`: the body named before the year. */
const OPENING = new RegExp(
  `(?:现[将將]?(?:公布|发布|發布)|特(?:编制|編制)|(?:编制|編制|发布|發布|公布)了?|[《“"])\\s*(?:本年度)?\\s*([^，。；《》“”"\\s]{2,40}?)\\s*((?:19|20)\\d{2})\\s*年度?\\s*(?:的\\s*)?${REPORT}`,
  "u",
);
/** Words that refer to the body without naming it. */
const SELF = /^(?:本|我)(?:机关|单位|局|委|办|部门|院|厅|中心|街道|镇|乡|区|县|市|政府)?$/u;
/** A body's name: ends in the word for a kind of body, has no sentence punctuation. */
const BODY =
  /^[^，。；：:,;!?！？\s\d]{2,40}?(?:人民政府办公室|人民政府办公厅|人民政府|办事处|委员会|管理局|管理委员会|办公室|办公厅|局|厅|委|中心|院|署|所|站|队|处|政府|街道|镇|乡|县|区|市|州|盟|旗)$/u;

export interface MetaFound {
  readonly agency?: string;
  readonly year?: number;
  readonly line: Line;
}

/** The body and year named in the opening sentences, if one says which report this is. */
export function fromOpening(lines: readonly Line[]): MetaFound | undefined {
  for (const line of lines) {
    if (line.row || line.text.length > 400) continue;
    const m = OPENING.exec(line.text);
    if (!m?.[2]) continue;
    const name = m[1]?.trim() ?? "";
    const agency = name && !SELF.test(name) ? name : undefined;
    return { ...(agency ? { agency } : {}), year: Number(m[2]), line };
  }
  return undefined;
}

/** The body that signs the report: a short line naming a body among the last lines. */
export function fromSignature(lines: readonly Line[]): MetaFound | undefined {
  for (const line of lines.slice(-6).reverse()) {
    if (line.row) continue;
    const text = line.text.trim();
    if (text.length <= 40 && BODY.test(text)) return { agency: text, line };
  }
  return undefined;
}

/** Words a sentence, not a body's name, starts with (`现公布本局…报告`). */
const SENTENCE_START = /^(?:现|特|根据|按照|依据|依照|为|关于|本|我)/u;
/** `驼峰路街道办事处政府信息公开工作年度报告`: a title that names the body but gives no year. */
const TITLE_WITHOUT_YEAR = new RegExp(`^\\s*(\\S.{1,40}?)\\s*${REPORT}\\s*$`, "u");

/** The body a title without a year names, when it is a body's name (not `本机关`, not a sentence). */
export function bodyTitle(text: string): string | undefined {
  const name = TITLE_WITHOUT_YEAR.exec(text)?.[1]?.trim();
  return name && !SELF.test(name) && !SENTENCE_START.test(name) && BODY.test(name)
    ? name
    : undefined;
}
