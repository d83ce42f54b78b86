/**
 * Keeps the article body of a Vietnamese or English news capture and drops its site chrome (footer
 * and related lists, share bars, banners, credits, navigation, tickers, bylines, captions) by rules
 * that hold across outlets, not per file; the chrome rules are in chrome.ts and chrome-lexicon.ts.
 */
import { fold, foldedTerms, toNfc } from "../text/normalize";
import { containedElsewhere } from "../text/containment";
import { isDateline } from "./dates";
import {
  creditLine,
  footerHeading,
  inlineBoxEnd,
  isChromeLine,
  isMasthead,
  isPageBar,
  isSentence,
  isTagLine,
  listEnd,
  bylineDate as namedBylineDate,
} from "./chrome";

/**
 * Bump when the rules of this file or chrome.ts change what a cleaned body keeps: an index cleaned
 * under another version is stale (lib/index/inputs.ts `CLEANING_VERSION`; the chrome lexicon's words
 * are hashed in, so editing them needs no bump).
 */
export const CLEANING_RULES_VERSION = 11;

/** The result of cleaning one capture. */
export interface CleanedText {
  /** Headline taken from the first line, when the capture starts with one. */
  headline: string | null;
  /** Body paragraphs joined by blank lines; every offset in the app points into this. */
  body: string;
  /** Byline or dateline date-time ("Anh Thơ 11/11/2025 23:13", "Thứ tư, 04/02/2026"), as found. */
  bylineDate: string | null;
  /** Outlet named by an attribution line ("Theo VnExpress"). */
  attribution: string | null;
  /** First URL found in the chrome ("Link bài gốc"). */
  url: string | null;
  /** Lines of the capture that were not kept as body. */
  droppedLines: number;
}

/** A footer marker that a body line runs straight into ("…hai nước./.- Từ khóa :"). */
const INLINE_FOOTER = /\s*-?\s*(?:từ khóa|từ khoá|tags)\s*:.*$/iu;
/** The "/." that Vietnamese agencies put after an article's last sentence. */
const END_MARK = /(?<=[.!?…])\s*\/\.\s*$/u;

const LINE_CHROME: RegExp[] = [
  /^[-–—•·|]+$/u, // separators
  /^https?:\/\/\S+$/iu, // bare URLs
  /^\d{1,2}:\d{2}'?\s*-\s*\d{1,2}\/\d{1,2}\/\d{2,4}$/u, // "07:34' - 22/09/2023"
  /\d+\s*(?:giây|phút|giờ|ngày|tuần|tháng)\s+trước$/iu, // "Tin tức7 giờ trước"
  /^\$?[\d.,]+\s*[KMBT]?%?$/u, // ticker values "$91.87K", "1.79%"
  /^cap\s+\$[\d.,]+[KMBT]?\b.*vol\b/iu, // "Cap $1.83T Vol 24h $66.55B"
  /^[A-Z0-9]{2,6}\s+[\p{L} ]{2,30}\s+\([A-Z0-9]{2,6}\)$/u, // "BTC Bitcoin (BTC)"
  /(?:^|[\s-])ảnh\s*\d+\s*\.?$/iu, // "…- Ảnh 2."
  /^\(?(?:ảnh|photo|image)\s*:/iu, // "Ảnh: TTXVN", "Photo : Reuters"
];

const ATTRIBUTION = /^(?:theo|nguồn)\s*:?\s+([\p{L}][\p{L}\p{N} .&-]{1,40})$/iu;
/** An attribution in brackets ("(Theo Sample Thời báo)", "(Nguồn: …)"): the brackets are not a sentence's end. */
const unbracketed = (line: string): string => line.replace(/^\((.*)\)\.?$/u, "$1").trim();
const BYLINE = /^([\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,4})\s*[-–|,]?\s*(\d{1,2}\/\d{1,2}\/\d{4}(?:,?\s+\d{1,2}:\d{2})?)\s*$/u;
const SENTENCE_END = /[.!?…:;"”»)]\s*$/u;

function words(line: string): string[] {
  return foldedTerms(line);
}

/** Whether a line reads as a headline: short and without closing punctuation. */
export function looksLikeHeadline(line: string): boolean {
  const n = words(line).length;
  return n >= 3 && n <= 30 && !SENTENCE_END.test(line) && !BYLINE.test(line);
}

/** Could be a caption: no closing punctuation and at least four words. */
function captionShaped(line: string): boolean {
  return !SENTENCE_END.test(line) && words(line).length >= 4;
}

/**
 * A caption repeats nearby text: a line without closing punctuation that is the title, is
 * contained in another paragraph (`containedInOther`, found for all lines at once), or whose words
 * are (nearly) all in a neighbouring paragraph.
 */
function isRepeatedCaption(line: string, foldedLine: string, containedInOther: boolean, neighbours: string[], foldedTitle: string | null): boolean {
  if (foldedTitle === foldedLine) return true;
  if (!captionShaped(line)) return false;
  const lineWords = words(line);
  if (containedInOther) return true;
  return neighbours.some((other) => {
    const otherWords = new Set(words(other));
    const found = lineWords.filter((w) => otherWords.has(w)).length;
    return found / lineWords.length >= 0.9;
  });
}

/**
 * For each caption-shaped line, whether its folded text occurs inside another line. Linear in the
 * input (a capture of 40k repeated lines took 134 s when every line was compared with every other):
 * a line that appears twice is contained in its twin; the rest are found in one Aho–Corasick pass.
 */
function captionsContainedElsewhere(lines: string[], keys: string[], folded: string[]): boolean[] {
  const result = lines.map(() => false);
  const count = new Map<string, number>();
  for (const f of folded) count.set(f, (count.get(f) ?? 0) + 1);
  const byKey = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (!captionShaped(line)) return;
    if ((count.get(folded[i]!) ?? 0) > 1) result[i] = true;
    else byKey.set(keys[i]!, [...(byKey.get(keys[i]!) ?? []), i]);
  });
  // Lines that differ only in trailing dots contain each other's key.
  for (const [key, owners] of byKey) {
    if (owners.length < 2) continue;
    for (const i of owners) result[i] = true;
    byKey.delete(key);
  }
  const patterns = [...byKey.keys()];
  const owners = [...byKey.values()].map((o) => o[0]!);
  const found = containedElsewhere(patterns, owners, folded);
  owners.forEach((i, p) => {
    if (found[p]) result[i] = true;
  });
  return result;
}

