/** Vietnamese text normalisation: Unicode NFC, diacritic folding and tokenisation into syllables. */

/**
 * Normalise to NFC. NFC also composes the legacy Windows-1258 style (base vowel + combining tone
 * mark) and maps the deprecated tone marks U+0340/U+0341 to their canonical forms.
 */
export function toNfc(text: string): string {
  return text.normalize("NFC");
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `fold` done on the whole text at once: the definition the per-character tables below reproduce. */
function foldWhole(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase();
}

/** The word pattern of `rawSyllables`, as written once the tables below cannot read a text. */
const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;

/*
 * Folding, lower-casing and telling letters from the rest, one UTF-16 unit at a time, from tables
 * filled on first sight of each unit. Per-call Unicode normalisation and regular expressions cost
 * ~90 µs per candidate passage, most of a question's text work at 100k chunks (README, Benchmarks).
 * A unit whose result depends on its neighbours, or is more than one unit, is UNSAFE: a text
 * holding one takes the whole-text path, so every result is the whole-text one.
 */
const UNKNOWN = -3;
const UNSAFE = -2;
/** A combining mark that folding drops. */
const DROPPED = -1;
const UNITS = 0x10000;
const FOLDED = new Int32Array(UNITS).fill(UNKNOWN);
const LOWER = new Int32Array(UNITS).fill(UNKNOWN);
/** Letter or digit, digit only, the separators "." and ",", other; UNKNOWN until seen. */
const KIND = new Int8Array(UNITS).fill(UNKNOWN);
const [LETTER, DIGIT, SEPARATOR, OTHER] = [1, 2, 3, 0];
const GREEK_CAPITAL_SIGMA = 0x3a3;

/** Whether a unit maps alone: no surrogate half (astral characters), not Σ (lower case depends on the next letter), no combining mark NFD would reorder. */
function standsAlone(unit: number): boolean {
  if (unit >= 0xd800 && unit <= 0xdfff) return false;
  if (unit === GREEK_CAPITAL_SIGMA) return false;
  return !/\p{M}/u.test(String.fromCharCode(unit).normalize("NFD").replace(COMBINING_MARKS, ""));
}

/** One unit, or DROPPED for none, or UNSAFE. */
function asUnit(mapped: string): number {
  return mapped.length === 0 ? DROPPED : mapped.length === 1 ? mapped.charCodeAt(0) : UNSAFE;
}

function foldedUnit(unit: number): number {
  let folded = FOLDED[unit]!;
  if (folded === UNKNOWN) folded = FOLDED[unit] = standsAlone(unit) ? asUnit(foldWhole(String.fromCharCode(unit))) : UNSAFE;
  return folded;
}

function lowerUnit(unit: number): number {
  let lower = LOWER[unit]!;
  if (lower === UNKNOWN) {
    const mapped = standsAlone(unit) ? asUnit(String.fromCharCode(unit).toLowerCase()) : UNSAFE;
    lower = LOWER[unit] = mapped === DROPPED ? UNSAFE : mapped;
  }
  return lower;
}

function kindOf(unit: number): number {
  let kind = KIND[unit]!;
  if (kind === UNKNOWN) {
    const char = String.fromCharCode(unit);
    kind = KIND[unit] =
      unit >= 0xd800 && unit <= 0xdfff ? UNSAFE : /\p{N}/u.test(char) ? DIGIT : /\p{L}/u.test(char) ? LETTER : char === "." || char === "," ? SEPARATOR : OTHER;
  }
  return kind;
}

/** Output buffer of the table paths, grown as needed. */
let buffer = new Uint16Array(4096);
/** Strings are decoded from the buffer's bytes: several times faster than String.fromCharCode per unit or over an array. Never given a surrogate. */
const UTF16 = new TextDecoder("utf-16le");

function ensureRoom(units: number): void {
  if (buffer.length < units) buffer = new Uint16Array(Math.max(units, buffer.length * 2));
}

function stringOf(units: Uint16Array, length: number): string {
  return UTF16.decode(units.subarray(0, length));
}

/** `foldWhole` by table, or null when the text holds a unit that does not stand alone. */
function foldByTable(text: string): string | null {
  ensureRoom(text.length);
  const out = buffer;
  let n = 0;
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const folded = unit < 0x80 ? (unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit) : foldedUnit(unit);
    if (folded === UNSAFE) return null;
    if (folded !== unit) changed = true;
    if (folded !== DROPPED) out[n++] = folded;
  }
  return changed ? stringOf(out, n) : text;
}

