/**
 * English word forms for English questions: a light suffix stemmer and the regular inflections of a
 * stem, so "check" meets "checks", "asked" meets "asks" and "agreed" meets "agree". Only ever applied
 * to English questions: folded Vietnamese syllables look like English stems ("to", "so", "can", "ban")
 * and stemming them once cost the seeds answers. An English question's forms are matched as written
 * (lib/retrieve/coverage.ts), so they never meet a Vietnamese passage's folded syllables; the short
 * irregular ones ("met" like "mệt") are also left out of the keyword search, which compares only those.
 */
import { EN_IRREGULAR_VERBS } from "./lexicon/english-verbs";

/** Shorter words are left as written: their suffixes are part of the word ("bus", "news", "red"). */
const MIN_STEMMED = 4;
/** Forms shorter than this are not added: too short to be told from a folded Vietnamese syllable. */
const MIN_FORM = 4;
/** Stems that end in a doubled consonant after stripping ("planned" → "plann"): the double is undone. */
const DOUBLED = /([bdfgklmnprtvz])\1$/;
/** Endings that are not plural "s" ("business", "status", "analysis", "crisis"). */
const NOT_PLURAL = /(ss|us|is|ous)$/;
/** A stem of one short vowel before one consonant ("put", "plan", "ship"): it doubles that consonant before -ing and -ed. */
const DOUBLES_BEFORE_SUFFIX = /^[^aeiou]*[aeiou][bdgklmnprt]$/;

/** Each irregular verb form, and each base, to the whole family (lib/text/lexicon/english-verbs.ts). */
const IRREGULAR_FAMILY = new Map<string, string[]>();
for (const [base, past] of Object.entries(EN_IRREGULAR_VERBS)) {
  const family = [base, ...past];
  for (const form of family) IRREGULAR_FAMILY.set(form, [...new Set([...(IRREGULAR_FAMILY.get(form) ?? []), ...family])]);
}

/** The base forms of an irregular verb form ("led" → "lead", "left" → "leave"); empty for any other word. */
export function irregularBases(word: string): string[] {
  const w = word.toLowerCase();
  return (IRREGULAR_FAMILY.get(w) ?? []).filter((f) => f in EN_IRREGULAR_VERBS && f !== w);
}

/** The stem of an English word, lower case: "checks" → "check", "agencies" → "agency", "planned" → "plan". */
export function englishStem(word: string): string {
  const w = word.toLowerCase();
  if (w.length < MIN_STEMMED) return w;
  if (/ies$|ied$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("eed") || w.endsWith("ees")) return w.slice(0, -1);
  if (w.endsWith("s") && !NOT_PLURAL.test(w)) return w.slice(0, -1);
  for (const suffix of ["ing", "ed"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      const stem = w.slice(0, -suffix.length);
      return DOUBLED.test(stem) && !/(ll|ss)$/.test(stem) ? stem.slice(0, -1) : stem;
    }
  }
  return w;
}

/**
 * The word and its regular forms: the stem, the stem with an "e" restored ("taking" → "take"), and
 * their plural/third-person, past and -ing forms. Non-words among them match nothing.
 */
export function englishForms(word: string): string[] {
  const w = word.toLowerCase();
  // Three letters are inflected but never stemmed: "ask" → "asked", while "was" is not "wa".
  if (w.length < 3 || !/^[a-z]+$/.test(w)) return [w];
  const stem = englishStem(w);
  const stems = new Set([stem]);
  // "taking" → "tak": "take" is the stem; "agreed" stays "agree".
  if (/(ing|ed)$/.test(w) && !stem.endsWith("e") && !stem.endsWith("y")) stems.add(`${stem}e`);
  // "led" → "lead", "leads", "leading": an irregular form's base is one more stem; its listed forms are kept whatever their length.
  const irregular = new Set<string>();
  for (const s of [w, ...stems]) for (const f of IRREGULAR_FAMILY.get(s) ?? []) irregular.add(f);
  for (const f of irregular) if (f in EN_IRREGULAR_VERBS) stems.add(f);
  const forms = new Set([w, ...irregular]);
  for (const s of stems) {
    forms.add(s);
    if (s.endsWith("y") && !/[aeiou]y$/.test(s)) forms.add(`${s.slice(0, -1)}ies`).add(`${s.slice(0, -1)}ied`);
    else if (/(s|x|z|ch|sh)$/.test(s)) forms.add(`${s}es`).add(`${s}ed`);
    else forms.add(`${s}s`).add(s.endsWith("e") ? `${s}d` : `${s}ed`);
    forms.add(s.endsWith("e") && !s.endsWith("ee") ? `${s.slice(0, -1)}ing` : `${s}ing`);
    // "put" → "putting", "plan" → "planned"; where the consonant does not double ("visit") the form is a non-word that matches nothing.
    if (DOUBLES_BEFORE_SUFFIX.test(s)) forms.add(`${s}${s.at(-1)}ing`).add(`${s}${s.at(-1)}ed`);
  }
  return [...forms].filter((f) => f === w || irregular.has(f) || f.length >= MIN_FORM);
}

/**
 * Whether an English word form can be told from a folded Vietnamese syllable, where only folded syllables are compared (the
 * keyword index): "meeting" can, "met" cannot ("mệt", "mét"), nor "ran" ("rán") or "go" ("gỗ").
 */
export function toldFromSyllables(form: string): boolean {
  return form.includes(" ") || form.length >= MIN_FORM;
}

/**
 * A noun with its other number: "cherry" ↔ "cherries", "duty" ↔ "duties", "tariff" ↔ "tariffs". What an English report
 * writes for a wording a lexicon lists once; unlike `englishForms`, no verb forms ("cherried") that only add noise.
 */
export function englishNumberForms(word: string): string[] {
  const w = word.toLowerCase();
  // A past or -ing form is a verb's, an -ly word an adverb's, not a noun's ("declined", "opening", "recently").
  if (w.length < MIN_STEMMED || !/^[a-z]+$/.test(w) || /(ed|ing|ly)$/.test(w)) return [w];
  if (w.endsWith("ies")) return [w, `${w.slice(0, -3)}y`];
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return [w, w.slice(0, -2)];
  if (w.endsWith("s") && !NOT_PLURAL.test(w)) return [w, w.slice(0, -1)];
  if (w.endsWith("y") && !/[aeiou]y$/.test(w)) return [w, `${w.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/.test(w)) return [w, `${w}es`];
  return [w, `${w}s`];
}
