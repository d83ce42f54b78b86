/**
 * The sentence of a passage that says what its article's headline says besides a sentence already quoted: in a
 * timeline, what came of an event ("hai bên thống nhất thí điểm … thanh toán QR", "Nhiệt Phong chịu mức thuế 2,87%")
 * beside the sentence that dates it.
 */
import type { Span } from "../text/sentences";
import { tokenize } from "../text/normalize";
import { EN_STOPWORDS, VI_STOPWORDS_EXACT } from "../text/stopwords";

/**
 * Fewest headline words, not in the quoted sentence, a sentence must hold to say what the headline says: three
 * ("kết nối", "QR"; "Nhiệt Phong", "thuế"), so a sentence sharing a word or two with it by chance is not quoted.
 */
const MIN_HEADLINE_WORDS = 3;

/**
 * A text's words that carry content, as written (lower case, with their diacritics: folded, "nối" would be the function
 * word "nói" and "biến" the "biên" of another word); no function word of either language.
 */
const contentWords = (text: string) =>
  new Set(
    tokenize(text)
      .map((t) => t.text)
      .filter((w) => !VI_STOPWORDS_EXACT.has(w) && !EN_STOPWORDS.has(w)),
  );

/** Of `sentences` (each with its text), the one holding most of the headline's words that `quoted` lacks; null when none holds enough. */
export function headlineSentence<S extends Span & { text: string }>(headline: string, quoted: string, sentences: readonly S[]): S | null {
  const said = contentWords(quoted);
  const wanted = [...contentWords(headline)].filter((w) => !said.has(w));
  let best: { sentence: S; held: number } | null = null;
  for (const sentence of sentences) {
    if (sentence.text === quoted) continue;
    const words = contentWords(sentence.text);
    const held = wanted.filter((w) => words.has(w)).length;
    if (held >= MIN_HEADLINE_WORDS && (!best || held > best.held)) best = { sentence, held };
  }
  return best?.sentence ?? null;
}
