import { forms, isNormal } from "./normalize.js";

/**
 * Word groups found in a text in one pass. Each group is a bit; a scan records every occurrence
 * of every word (overlapping ones too) with the groups of its word, so "the words from a to b
 * contain a word of group g" becomes a mask test over the occurrences that lie inside a…b.
 */
export class Lexicon {
  private readonly members: string[][] = [];
  private index: WordIndex | undefined;

  /** A new group of words; returns its bit. */
  group(words: readonly string[]): number {
    if (this.members.length === 31) throw new Error("a lexicon holds at most 31 groups");
    this.members.push([...words]);
    this.index = undefined;
    return 1 << (this.members.length - 1);
  }

  /** A pattern that finds a word of these groups in a text that is not normalized yet. */
  pattern(groups: number): RegExp {
    const words = this.members.filter((_, i) => groups & (1 << i)).flat();
    return new RegExp(words.map(forms).join("|"));
  }

  /**
   * Every occurrence of the lexicon's words in `text`, in order of position, when `text` is
   * normalized; false when it has a character `normalize` would change.
   */
  scan(text: string, into: Occurrences): boolean {
    this.index ??= new WordIndex(this.members);
    const { byFirst, from, second, length, groups, words } = this.index;
    into.clear();
    const end = text.length;
    for (let i = 0; i < end; i++) {
      const at = byFirst[text.charCodeAt(i)] as number;
      if (at === 0) continue;
      if (at === NOT_NORMAL) return false;
      const next = i + 1 < end ? text.charCodeAt(i + 1) : 0; // not NaN: that would slow the loop
      for (let w = from[at - 1] as number, last = from[at] as number; w < last; w++) {
        const size = length[w] as number;
        const found =
          size === 1 ||
          (second[w] === next && (size === 2 || text.startsWith(words[w] as string, i)));
        if (found) into.add(i, i + size, groups[w] as number);
      }
    }
    return true;
  }
}

/** `byFirst` of a character `normalize` changes. */
const NOT_NORMAL = 255;

/** The words of a lexicon ordered by their first character, with what a scan compares first. */
class WordIndex {
  /**
   * Per code unit: 1 + the number of the first character's run of words, 0 when no word starts
   * with it, NOT_NORMAL when `normalize` changes it.
   */
  readonly byFirst = new Uint8Array(0x10000);
  /** Where each run of words starts (one more entry: where the last ends). */
  readonly from: Int32Array;
  readonly words: string[];
  readonly length: Int32Array;
  readonly second: Int32Array;
  readonly groups: Int32Array;

  constructor(members: readonly (readonly string[])[]) {
    const groupsOf = new Map<string, number>();
    members.forEach((list, g) => {
      for (const word of list) groupsOf.set(word, (groupsOf.get(word) ?? 0) | (1 << g));
    });
    this.words = [...groupsOf.keys()].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0));
    this.length = Int32Array.from(this.words, (w) => w.length);
    this.second = Int32Array.from(this.words, (w) => (w.length > 1 ? w.charCodeAt(1) : -1));
    this.groups = Int32Array.from(this.words, (w) => groupsOf.get(w) ?? 0);
    const starts: number[] = [];
    this.words.forEach((word, w) => {
      const c = word.charCodeAt(0);
      if (this.byFirst[c] === 0) this.byFirst[c] = starts.push(w);
    });
    this.from = Int32Array.from([...starts, this.words.length]);
    if (starts.length >= NOT_NORMAL) throw new Error("too many first characters");
    for (let c = 0; c < this.byFirst.length; c++) if (!isNormal(c)) this.byFirst[c] = NOT_NORMAL;
  }
}

/** The words a scan found: where each starts and ends, and its groups. Reused from text to text. */
export class Occurrences {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly groups: number[] = [];
  private length = 0;

  clear() {
    this.length = 0;
  }

  add(start: number, end: number, groups: number) {
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.groups[this.length] = groups;
    this.length++;
  }

  get count() {
    return this.length;
  }
  startOf(k: number) {
    return this.starts[k] as number;
  }
  groupsOf(k: number) {
    return this.groups[k] as number;
  }

  /**
   * The groups of the words that lie wholly inside from…to, looking from occurrence `first` on
   * (any occurrence not after the first one at `from`; found by a search when not given).
   */
  within(from: number, to: number, first = this.firstFrom(from)): number {
    let mask = 0;
    for (let k = first; k < this.length; k++) {
      const start = this.starts[k] as number;
      if (start >= to) break;
      if (start >= from && (this.ends[k] as number) <= to) mask |= this.groups[k] as number;
    }
    return mask;
  }

  /** The first occurrence starting at or after `from` (binary search). */
  firstFrom(from: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
