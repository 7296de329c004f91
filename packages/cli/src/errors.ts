import type { LocaleTexts } from "@zfxxgk/schema";
import { bilingual } from "./messages.js";

/**
 * A usage or input problem, and exit status 2: its message in every locale (`messages`, from the CLI's
 * locale files or the error of the package it comes from); `message` is Chinese, then English, on one
 * line (or on lines of their own when the Chinese has several).
 */
export class CliError extends Error {
  readonly exitCode = 2;
  /** The message in Simplified Chinese (`messages["zh-Hans"]`). */
  readonly zh: string;
  /** The message in English (`messages.en`). */
  readonly en: string;
  constructor(
    readonly code: string,
    readonly messages: LocaleTexts,
  ) {
    const { "zh-Hans": zh, en } = messages;
    super(bilingual(messages));
    this.name = "CliError";
    this.zh = zh;
    this.en = en;
  }
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
