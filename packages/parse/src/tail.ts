import type { ProcessingFee, Report } from "@zfxxgk/schema";
import { labelKey, simplify } from "./normalise.js";
import type { Line } from "./types.js";

type Contact = NonNullable<Report["meta"]["contact"]>;

/** Labels a contact block is printed with (keys are `labelKey` forms, simplified). */
const CONTACT_LABELS: Readonly<Record<string, keyof Contact>> = {
  联系单位: "unit",
  单位: "unit",
  地址: "address",
  联系地址: "address",
  通讯地址: "address",
  邮政编码: "postcode",
  邮编: "postcode",
  联系电话: "phone",
  电话: "phone",
  电子邮箱: "email",
  邮箱: "email",
  网址: "website",
  网站: "website",
};
const LABELS_LONGEST_FIRST = Object.keys(CONTACT_LABELS).sort((a, b) => b.length - a.length);

/** `联系电话：0871-…`, or label and value run together as a browser may print a `<dl>`. */
function inlineContact(line: string): { key: keyof Contact; value: string } | undefined {
  if (line.length > 80 || line.includes("。")) return undefined;
  const simplified = simplify(line);
  for (const label of LABELS_LONGEST_FIRST) {
    if (!simplified.startsWith(label)) continue;
    const value = line.slice(label.length).replace(/^\s*[:：]?\s*/u, "");
    const key = CONTACT_LABELS[label];
    return value && key ? { key, value } : undefined;
  }
  return undefined;
}
const FEE = /^信息处理费\s*[:：]\s*([0-9]+(?:\.[0-9]+)?)\s*(万元|元)$/u;
const DATE = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;

export interface Tail {
  readonly lines: Line[];
  readonly contact?: Contact;
  readonly processingFee?: ProcessingFee;
  readonly publishedOn?: string;
}

/**
 * The end of the last section: a report signs off with the agency and the date, and may print a
 * contact block (label and value on one line or on two) and the information processing fee. These
 * are read into the metadata instead of being kept as narrative.
 */
export function readTail(
  section: readonly Line[],
  agency: string | undefined,
  clean: (s: string) => string,
  /** `fee`: the edition carries the 信息处理费 as a field; else its line stays in the text. */
  { fee: readsFee }: { fee: boolean } = { fee: true },
): Tail {
  const lines = [...section];
  const contact: Record<string, string> = {};
  let processingFee: ProcessingFee | undefined;
  let publishedOn: string | undefined;
  const agencyKey = agency ? labelKey(agency) : "";
  const text = (i: number) => lines[i]?.text ?? "";
  let changed = true;
  let signed = false;
  while (changed && lines.length) {
    changed = false;
    const last = text(lines.length - 1);
    const date = DATE.exec(last);
    if (date && !publishedOn) {
      const [, y = "", m = "", d = ""] = date;
      publishedOn = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
      lines.pop();
      changed = true;
      continue;
    }
    if (agencyKey && !signed && labelKey(last) === agencyKey) {
      signed = true;
      lines.pop();
      changed = true;
      continue;
    }
    const inline = inlineContact(last);
    if (inline && !(inline.key in contact)) {
      contact[inline.key] = clean(inline.value);
      signed = true;
      lines.pop();
      changed = true;
      continue;
    }
    const pairKey =
      lines.length >= 2 ? CONTACT_LABELS[labelKey(text(lines.length - 2))] : undefined;
    if (pairKey && !(pairKey in contact) && text(lines.length - 2).length <= 6) {
      contact[pairKey] = clean(last);
      signed = true;
      lines.splice(-2, 2);
      changed = true;
      continue;
    }
    const fee = readsFee ? FEE.exec(simplify(last)) : null;
    if (fee?.[1] && !processingFee) {
      processingFee = { amount: fee[1], unit: fee[2] === "万元" ? "万元" : "元" };
      lines.pop();
      changed = true;
    }
  }
  return {
    lines,
    ...(Object.keys(contact).length ? { contact: contact as Contact } : {}),
    ...(processingFee ? { processingFee } : {}),
    ...(publishedOn ? { publishedOn } : {}),
  };
}
