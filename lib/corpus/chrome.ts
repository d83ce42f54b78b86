/**
 * Tells site chrome from article text, one line at a time, by the rules in chrome-lexicon.ts:
 * footer and related-headline headings, share bars and toolbars, banners, credits and navigation.
 * Used by clean.ts; every rule holds across outlets and in both languages.
 */
import { fold } from "../text/normalize";
import {
  BYLINE,
  CHROME_LINES,
  END_HEADINGS,
  FURNITURE_LINES,
  LIST_HEADINGS,
  NAV_HOME_ITEMS,
  NAV_ITEM_MAX_WORDS,
  NAV_MIN_ITEMS,
  NAV_SEPARATOR,
  SYNDICATION,
  TAG_LABELS,
  TICKER,
  TOOLBAR_WORDS,
} from "./chrome-lexicon";
import { isDateline } from "./dates";

const END = new Set(END_HEADINGS);
const LIST = new Set(LIST_HEADINGS);
const TOOLBAR = new Set(TOOLBAR_WORDS);
const NAV_HOME = new Set(NAV_HOME_ITEMS);
const FURNITURE = new Set(FURNITURE_LINES);
const TAG_LABEL = new Set(TAG_LABELS);
/** What separates a toolbar line's words: anything but letters, digits and the "+"/"-" of "A+"/"A-". */
const TOOLBAR_WORD_GAP = /[^\p{L}\p{N}+-]+/u;
/** Every word that occurs in a toolbar phrase. */
const TOOLBAR_VOCABULARY = new Set(TOOLBAR_WORDS.flatMap((phrase) => phrase.split(TOOLBAR_WORD_GAP)));
const SENTENCE_END = /[.!?…:;"”»)]\s*$/u;
/** A line that ends a sentence, not one cut short with an ellipsis (a teaser under a related headline). */
const FULL_STOP = /[.!?"”)]\s*$/u;
const TRUNCATED = /(?:\.\.\.|…)\s*$/u;
/** A bullet or arrow in front of a list entry ("• …", "» …", ">> …"). */
const BULLET = /^(?:>>|[-–—•·*▪►»+])\s*/u;
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Longer lines are never a footer heading (the longest listed is under 30 characters; "More from …" names an outlet). */
const HEADING_MAX_CHARS = 60;
/** Longer lines are never chrome wherever they stand: a cookie banner of two sentences is under 300 characters. */
const CHROME_LINE_MAX_CHARS = 400;

/** A heading's folded words, without bullet, count, trailing colon or arrows ("TIN LIÊN QUAN:" → "tin lien quan", "Ý kiến (12)" → "y kien"). */
function headingKey(line: string): string {
  return fold(line)
    .replace(BULLET, "")
    .replace(/[\s:>»›→]+$/u, "")
    .replace(/\s*\(\s*\d+\s*\)$|^\d+\s+/u, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * What footer heading a line is: "end" (comments, keywords, the source link: nothing after it is
 * article text), "list" (related, latest, most read, "More from …": a list of other headlines), or null.
 */
export function footerHeading(line: string): "end" | "list" | null {
  if (line.length > HEADING_MAX_CHARS) return null;
  const key = headingKey(line);
  if (END.has(key)) return "end";
  if (LIST.has(key) || (/^(?:more (?:from|on|in|by)|latest (?:from|in|on)|elsewhere (?:on|in)) \S/u.test(key) && wordCount(key) <= 6)) return "list";
  return null;
}

/** A heading after which nothing is article text: comments, keywords, the source link. */
export const isEndHeading = (line: string): boolean => footerHeading(line) === "end";
/** A heading of a list of other headlines: related, latest, most read, "More from …". */
export const isListHeading = (line: string): boolean => footerHeading(line) === "list";

/** A headline's date stamp at its end, in brackets: "… bị hoãn (15/10/2026)", "… talks (Oct 15)". */
const DATE_STAMP =
  /[([]\s*(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:,?\s*\d{1,2}:\d{2})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)\s*[)\]]\s*$/iu;

/** One entry of a headline list: a bulleted or unpunctuated short line, a headline with its date stamp, a time or date stamp. */
export function isListItem(line: string): boolean {
  if (line.length === 0) return true;
  if (BULLET.test(line) || isDateline(line) || TRUNCATED.test(line) || DATE_STAMP.test(line)) return true;
  if (/^\d{1,2}:\d{2}'?\s*-\s*\d{1,2}\/\d{1,2}\/\d{2,4}$/u.test(line)) return true;
  return !SENTENCE_END.test(line) && wordCount(line) <= 25;
}

/** A paragraph of article text: a full sentence of some length, not a teaser cut short nor a dated headline. */
function isBodyParagraph(line: string): boolean {
  return wordCount(line) >= 12 && FULL_STOP.test(line) && !TRUNCATED.test(line) && !DATE_STAMP.test(line) && !isChromeLine(line);
}

/** A sentence of the article: once one is seen, a footer heading ends the body (above it, the heading is only dropped). */
export function isSentence(line: string): boolean {
  return wordCount(line) >= 5 && FULL_STOP.test(line) && !isChromeLine(line);
}

/** The index after the list of headlines under the heading at `headingIndex`. */
export function listEnd(lines: readonly string[], headingIndex: number): number {
  let i = headingIndex + 1;
  while (i < lines.length && isListItem(lines[i]!) && !isBodyParagraph(lines[i]!)) i++;
  return i;
}

/** Most headlines a related box inside the body holds; a longer list is the page's footer. */
const INLINE_BOX_MAX_ITEMS = 5;

/**
 * When the list heading at `headingIndex` opens a box of a few headlines inside the body (as some
 * outlets put "Tin liên quan" between paragraphs), the index of the line where the body resumes;
 * otherwise null, and the heading starts the footer. The body resumes only with two full
 * paragraphs in a row: footers alternate headlines with one-sentence teasers, never two.
 */
export function inlineBoxEnd(lines: readonly string[], headingIndex: number): number | null {
  let i = headingIndex + 1;
  let items = 0;
  while (i < lines.length && items <= INLINE_BOX_MAX_ITEMS && isListItem(lines[i]!) && !isBodyParagraph(lines[i]!)) {
    if (lines[i]!.length > 0) items++;
    i++;
  }
  if (items > INLINE_BOX_MAX_ITEMS) return null;
  // The next two non-empty lines, found without copying the rest (a capture may hold many boxes).
  const next: string[] = [];
  for (let j = i; j < lines.length && next.length < 2; j++) if (lines[j]!.length > 0) next.push(lines[j]!);
  return next.length === 2 && next.every(isBodyParagraph) ? i : null;
}

/** A line made only of share, counter and toolbar words: "Bình luận (0) | Chia sẻ", "A- A+ | Print". */
function isToolbar(folded: string): boolean {
  if (folded.length > 120) return false;
  // Most lines hold a word no toolbar has: rejected before the costlier split into phrases.
  if (!folded.split(TOOLBAR_WORD_GAP).every((w) => w.length === 0 || TOOLBAR_VOCABULARY.has(w) || /^\d/u.test(w))) return false;
  const parts = folded
    .split(/\s*[|·•,;/:]\s*|\s{2,}/u)
    .map((p) =>
      p
        .replace(/\(\s*\d+\s*\)|^\d[\d.,]*[kmb]?\s+|\s+\d[\d.,]*[kmb]?$/gu, "")
        .replace(BULLET, "")
        .trim(),
    )
    .filter((p) => p.length > 0 && !/^\d[\d.,]*[kmb]?$/u.test(p));
  return parts.length > 0 && parts.every(coveredByToolbarWords);
}

/** Longest toolbar phrase, in words ("listen to this article"). */
const TOOLBAR_MAX_WORDS = Math.max(...TOOLBAR_WORDS.map((w) => w.split(" ").length));

/** Whether a run of words is toolbar phrases one after another ("facebook twitter zalo", "in bai gui email"). */
function coveredByToolbarWords(part: string): boolean {
  const words = part.split(" ");
  // covered[i]: the first i words split into toolbar phrases.
  const covered = [true, ...words.map(() => false)];
  for (let end = 1; end <= words.length; end++) {
    for (let start = Math.max(0, end - TOOLBAR_MAX_WORDS); start < end && !covered[end]; start++) {
      covered[end] = covered[start]! && TOOLBAR.has(words.slice(start, end).join(" "));
    }
  }
  return covered[words.length]!;
}

/** A quote's figure: "25.362", "-0,8%", "$512/t", "113.4m" (a letter or two of scale, a unit after a slash). */
const TICKER_FIGURE = /^[+\-−]?[$€£¥]?\d[\d.,]*[\p{L}%]{0,3}(?:\/\p{L}{1,8})?$/u;
/** A quote's change: its mark, with or without the change ("▼", "▲0,05%", "▲+1.2"). */
const TICKER_CHANGE = new RegExp(`^[${TICKER.changeMarks}][+\\-−]?[\\d.,]*%?$`, "u");
/** A unit word after a figure: "đ/kg" (folded "d/kg"), "usd/lb", "trieu", "diem". */
const TICKER_UNIT = /^[\p{L}$%]{1,8}(?:\/\p{L}{1,8})?$/u;
/** A price per unit or a currency pair ("d/kg", "$512/t", "usd/vnd"): what a row of a table does not quote. */
const PER_UNIT = /[\p{L}$\d]\/\p{L}/u;

/**
 * One quote of a ticker: a short label, then a figure, its unit words and its change, nothing else
 * ("usd/vnd 25.362 ▼0,08%", "gia ca tra 29.500 d/kg"); null when the item is anything else. A label's
 * bracketed note ("Rice (5% broken)") is not a figure.
 */
function tickerQuote(item: string): { marked: boolean } | null {
  const words = item
    .replace(/\([^()]*\)/gu, " ")
    .split(/\s+/u)
    .filter(Boolean);
  const figure = words.findIndex((w) => TICKER_FIGURE.test(w));
  if (figure < 1 || figure > TICKER.labelMaxWords || !words.slice(0, figure).some((w) => /\p{L}/u.test(w))) return null;
  let marked = false;
  let units = 0;
  for (const word of words.slice(figure)) {
    if (TICKER_CHANGE.test(word)) marked = true;
    else if (!TICKER_FIGURE.test(word) && (!TICKER_UNIT.test(word) || ++units > TICKER.unitMaxWords)) return null;
  }
  return { marked };
}

/**
 * A price or rate ticker, on the folded line: quotes between separators ("usd/vnd 25,402 | gold sjc
 * 113.4m vnd/tael | vn-index 1,698.3"). Quotes alone are not enough: a strip quotes a price per unit,
 * a currency pair or a change mark, where a table row of shares ("Tôm 46% | Cá tra 20%") does not;
 * one quote alone is a ticker only with its change mark.
 */
function isTicker(folded: string): boolean {
  if (folded.length > TICKER.maxChars || !/\d/u.test(folded)) return false;
  const quotes = folded.split(TICKER.separator).filter(Boolean).map(tickerQuote);
  if (quotes.length === 0 || quotes.some((q) => q === null)) return false;
  const marked = quotes.some((q) => q!.marked);
  return quotes.length === 1 ? marked : marked || PER_UNIT.test(folded);
}

/** A navigation bar or breadcrumb: several short items between separators, no sentence. */
function isNavigation(line: string): boolean {
  // A Markdown table row ("| Tôm | 46% | 20% |") is data, not navigation.
  if (line.startsWith("|") || SENTENCE_END.test(line) || !NAV_SEPARATOR.test(line)) return false;
  const items = line
    .split(NAV_SEPARATOR)
    .flatMap((item) => item.split(/\s+[–—]\s+/u))
    .map((item) => item.trim())
    .filter(Boolean);
  // A breadcrumb that starts at the home page needs only one section after it ("Home › Markets").
  const enough = items.length >= NAV_MIN_ITEMS || (items.length === 2 && NAV_HOME.has(fold(items[0]!)));
  return enough && items.every((item) => wordCount(item) <= NAV_ITEM_MAX_WORDS && !/\d/u.test(item));
}

/** Most words one tag has; a longer item is a sentence, not a tag. */
const TAG_MAX_WORDS = 6;

/** A line listing the article's tags: "Tags: thuế đối ứng, cà phê", "Từ khóa: …", "Topics: Trade | Vietnam". */
export function isTagLine(line: string): boolean {
  if (line.length > CHROME_LINE_MAX_CHARS || SENTENCE_END.test(line)) return false;
  const found = fold(line).match(/^([a-z ]{2,16}?)\s*:\s*(\S.*)$/u);
  if (!found || !TAG_LABEL.has(found[1]!.trim())) return false;
  return found[2]!.split(/\s*[,;|·•#]\s*/u).every((tag) => wordCount(tag) <= TAG_MAX_WORDS);
}

/**
 * A share bar or toolbar: what a page puts after an article, never inside its last lines. Not a
 * navigation-shaped line: a table's header ("Mặt hàng | Kim ngạch | Tỷ trọng") looks like one.
 */
export function isPageBar(line: string): boolean {
  if (line.length > CHROME_LINE_MAX_CHARS) return false;
  return isToolbar(fold(line).replace(/\s+/g, " ").trim());
}

/** A heading, then a colon or an arrow, then a headline: "Bài liên quan: …", "Xem thêm >> …", "Read more → …". */
const ONE_LINE_LIST = /^(.{2,}?)\s*(?::|>>|→|»|›|▸)\s*(\S.*)$/u;

/** A statement's end: a full stop, not an ellipsis, maybe inside closing quotes or a bracket. */
const STATEMENT_END = /(?<!\.)\.["”)]?\s*$/u;

/**
 * A one-line list of another story: a list heading, a colon or an arrow, its headline ("Bài liên quan: …",
 * "Further reading: …", "Xem thêm >> …", "Bài viết liên quan: …: doanh nghiệp chuẩn bị gì?"). After the colon a
 * statement is article text; a question or an exclamation there is a headline.
 */
function isOneLineList(line: string): boolean {
  const found = line.match(ONE_LINE_LIST);
  if (!found || found[1]!.length > HEADING_MAX_CHARS) return false;
  return !STATEMENT_END.test(found[2]!) && isListHeading(found[1]!);
}

/** A label, its colon, then the rest of the line: "Newsletter: Get … in your inbox". */
const LABELLED = /^([^:]{2,40}):\s*(\S.*)$/u;
/** Most words a box's label has ("Seafood Ledger Daily", "Bản tin sáng"); a longer one starts a sentence. */
const LABEL_MAX_WORDS = 5;

/**
 * A box's label and its prompt on one line ("Newsletter: Get the Asia desk in your inbox every Monday", "Seafood Ledger
 * Daily: get the headlines in your inbox", "Bản tin: Đăng ký nhận bản tin …"): a short label, and after its colon what is
 * chrome on a line of its own. A sentence after the label stays.
 */
function isLabelledChrome(line: string): boolean {
  const found = line.match(LABELLED);
  if (!found || wordCount(found[1]!) > LABEL_MAX_WORDS || /\d/u.test(found[1]!)) return false;
  return isChromeLine(found[2]!);
}

/** Whether a line is site chrome wherever it stands (toolbars, banners, credits, navigation). */
export function isChromeLine(line: string): boolean {
  // Checked before folding: most body paragraphs are longer, and folding them all is most of the cost.
  if (line.length > CHROME_LINE_MAX_CHARS) return false;
  // A bullet or arrow in front ("» Đọc thêm: …") does not make a line article text.
  const folded = fold(line).replace(/\s+/g, " ").trim().replace(BULLET, "");
  if (folded.length === 0) return false;
  if (FURNITURE.has(folded.replace(/\s*(?::|\.\.\.|…)$/u, ""))) return true;
  if (wordCount(folded) <= 40 && CHROME_LINES.some((rule) => rule.test(folded))) return true;
  return isToolbar(folded) || isTicker(folded) || isNavigation(line) || isTagLine(line) || isOneLineList(line) || isLabelledChrome(line);
}

/** Longer lines are never a credit line: "By … | Distributed by the … wire" is under 100 characters. */
const CREDIT_MAX_CHARS = 160;

/** The outlet a syndication credit names ("This article first appeared in X." → "X"), else null. */
export function syndicatedFrom(line: string): string | null {
  if (line.length > CREDIT_MAX_CHARS) return null;
  for (const rule of SYNDICATION) {
    const found = line.match(rule);
    if (found?.[1]) return found[1].trim();
  }
  return null;
}

/** A byline without a date: "By Jane Sample", "By Sample Ledger staff" (not "By sector", a subheading). */
export function isByline(line: string): boolean {
  return (
    !/\d/u.test(line) &&
    !FULL_STOP.test(line) &&
    /^By\s+(?:\p{Lu}|(?:our |special )?(?:staff|reporters?|correspondents?|writers?)\b)/u.test(line) &&
    BYLINE.test(fold(line).replace(/\s+/g, " ").trim())
  );
}

/** What a credit line says: the outlet it credits and the date it gives, each when it names one. */
export interface Credit {
  outlet: string | null;
  date: string | null;
}

/**
 * A line made only of credits, alone or between separators: a byline, a syndication or wire
 * credit, a dateline ("By Sample Ledger staff | Distributed by the Sample Ledger wire",
 * "Bài và ảnh: Minh Mẫu · 12/05/2027"); null when any part is something else, or when no part is a
 * byline or a credit (a dateline alone is read as one elsewhere).
 */
export function creditLine(line: string): Credit | null {
  if (line.length > CREDIT_MAX_CHARS) return null;
  const credit: Credit = { outlet: null, date: null };
  let credited = false;
  for (const part of line.split(/\s+[|·•]\s+|\s*[|·•]\s*/u).map((p) => p.trim())) {
    if (part.length === 0) continue;
    const outlet = syndicatedFrom(part);
    if (outlet) credit.outlet ??= outlet;
    else if (isDateline(part)) credit.date ??= part;
    else if (!isByline(part) && !isCreditChrome(part)) return null;
    credited ||= outlet !== null || !isDateline(part);
  }
  return credited ? credit : null;
}

/** A part of a credit line that a chrome rule names: "Reporting by …", "Bài và ảnh: …", "Ảnh: …". */
const isCreditChrome = (part: string): boolean => wordCount(part) <= 12 && isChromeLine(part);

/**
 * The date of a byline that names its writer or outlet before it ("By staff reporters | August
 * 27, 2025", "Nhịp Thị trường – 24/10/2025"), else null.
 */
export function bylineDate(line: string): string | null {
  if (line.length > 90) return null;
  const parts = line.split(/\s+[|–—-]\s+/u);
  if (parts.length < 2) return null;
  const date = parts.pop()!.trim();
  const who = parts.join(" ").trim();
  if (!isDateline(date) || /\d/u.test(who) || SENTENCE_END.test(who) || wordCount(who) > 6) return null;
  return date;
}

/** A masthead or a signature: a name alone in capitals ("ASIA TARIFF MONITOR", "NGỌC AN"). */
export function isMasthead(line: string): boolean {
  return line === line.toUpperCase() && /^[\p{Lu}][\p{Lu}\s&.'-]*$/u.test(line) && wordCount(line) <= 5;
}
