/**
 * Dates a sentence states, in Vietnamese or English, as ISO dates: absolute ("ngày 10/11",
 * "19 đến 22/5/2025", "April 28, 2025") and relative ("hôm qua", "last week", "on Thursday",
 * "earlier this month"), the relative ones resolved against the article's date.
 */
import { COUNT_WORDS, EN_MONTHS, EN_WEEKDAYS, RELATIVE_DAYS, RELATIVE_MONTHS } from "./lexicon/events";
import { foldedTerms, toNfc } from "./normalize";

/** A date a text states: a day, or only a month or a year. `end` closes a range ("19 đến 22/5"). */
export interface DateMention {
  /** YYYY-MM-DD, YYYY-MM or YYYY by precision. */
  date: string;
  precision: "day" | "month" | "year";
  end?: string;
  /** Resolved against the article's date ("hôm qua", "last week") rather than written out. */
  relative: boolean;
  /** Where in the sentence it was found (for "the date nearest the event"). */
  index: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
}

/** The year of a day written without one: the article's, unless that puts it more than half a year after the article. */
function inferYear(month: number, day: number, reference: Date | null): number | null {
  if (!reference) return null;
  const year = reference.getUTCFullYear();
  const candidate = Date.UTC(year, month - 1, day);
  return candidate - reference.getTime() > 200 * 86_400_000 ? year - 1 : year;
}

function dayMention(year: number | null, month: number, day: number, reference: Date | null, index: number, endDay?: number): DateMention | null {
  const y = year ?? inferYear(month, day, reference);
  if (y === null || !validDay(y, month, day)) return null;
  const date = `${y}-${pad(month)}-${pad(day)}`;
  const end = endDay !== undefined && endDay > day && validDay(y, month, endDay) ? `${y}-${pad(month)}-${pad(endDay)}` : undefined;
  return { date, precision: "day", ...(end ? { end } : {}), relative: false, index };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Parse an ISO date or date-time as a UTC day. */
export function referenceDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
}

