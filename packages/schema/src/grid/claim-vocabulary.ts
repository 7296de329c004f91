/**
 * The words of an edition's 一、总体情况 that name cells: how a figure quoted there ("收到申请17件")
 * is tied to the cells whose sum it states. Data only; `@zfxxgk/validate` reads figures with it.
 */
export interface ClaimVocabulary {
  /**
   * What a sentence speaks of, in tiers of precedence: the first tier with a word in the words
   * before a figure names its topic; two topics of one tier, none (the figure is not read).
   */
  readonly topics: readonly (readonly ClaimTopic[])[];
  /** Sentences that say every case was of one kind, so the other kinds' cells are 0. */
  readonly nil?: readonly NilClaim[];
}

/** Cells whose sum a figure states, checked under one rule. */
export interface ClaimCells {
  readonly cells: readonly string[];
  readonly rule: string;
}

/** What a figure counts when its clause has one of `words`. */
export interface ClaimCategory extends ClaimCells {
  readonly words: readonly string[];
}

export interface ClaimTopic {
  readonly id: string;
  readonly words: readonly string[];
  /** Words that rule out a claim on this topic (主动公开 is not an application). */
  readonly not?: readonly string[];
  /** "first": the first category whose words appear; "one": exactly one category's words, else none. */
  readonly pick: "first" | "one";
  readonly categories: readonly ClaimCategory[];
  /**
   * What a figure counts when no category word appears (a total), and what a clause of `upheld`
   * after it with no figure of its own states ("行政复议1起，结果维持": 维持 covers them all).
   */
  readonly total?: ClaimCells & {
    readonly upheld?: ClaimCells & { readonly pattern: string };
  };
}

/** "申请人均为自然人": in a sentence on `topic` with one of `words` that matches `pattern`, `cells` are 0. */
export interface NilClaim extends ClaimCells {
  readonly topic: string;
  readonly words: readonly string[];
  readonly pattern: string;
}
