import { forms, isNormal } from "./normalize.js";

/**
 * Word groups found in a text in one pass. A scan records every occurrence of every word
 * (overlapping ones too), so "the words from a to b contain a word of group g" becomes a test of
 * the set of groups of the occurrences that lie inside a…b. Any number of groups: a set of them is
 * a bitset of as many 32-bit words as the lexicon needs.
 */
export class Lexicon {
  private readonly members: string[][] = [];
  private readonly keys = new Map<string, number>();
  private index: WordIndex | undefined;

  /** The group of these words (the same list of words is one group); returns its number. */
  group(words: readonly string[]): number {
    const key = words.join("\n");
    let group = this.keys.get(key);
    if (group === undefined) {
      group = this.members.push([...words]) - 1;
      this.keys.set(key, group);
      this.index = undefined;
    }
    return group;
  }

  /** An empty set of this lexicon's groups, to collect into. */
  set(): GroupSet {
    return new GroupSet(this.members.length);
  }

  /** A pattern that finds a word of these groups in a text that is not normalized yet. */
  pattern(groups: readonly number[]): RegExp {
    const words = groups.flatMap((g) => this.members[g] ?? []);
    // A text with a word that contains another has that one too: the shorter alternatives suffice.
    const needed = words.filter(
      (w, i) => !words.some((o, j) => j !== i && o !== w && w.includes(o)),
    );
    return new RegExp([...new Set(needed)].map(forms).join("|"));
  }

  /**
   * Every occurrence of the lexicon's words in `text`, in order of position, when `text` is
   * normalized; false when it has a character `normalize` would change.
   */
  scan(text: string, into: Occurrences): boolean {
    this.index ??= new WordIndex(this.members);
    const { byFirst, from, second, length, words } = this.index;
    into.clear(this.index);
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
        if (found) into.add(i, i + size, w);
      }
    }
    return true;
  }
}

/** A set of a lexicon's groups. */
export class GroupSet {
  readonly bits: Uint32Array;

  constructor(groups: number) {
    this.bits = new Uint32Array(Math.max(1, Math.ceil(groups / 32)));
  }

  has(group: number): boolean {
    return (((this.bits[group >>> 5] as number) >>> (group & 31)) & 1) === 1;
  }

  /** Whether it has any of these groups. */
  hasAny(groups: readonly number[]): boolean {
    for (let i = 0; i < groups.length; i++) if (this.has(groups[i] as number)) return true;
    return false;
  }

  clear(): this {
    if (this.bits.length === 1) this.bits[0] = 0;
    else this.bits.fill(0);
    return this;
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
  /** 32-bit words per set of groups. */
  readonly width: number;
  /** Per word, its groups: `width` 32-bit words from `word * width`. */
  readonly groups: Uint32Array;

  constructor(members: readonly (readonly string[])[]) {
    this.width = Math.max(1, Math.ceil(members.length / 32));
    const groupsOf = new Map<string, number[]>();
    members.forEach((list, g) => {
      for (const word of list) groupsOf.set(word, [...(groupsOf.get(word) ?? []), g]);
    });
    this.words = [...groupsOf.keys()].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0));
    this.length = Int32Array.from(this.words, (w) => w.length);
    this.second = Int32Array.from(this.words, (w) => (w.length > 1 ? w.charCodeAt(1) : -1));
    this.groups = new Uint32Array(this.words.length * this.width);
    this.words.forEach((word, w) => {
      for (const g of groupsOf.get(word) ?? []) {
        const at = w * this.width + (g >>> 5);
        this.groups[at] = (this.groups[at] as number) | (1 << (g & 31));
      }
    });
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

/** The words a scan found: where each starts and ends, and which word it is. Reused from text to text. */
export class Occurrences {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly words: number[] = [];
  /** The first 32 groups of each occurrence's word (all there are in most lexicons). */
  private readonly low: number[] = [];
  private length = 0;
  /** The groups of each word of the lexicon scanned with, `width` 32-bit words per word. */
  private groups: Uint32Array = new Uint32Array(0);
  private width = 1;

  clear(index: WordIndex) {
    this.length = 0;
    this.groups = index.groups;
    this.width = index.width;
  }

  add(start: number, end: number, word: number) {
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.words[this.length] = word;
    this.low[this.length] = this.groups[word * this.width] as number;
    this.length++;
  }

  get count() {
    return this.length;
  }
  startOf(k: number) {
    return this.starts[k] as number;
  }
  /** Whether occurrence k is a word of `group`. */
  isOf(k: number, group: number): boolean {
    const bits =
      group < 32
        ? (this.low[k] as number)
        : (this.groups[(this.words[k] as number) * this.width + (group >>> 5)] as number);
    return ((bits >>> (group & 31)) & 1) === 1;
  }

  /**
   * Adds to `into` the groups of the words that lie wholly inside from…to, looking from occurrence
   * `first` on (any occurrence not after the first one at `from`; found by a search when not given).
   */
  within(from: number, to: number, into: GroupSet, first = this.firstFrom(from)): GroupSet {
    const { groups, width, starts, ends, words, low } = this;
    const bits = into.bits;
    let mask = 0;
    for (let k = first; k < this.length; k++) {
      const start = starts[k] as number;
      if (start >= to) break;
      if (start < from || (ends[k] as number) > to) continue;
      mask |= low[k] as number;
      if (width === 1) continue;
      const at = (words[k] as number) * width;
      for (let i = 1; i < width; i++) bits[i] = (bits[i] as number) | (groups[at + i] as number);
    }
    bits[0] = (bits[0] as number) | mask;
    return into;
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
