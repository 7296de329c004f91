import type { Report } from "@zfxxgk/schema";

/** A draft as kept in the browser: the report, and the text of cells that held no value yet. */
export interface SavedDraft {
  readonly savedAt: number;
  readonly report: Report;
  readonly unreadable: Readonly<Record<string, string>>;
}

export interface DraftStore {
  load(): SavedDraft | undefined;
  save(draft: SavedDraft): void;
  clear(): void;
}

/**
 * Drafts in `localStorage` under `zfxxgk-form:draft:<key>`. Where storage is refused (a sandboxed
 * frame, some private modes) drafts are simply not kept; the form works on.
 */
export function localDraftStore(key: string): DraftStore {
  const name = `zfxxgk-form:draft:${key}`;
  const storage = (): Storage | undefined => {
    try {
      return globalThis.localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    load() {
      try {
        const text = storage()?.getItem(name);
        if (!text) return undefined;
        const draft = JSON.parse(text) as SavedDraft;
        return typeof draft?.report === "object" && draft.report !== null ? draft : undefined;
      } catch {
        return undefined;
      }
    },
    save(draft) {
      try {
        storage()?.setItem(name, JSON.stringify(draft));
      } catch {
        // quota exceeded or storage refused: the form itself keeps working
      }
    },
    clear() {
      try {
        storage()?.removeItem(name);
      } catch {
        // as above
      }
    },
  };
}
