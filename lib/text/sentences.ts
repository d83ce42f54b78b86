/** Vietnamese-aware sentence segmentation that returns character spans, never splitting inside abbreviations, numbers or quotations. */

/** A half-open character span `[start, end)` of some text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Tokens that end in a period without ending a sentence. Compared case-insensitively without the
 * final period; single capital letters (initials such as "Jamieson L. Greer") are handled apart.
 */
const ABBREVIATIONS = new Set([
  "tp",
  "tt",
  "q",
  "p",
  "ths",
  "ts",
  "pgs",
  "gs",
  "bs",
  "ks",
  "ls",
  "th.s",
  "v.v",
  "vv",
  "st",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "jr",
  "sr",
  "inc",
  "ltd",
  "co",
  "corp",
  "no",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "d.c",
  "u.s",
  "u.s.a",
  "u.k",
  "a.m",
  "p.m",
  "ubnd",
  "hđnd",
  "nxb",
  "tr",
  "pgs.ts",
  "gs.ts",
  "ths.bs",
]);

/** Month abbreviations ("Aug. 24", "Sept. 9"): not a sentence's end when a day follows. */
const MONTH_ABBREVIATIONS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

const OPENING_QUOTES = new Set(["\u201c", "\u00ab", "\u2018"]);
const CLOSING_QUOTES = new Set(["\u201d", "\u00bb", "\u2019"]);
const TERMINATORS = /[.!?\u2026]/;
const SENTENCE_START = /[\p{Lu}\p{N}"\u201c\u00ab'([-]/u;

/** The word (letters, digits and inner periods) that ends just before `index`. */
function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? "")) i--;
  return text.slice(i, index);
}

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/\.+$/, "");
  if (bare.length === 0) return false;
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return true; // D.C, U.S.A
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** Whether the period at `i` ends an abbreviation: a known one, or a month's before its day ("Aug. 24", `next` the day's first character). */
function abbreviationBefore(text: string, i: number, next: number): boolean {
  const word = wordBefore(text, i);
  return isAbbreviation(word) || (MONTH_ABBREVIATIONS.has(word.toLowerCase()) && /\p{N}/u.test(text[next] ?? ""));
}

/**
 * Split one paragraph (no newlines expected, but tolerated as hard breaks) into sentence spans.
 * A boundary is a terminator run, optionally followed by closing quotes or brackets, then
 * whitespace and a capital letter, digit or opening quote — outside any quotation.
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let sentenceStart = 0;
  let quoteDepth = 0;
  let straightQuoteOpen = false;

  const push = (end: number) => {
    const raw = text.slice(sentenceStart, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      const start = sentenceStart + lead;
      spans.push({ start: offset + start, end: offset + start + trimmed.length });
    }
    sentenceStart = end;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === "\n") {
      push(i);
      // A quotation never runs past its paragraph: one left open (or miscounted) must not swallow the next paragraph's ends.
      quoteDepth = 0;
      straightQuoteOpen = false;
      continue;
    }
    if (OPENING_QUOTES.has(ch)) quoteDepth++;
    else if (CLOSING_QUOTES.has(ch)) quoteDepth = Math.max(0, quoteDepth - 1);
    else if (ch === '"') straightQuoteOpen = !straightQuoteOpen;
    if (!TERMINATORS.test(ch)) continue;

    let j = i;
    while (j + 1 < text.length && TERMINATORS.test(text[j + 1] ?? "")) j++;
    let k = j + 1;
    while (k < text.length && (CLOSING_QUOTES.has(text[k] ?? "") || text[k] === '"' || text[k] === ")" || text[k] === "]")) {
      if (CLOSING_QUOTES.has(text[k] ?? "")) quoteDepth = Math.max(0, quoteDepth - 1);
      if (text[k] === '"') straightQuoteOpen = false;
      k++;
    }
    const insideQuote = quoteDepth > 0 || straightQuoteOpen;
    const atEnd = k >= text.length;
    const followedBySpace = /\s/.test(text[k] ?? "");
    let next = k;
    while (next < text.length && text[next] === " ") next++;
    const nextStartsSentence = SENTENCE_START.test(text[next] ?? "");
    if (atEnd) break;
    if (insideQuote || !followedBySpace || !nextStartsSentence) {
      // Past the closing quotes already counted: '… technical work."' closes its quotation once, not twice.
      i = k - 1;
      continue;
    }
    if (ch === "." && j === i && abbreviationBefore(text, i, next)) {
      i = j;
      continue;
    }
    push(k);
    i = k - 1;
  }
  push(text.length);
  return spans;
}
