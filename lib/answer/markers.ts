/**
 * The one parser of citation markers, shared by the server (verification, renumbering) and the UI
 * (linking): "[1]", "[1, 2]", "[1; 2]", "[1][2]" (two markers) and ranges "[1–3]" / "[1-3]".
 */

/** One bracketed marker in a text, with the passage numbers it names in the order written. */
export interface Marker {
  /** Offsets of the whole marker, brackets included. */
  start: number;
  end: number;
  numbers: number[];
}

/** A bracket of numbers and ranges separated by commas or semicolons. Dashes: hyphen, en dash, em dash, minus. */
export const MARKER_PATTERN = /\[(\d{1,3}(?:\s*[-–—−]\s*\d{1,3})?(?:\s*[,;]\s*\d{1,3}(?:\s*[-–—−]\s*\d{1,3})?)*)\]/g;

/** A range longer than this is not a citation ("[1-999]" in a quoted table), so the marker is left as text. */
const MAX_RANGE = 20;

function expand(list: string): number[] | null {
  const numbers: number[] = [];
  for (const item of list.split(/[,;]/)) {
    const [from, to] = item.split(/[-–—−]/).map((s) => Number(s.trim()));
    if (from === undefined || !Number.isInteger(from)) return null;
    if (to === undefined) numbers.push(from);
    else {
      if (to < from || to - from >= MAX_RANGE) return null;
      for (let n = from; n <= to; n++) numbers.push(n);
    }
  }
  return numbers.filter((n) => n > 0);
}

/** Every marker of a text, in order. */
export function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  for (const match of text.matchAll(new RegExp(MARKER_PATTERN.source, "g"))) {
    const numbers = expand(match[1] ?? "");
    if (!numbers || numbers.length === 0) continue;
    markers.push({ start: match.index, end: match.index + match[0].length, numbers });
  }
  return markers;
}

/** The numbers cited in a text, in order of first appearance, each once. */
export function citedNumbers(text: string): number[] {
  return [...new Set(findMarkers(text).flatMap((m) => m.numbers))];
}

/** The text without its markers (each replaced by a space), for checking what a sentence claims. */
export function stripMarkers(text: string): string {
  let out = "";
  let last = 0;
  for (const m of findMarkers(text)) {
    out += `${text.slice(last, m.start)} `;
    last = m.end;
  }
  return out + text.slice(last);
}

/**
 * Rewrite every marker through `renumber` (numbers it maps to null are dropped; a marker left empty
 * disappears). Each marker is written back as one "[a, b]" with its numbers in ascending order.
 */
export function rewriteMarkers(text: string, renumber: (n: number) => number | null): string {
  let out = "";
  let last = 0;
  for (const m of findMarkers(text)) {
    const numbers = [...new Set(m.numbers.map(renumber).filter((n): n is number => n !== null))].sort((a, b) => a - b);
    out += text.slice(last, m.start) + (numbers.length ? `[${numbers.join(", ")}]` : "");
    last = m.end;
  }
  return out + text.slice(last);
}

/**
 * Reading order: the first passage cited becomes 1, the next new one 2, … Returns the old→new map
 * for the cited numbers among `known` (numbers that point at no passage are left out).
 */
export function readingOrder(text: string, known: ReadonlySet<number>): Map<number, number> {
  const order = new Map<number, number>();
  for (const n of citedNumbers(text)) if (known.has(n) && !order.has(n)) order.set(n, order.size + 1);
  return order;
}

/** A marker still being written is at most this long ("[1, 2, 3, 4, 5, 6]"); a longer open bracket is text. */
const MAX_OPEN_MARKER = 40;
/** What may follow "[" in a marker not yet closed. */
const OPEN_MARKER = /^\[[\d\s,;\-–—−]*$/;

/**
 * Reading order for a streamed answer: each delta is rewritten as it arrives, the first passage
 * cited becoming [1], the next new one [2], …; numbers that point at no passage are left as written
 * (never linked). A
 * marker cut by a delta's end is held back until it closes, so the stream, the final text and a
 * reload all carry the same numbers.
 */
export class ReadingOrderStream {
  /** Old number → number in reading order, for the passages cited so far. */
  readonly order = new Map<number, number>();
  private pending = "";

  constructor(private readonly known: ReadonlySet<number>) {}

  /** The rewritten text that can be sent now (possibly empty). */
  push(delta: string): string {
    const text = this.pending + delta;
    const open = text.lastIndexOf("[");
    const cut = open !== -1 && text.length - open <= MAX_OPEN_MARKER && OPEN_MARKER.test(text.slice(open)) ? open : text.length;
    this.pending = text.slice(cut);
    return this.rewrite(text.slice(0, cut));
  }

  /** What is still held back, rewritten: call once the stream has ended. */
  flush(): string {
    const rest = this.pending;
    this.pending = "";
    return this.rewrite(rest);
  }

  /**
   * The full numbering: cited passages in reading order, then the others in their old order (the
   * same rule as the offline answer's), for the passages list shown beside the answer.
   */
  numbering(all: readonly number[]): Map<number, number> {
    const map = new Map(this.order);
    for (const n of all) if (!map.has(n)) map.set(n, map.size + 1);
    return map;
  }

  private rewrite(text: string): string {
    for (const n of citedNumbers(text)) if (this.known.has(n) && !this.order.has(n)) this.order.set(n, this.order.size + 1);
    // A number that points at no passage keeps its number, unlinked (the model's text is not edited
    // beyond renumbering); it cannot collide with a renumbered one, which are at most the passages' count.
    return rewriteMarkers(text, (n) => this.order.get(n) ?? (this.known.has(n) ? null : n));
  }
}
