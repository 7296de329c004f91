import { Option } from "commander";

export type MessageLocale = "zh-CN" | "en";

/** `--locale` of the commands that print findings or descriptions: the language of the messages. */
export const messageLocaleOption = () =>
  new Option("--locale <locale>", "消息语言 / language of the messages")
    .choices(["zh-CN", "en"])
    .default("zh-CN");

/** The former `--lang zh|en`, still accepted and no longer shown: `--locale` is the one word. */
export const langAlias = () => new Option("--lang <lang>").choices(["zh", "en"]).hideHelp();

export function messageLocaleOf(options: {
  locale: MessageLocale;
  lang?: "zh" | "en";
}): MessageLocale {
  if (options.lang) return options.lang === "en" ? "en" : "zh-CN";
  return options.locale;
}
