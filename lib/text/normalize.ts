/** Vietnamese text normalisation: Unicode NFC, diacritic folding and tokenisation into syllables. */

/**
 * Normalise to NFC. NFC also composes the legacy Windows-1258 style (base vowel + combining tone
 * mark) and maps the deprecated tone marks U+0340/U+0341 to their canonical forms.
 */
export function toNfc(text: string): string {
  return text.normalize("NFC");
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case and strip diacritics, with đ→d: "Vòng đàm phán" → "vong dam phan". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase();
}

/** A syllable: letters and digits, with decimal or thousands separators inside numbers ("1.234,5"). */
const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;

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

/** The lower-cased syllables of a text joined by single spaces: `tokenize(text).map((t) => t.text).join(" ")`, faster. */
export function syllableText(text: string): string {
  return rawSyllables(toNfc(text)).join(" ").toLowerCase();
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