/** Clean a capture's text (front matter already removed). */
export function cleanCapture(raw: string): CleanedText {
  const text = toNfc(raw)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u200b-\u200d\u2060]/g, "");
  const lines = text.split("\n").map((l) => l.replace(/[ \t]+/g, " ").trim());
  const nonEmptyTotal = lines.filter((l) => l.length > 0).length;

  let url: string | null = null;
  let attribution: string | null = null;
  let bylineDate: string | null = null;

  // 1. The body ends where the footer begins.
  const candidates: string[] = [];
  // A line index, not candidates.length: skipped boxes and furniture above the body make the two differ.
  let footerStart = lines.length;
  // Footer headings end the body only after it has begun: above the first sentence they are page furniture.
  let sawSentence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = footerHeading(line);
    if (heading === "end") {
      if (sawSentence) {
        footerStart = i;
        break;
      }
      continue;
    }
    if (heading === "list") {
      // A box of related headlines inside the body is skipped; after the body the footer starts here.
      const resume = inlineBoxEnd(lines, i) ?? (sawSentence ? null : listEnd(lines, i));
      if (resume === null) {
        footerStart = i;
        break;
      }
      i = resume - 1;
      continue;
    }
    sawSentence ||= isSentence(line);
    const inline = line.match(INLINE_FOOTER);
    // "Từ khóa: a, b", "Tags: a | b" on a line of their own start the footer too, once the body has begun
    // (above it they are page furniture, dropped with the chrome below).
    if ((inline?.index === 0 || isTagLine(line)) && sawSentence) {
      footerStart = i;
      break;
    }
    if (inline && inline.index !== undefined && inline.index > 0) {
      candidates.push(line.slice(0, inline.index).trim());
      footerStart = i + 1;
      break;
    }
    candidates.push(line);
  }
  for (const line of lines.slice(footerStart)) {
    const found = line.match(/https?:\/\/\S+/u);
    if (found && !url) url = found[0];
    const attributed = unbracketed(line).match(ATTRIBUTION);
    if (attributed && !attribution) attribution = attributed[1]!.trim();
  }

  // 2. Line-level chrome inside the body region. After the last sentence, a share bar or toolbar
  // starts the page's furniture: unpunctuated lines after it are other stories' headlines, never the article.
  let lastSentence = candidates.length - 1;
  while (lastSentence >= 0 && !isSentence(candidates[lastSentence]!)) lastSentence--;
  let inTail = false;
  const kept: string[] = [];
  for (const [index, line] of candidates.entries()) {
    if (line.length === 0) continue;
    inTail ||= index > lastSentence && lastSentence >= 0 && isPageBar(line);
    const byline = line.match(BYLINE);
    if (byline) {
      bylineDate ??= byline[2]!;
      continue;
    }
    // A dateline is never a headline or body text; its year places dates the text gives without one.
    if (isDateline(line)) {
      bylineDate ??= line;
      continue;
    }
    const named = namedBylineDate(line);
    if (named) {
      bylineDate ??= named;
      continue;
    }
    const attributed = unbracketed(line).match(ATTRIBUTION);
    if (attributed && !SENTENCE_END.test(unbracketed(line))) {
      attribution ??= attributed[1]!.trim();
      continue;
    }
    const credit = creditLine(line);
    if (credit) {
      attribution ??= credit.outlet;
      bylineDate ??= credit.date;
      continue;
    }
    if (LINE_CHROME.some((rule) => rule.test(line)) || isChromeLine(line)) {
      const found = line.match(/https?:\/\/\S+/u);
      if (found && !url) url = found[0];
      continue;
    }
    if (!inTail) kept.push(line.replace(END_MARK, ""));
  }

  // 3. Headline, then captions that repeat the headline or a neighbouring paragraph.
  let headline: string | null = null;
  // The outlet's name alone in capitals above the headline is its masthead, not the headline;
  // a name alone in capitals after the last paragraph is the writer's signature.
  if (kept.length > 2 && isMasthead(kept[0]!) && looksLikeHeadline(kept[1]!)) kept.shift();
  while (kept.length > 2 && isMasthead(kept[kept.length - 1]!)) kept.pop();
  if (kept.length > 1 && looksLikeHeadline(kept[0]!)) headline = kept.shift()!;
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  const folded = kept.map(fold);
  const keys = folded.map((f) => f.replace(/[.\s]+$/, ""));
  const foldedTitle = headline === null ? null : fold(headline).trim();
  const containedInOther = captionsContainedElsewhere(kept, keys, folded);
  kept.forEach((line, i) => {
    const neighbours = [kept[i - 1], kept[i + 1], kept[i + 2]].filter((l): l is string => l !== undefined);
    const key = keys[i]!;
    if (seen.has(key) || isRepeatedCaption(line, key, containedInOther[i]!, neighbours, foldedTitle)) return;
    seen.add(key);
    paragraphs.push(line);
  });

  return {
    headline,
    body: paragraphs.join("\n\n"),
    bylineDate,
    attribution,
    url,
    droppedLines: nonEmptyTotal - paragraphs.length - (headline ? 1 : 0),
  };
}