/** Lower-case and strip diacritics, with đ→d: "Vòng đàm phán" → "vong dam phan". */
export function fold(text: string): string {
  return foldByTable(text) ?? foldWhole(text);
}

/**
 * The syllables of a text as written, without NFC or lower-casing: the one word pattern every
 * tokeniser here uses (tokenize, the local embedder, event facts over already folded text).
 */
export function rawSyllables(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A token with its position in the text it came from. */
export interface Token {
  /** Lower-cased NFC form ("đàm"). */
  text: string;
  /** Folded form ("dam"). */
  folded: string;
  start: number;
  end: number;
}

/** Split text into syllable tokens (Vietnamese words are space-separated syllables). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of toNfc(text).matchAll(WORD)) {
    const raw = match[0];
    const lower = raw.toLowerCase();
    tokens.push({ text: lower, folded: fold(lower), start: match.index, end: match.index + raw.length });
  }
  return tokens;
}

/** Lower case of one unit: ASCII inline, the rest from the table (UNSAFE when it does not stand alone). */
function lowered(unit: number): number {
  return unit < 0x80 ? (unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit) : lowerUnit(unit);
}

/**
 * The syllables of an NFC text lower-cased and joined by single spaces (WORD's matches) into
 * `buffer`, and when `folds` is given the same text folded into it: their length, or null when a
 * unit does not stand alone. A syllable is a run of letters and digits, then any number of "." or
 * "," each followed by digits ("1.234,5"); `padded` adds a space at each end.
 */
function syllablesByTable(text: string, padded: boolean, folds: Uint16Array | null): number | null {
  ensureRoom(text.length + 2);
  const out = buffer;
  const length = text.length;
  let n = 0;
  if (padded) out[n++] = 0x20;
  const first = n;
  let i = 0;
  while (i < length) {
    let kind = kindOf(text.charCodeAt(i));
    if (kind !== LETTER && kind !== DIGIT) {
      if (kind === UNSAFE) return null;
      i++;
      continue;
    }
    if (n > first) out[n++] = 0x20;
    // The run of letters and digits, then each separator followed by digits, with its digits.
    let digitsOnly = false;
    for (;;) {
      const lower = lowered(text.charCodeAt(i++));
      if (lower === UNSAFE) return null;
      out[n++] = lower;
      if (i >= length) break;
      kind = kindOf(text.charCodeAt(i));
      if (kind === DIGIT || (kind === LETTER && !digitsOnly)) continue;
      if (kind === SEPARATOR && i + 1 < length && kindOf(text.charCodeAt(i + 1)) === DIGIT) {
        digitsOnly = true;
        continue;
      }
      if (kind === UNSAFE) return null;
      break;
    }
  }
  if (padded) out[n++] = 0x20;
  if (folds) {
    for (let j = 0; j < n; j++) {
      const unit = out[j]!;
      const folded = unit < 0x80 ? unit : foldedUnit(unit);
      // Letters and digits never fold to nothing (only combining marks do, and they end a syllable).
      if (folded < 0) return null;
      folds[j] = folded;
    }
  }
  return n;
}

/** The lower-cased syllables of a text joined by single spaces: `tokenize(text).map((t) => t.text).join(" ")`, faster. */
export function syllableText(text: string): string {
  const nfc = toNfc(text);
  const n = syllablesByTable(nfc, false, null);
  return n === null ? rawSyllables(nfc).join(" ").toLowerCase() : stringOf(buffer, n);
}

let folds = new Uint16Array(4096);

/**
 * `syllableText` padded with a space at each end, as written (lower case) and folded, in one pass:
 * what phrase look-ups search ("vòng đàm phán" and "vong dam phan" between spaces).
 */
export function spacedSyllables(text: string): { exact: string; folded: string } {
  const nfc = toNfc(text);
  if (folds.length < nfc.length + 2) folds = new Uint16Array(Math.max(nfc.length + 2, folds.length * 2));
  const n = syllablesByTable(nfc, true, folds);
  if (n === null) {
    const exact = ` ${rawSyllables(nfc).join(" ").toLowerCase()} `;
    return { exact, folded: fold(exact) };
  }
  return { exact: stringOf(buffer, n), folded: stringOf(folds, n) };
}

/** Folded syllables of a text, in order: `tokenize(text).map((t) => t.folded)`, folded in one pass. */
export function foldedTerms(text: string): string[] {
  const syllables = syllableText(text);
  return syllables ? fold(syllables).split(" ") : [];
}

/** Whether the text carries Vietnamese diacritics (a strong sign it is Vietnamese). */
export function hasVietnameseDiacritics(text: string): boolean {
  return /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i.test(toNfc(text));
}