const MONTH_NAMES = Object.keys(EN_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const VI_RANGE =
  /(?<![\d/])(\d{1,2})\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?(\d{1,2})\s*(?:\/\s*(\d{1,2})|\s+tháng\s+(\d{1,2}))(?:\s*\/\s*(\d{4})|\s+năm\s+(\d{4}))?(?![\d/])/giu;
const VI_DAY = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;
const VI_MONTH = /(?<!ngày\s+\d{1,2}\s+)(?:(đầu|giữa|cuối)\s+)?tháng\s+(\d{1,2})(?:\s*\/\s*(\d{4})|\s+năm\s+(\d{4}))?/giu;
const EN_RANGE = new RegExp(
  `\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|to|and|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s*(\\d{4}))?`,
  "giu",
);
const EN_DAY = new RegExp(
  `\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4}))?|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\b(?:,?\\s*(\\d{4}))?`,
  "giu",
);
const EN_MONTH = new RegExp(`\\b(?:in|during|since|until|by|early|mid|late|of)\\s+(?:early\\s+|mid-?|late\\s+)?(${MONTH_NAMES})\\b(?:\\s+(\\d{4}))?`, "giu");
/**
 * A year on its own: "năm 2039", "in 2039", also before a clause's comma or a full stop ("Tại cuộc họp năm 2039, …"); not
 * a part of a longer figure ("2.039,5", "2039,5 tấn", "15/2039", "2039%").
 */
const YEAR = /(?<![\d/.,])(?:năm\s+|in\s+)?((?:19|20)\d{2})(?![\d/%]|[.,]\d)/giu;
const WEEKDAY = new RegExp(`\\b(?:on|last)\\s+(${Object.keys(EN_WEEKDAYS).join("|")})\\b`, "giu");

/** Every date a sentence states, earliest position first; a day inside a stated range is not repeated. */
export function findDates(sentence: string, articleDate: string | null): DateMention[] {
  const text = toNfc(sentence);
  const reference = referenceDate(articleDate);
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => !taken.some(([s, e]) => start < e && end > s);
  const take = (m: RegExpMatchArray, mention: DateMention | null) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!mention || !free(start, end)) return;
    taken.push([start, end]);
    out.push(mention);
  };
  for (const m of text.matchAll(VI_RANGE)) {
    const month = Number(m[3] ?? m[4]);
    take(m, dayMention((m[5] ?? m[6]) ? Number(m[5] ?? m[6]) : null, month, Number(m[1]), reference, m.index ?? 0, Number(m[2])));
  }
  for (const m of text.matchAll(EN_RANGE)) {
    take(m, dayMention(m[4] ? Number(m[4]) : null, EN_MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), reference, m.index ?? 0, Number(m[3])));
  }
  for (const m of text.matchAll(VI_DAY)) {
    const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    take(m, dayMention(year ? Number(year) : null, Number(month), Number(day), reference, m.index ?? 0));
  }
  for (const m of text.matchAll(EN_DAY)) {
    const [monthName, day, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
    take(m, dayMention(year ? Number(year) : null, EN_MONTHS[monthName!.toLowerCase()]!, Number(day), reference, m.index ?? 0));
  }
  const monthMention = (m: RegExpMatchArray, month: number, year: string | undefined) => {
    const y = year ? Number(year) : inferYear(month, 15, reference);
    if (y === null || month < 1 || month > 12) return null;
    return { date: `${y}-${pad(month)}`, precision: "month" as const, relative: false, index: m.index ?? 0 };
  };
  for (const m of text.matchAll(VI_MONTH)) take(m, monthMention(m, Number(m[2]), m[3] ?? m[4]));
  for (const m of text.matchAll(EN_MONTH)) take(m, monthMention(m, EN_MONTHS[m[1]!.toLowerCase()]!, m[2]));
  if (reference) {
    for (const m of text.matchAll(WEEKDAY)) {
      const target = EN_WEEKDAYS[m[1]!.toLowerCase()]!;
      const back = (reference.getUTCDay() - target + 7) % 7;
      take(m, {
        date: iso(addDays(reference, -(back === 0 && m[0].toLowerCase().startsWith("last") ? 7 : back))),
        precision: "day",
        relative: true,
        index: m.index ?? 0,
      });
    }
    out.push(...relativeDates(text, reference).filter((r) => free(r.index, r.index + 1)));
  }
  for (const m of text.matchAll(YEAR)) take(m, { date: m[1]!, precision: "year", relative: false, index: m.index ?? 0 });
  return out.sort((a, b) => a.index - b.index);
}

/** "hôm qua", "hai ngày trước", "last week", "earlier this month", resolved against the article's date. */
function relativeDates(text: string, reference: Date): DateMention[] {
  const terms = foldedTerms(text);
  const joined = ` ${terms.join(" ")} `;
  const out: DateMention[] = [];
  // Positions are approximate (token-based), enough to order mentions within a sentence.
  const at = (phrase: string) => {
    const i = joined.indexOf(` ${phrase} `);
    return i < 0 ? -1 : Math.round((i / Math.max(joined.length, 1)) * text.length);
  };
  const monthOf = (offset: number) => {
    const d = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + offset, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  };
  for (const [phrase, days] of Object.entries(RELATIVE_DAYS)) {
    const i = at(phrase);
    if (i >= 0 && !out.some((o) => o.index === i)) out.push({ date: iso(addDays(reference, days)), precision: "day", relative: true, index: i });
  }
  for (const m of joined.matchAll(/ (\d{1,2}|[a-z]+) (ngay truoc|days ago|day ago)/g)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : COUNT_WORDS[m[1]!];
    if (n !== undefined) out.push({ date: iso(addDays(reference, -n)), precision: "day", relative: true, index: at(`${m[1]} ${m[2]}`) });
  }
  // Longest first, so "earlier this month" is not read again as "this month".
  const seen: string[] = [];
  for (const [phrase, months] of Object.entries(RELATIVE_MONTHS).sort((a, b) => b[0].length - a[0].length)) {
    const i = at(phrase);
    if (i < 0 || seen.some((s) => s.includes(phrase))) continue;
    seen.push(phrase);
    out.push({ date: monthOf(months), precision: "month", relative: true, index: i });
  }
  return out;
}
