import type { Report } from "@zfxxgk/schema";

/**
 * Remembers what was read from the last 一、总体情况 it saw, so a report validated again (an editor
 * re-checking, a batch re-run, the same text as a companion) is not scanned again. A new text costs
 * one comparison per paragraph; nothing is hashed or kept beyond the last text.
 */
export function lastOverview<T>(read: (report: Report) => T): (report: Report) => T {
  let texts: string[] = [];
  let types: string[] = [];
  let value: T | undefined;
  return (report) => {
    const blocks = report.sections.overview;
    let same = value !== undefined && blocks.length === texts.length;
    for (let i = 0; same && i < blocks.length; i++)
      same = blocks[i]?.text === texts[i] && blocks[i]?.type === types[i];
    if (!same || value === undefined) {
      value = read(report);
      texts = blocks.map((b) => b.text);
      types = blocks.map((b) => b.type);
    }
    return value;
  };
}
