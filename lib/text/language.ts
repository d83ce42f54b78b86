/** The language of an article's text, Vietnamese or English, from the share of words that carry Vietnamese diacritics. */
import { hasVietnameseDiacritics } from "./normalize";

export type TextLanguage = "vi" | "en";

/**
 * Vietnamese prose has diacritics on most syllables (about 60–80% of words); English reports
 * carry them only in names ("Nguyễn Hồng Diên", "Hà Nội"), well under 10%. 25% sits between.
 */
const VIETNAMESE_WORD_SHARE = 0.25;

/** "vi" or "en" for a text of at least a sentence; an empty text counts as Vietnamese, the archive's main language. */
export function detectTextLanguage(text: string): TextLanguage {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return "vi";
  let marked = 0;
  for (const word of words) if (hasVietnameseDiacritics(word)) marked++;
  return marked / words.length >= VIETNAMESE_WORD_SHARE ? "vi" : "en";
}
