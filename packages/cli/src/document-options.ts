import { Option } from "commander";
import { cliError } from "./messages.js";

/** `--locale` of the commands that write the report itself (HTML, PDF): simplified or traditional. */
export const documentLocaleOption = () =>
  new Option("--locale <locale>", "简体或繁体 / simplified or traditional")
    .choices(["zh-Hans", "zh-Hant"])
    .default("zh-Hans");

/** `--timeout` of the commands that print PDFs, in seconds per report. */
export const timeoutOption = () =>
  new Option(
    "--timeout <seconds>",
    "单份报告生成 PDF 的时限（秒）/ time allowed to print one report (seconds)",
  ).default("30");

export function parseTimeout(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
    throw cliError("bad-timeout", "badTimeout", { value });
  return Math.round(seconds * 1000);
}
