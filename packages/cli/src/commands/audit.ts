import { readFile } from "node:fs/promises";
import { mergeMessages, wordedIn } from "@zfxxgk/schema";
import type { Command } from "commander";
import { auditFile, type FileAudit } from "../audit/audit-file.js";
import { checkProfile, DEFAULT_PROFILE, type Profile } from "../audit/profile.js";
import { scoreAll } from "../audit/score.js";
import { summary, writeAudit } from "../audit/write.js";
import { publishedMessages } from "../documents.js";
import { EXIT } from "../errors.js";
import { expandInputs } from "../inputs.js";
import { bilingual, cliError, helpText, LOCALE_MESSAGES, label } from "../messages.js";
import { note } from "../output.js";
import { progress } from "../progress.js";

async function loadProfile(file: string | undefined): Promise<Profile> {
  if (!file) return DEFAULT_PROFILE;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw cliError("bad-profile", "profileUnreadable", { file, detail });
  }
  const checked = checkProfile(data);
  if (typeof checked === "string") {
    throw cliError("bad-profile", "profileWrong", { file, detail: checked });
  }
  return checked;
}

async function auditAll(files: readonly string[], title: string): Promise<FileAudit[]> {
  const { messages } = await import("@zfxxgk/validate");
  const all = mergeMessages(await publishedMessages(), messages);
  const bar = progress(files.length, title);
  const out: FileAudit[] = [];
  try {
    for (const file of files) {
      // auditFile never throws for a file's content: one bad file never stops the run
      out.push(await auditFile(file, all));
      bar.tick(file);
    }
  } finally {
    bar.stop();
  }
  return out;
}

export function registerAudit(program: Command): void {
  program
    .command("audit")
    .description(helpText("helpAudit"))
    .argument("<files...>", helpText("helpAuditFiles"))
    .requiredOption("-o, --out <dir>", helpText("helpAuditOut"))
    .option("--previous <glob>", helpText("helpAuditPrevious"))
    .option("--profile <file>", helpText("helpAuditProfile"))
    .action(
      async (patterns: string[], options: { out: string; previous?: string; profile?: string }) => {
        const profile = await loadProfile(options.profile);
        const files = await expandInputs(patterns);
        const audits = await auditAll(files, label("auditBar"));
        const previous = options.previous
          ? await auditAll(await expandInputs([options.previous]), label("previousBar"))
          : [];
        const { ownText, similarity } = await import("@zfxxgk/validate");
        const rows = scoreAll(audits, profile, { ownText, similarity }, previous);
        const written = await writeAudit(options.out, rows, audits, profile);
        const s = summary(rows);
        const words = { files: s.files, read: s.read, share: s.cellsReadShare, written };
        note(bilingual(wordedIn(LOCALE_MESSAGES, "audited", words), "\n"));
        process.exitCode = EXIT.ok;
      },
    );
}
