/**
 * Finds dates in news text, Vietnamese and English: "ngày 24 tháng 5 năm 2025", "23/4/2025",
 * "ngày 22-5", "11/11/2025 23:13", "May 22, 2025", "22 May 2025".
 */

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_NAME =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

/** Parse a single date-time expression ("11/11/2025 23:13") into ISO form, or null. */
export function parseVietnameseDateTime(text: string): string | null {
  const m = text.match(/(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?/u);
  if (!m) return null;
  const date = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  if (!date) return null;
  return m[4] ? `${date}T${pad(Number(m[4]))}:${m[5]}` : date;
}

interface Found {
  index: number;
  day: number;
  month: number;
  year?: number;
}

/** Each form a date is written in, with how to read day, month and year from its groups. */
const FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => Omit<Found, "index"> }[] = [
  // "ngày 24 tháng 5 năm 2025", "ngày 24 tháng 5"
  { pattern: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/iu, read: (m) => ({ day: +m[1]!, month: +m[2]!, year: m[3] ? +m[3] : undefined }) },
  // "23/4/2025", "10/11"
  { pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/u, read: (m) => ({ day: +m[1]!, month: +m[2]!, year: m[3] ? +m[3] : undefined }) },
  // "ngày 22-5", "22-5-2025": the dash form needs "ngày" or a year, else "2-3" in "2-3 rounds" would be a date
  {
    pattern: /(?:ngày\s+(\d{1,2})-(\d{1,2})(?:-(\d{4}))?|(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4}))(?![\d-])/iu,
    read: (m) => (m[1] ? { day: +m[1], month: +m[2]!, year: m[3] ? +m[3] : undefined } : { day: +m[4]!, month: +m[5]!, year: +m[6]! }),
  },
  // "May 22, 2025", "May 22"
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?!\\d)`, "iu"),
    read: (m) => ({ day: +m[2]!, month: MONTHS[m[1]!.toLowerCase().replace(".", "")]!, year: m[3] ? +m[3] : undefined }),
  },
  // "22 May 2025", "22 May"
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}(?:,?\\s+(\\d{4}))?\\b`, "iu"),
    read: (m) => ({ day: +m[1]!, month: MONTHS[m[2]!.toLowerCase().replace(".", "")]!, year: m[3] ? +m[3] : undefined }),
  },
];

function earliest(text: string): Found[] {
  const found: Found[] = [];
  for (const { pattern, read } of FORMS) {
    const m = pattern.exec(text);
    if (m) found.push({ index: m.index, ...read(m) });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The first date the text states, as ISO YYYY-MM-DD. A date without a year takes `fallbackYear`
 * (the year of the article's dateline or publication, when known), else null: we cannot place it.
 */
export function findDate(text: string, fallbackYear?: number): string | null {
  const first = earliest(text)[0];
  if (!first) return null;
  const year = first.year ?? fallbackYear;
  return year ? isoDate(year, first.month, first.day) : null;
}

/**
 * A date (and time, when given) in any of the forms above or ISO, as ISO; null when none or when
 * the year is missing: a dateline or a `published` value states it.
 */
export function parseDateExpression(text: string): string | null {
  const trimmed = text.trim();
  const iso = trimmed.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/);
  if (iso) {
    const date = isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
    return date && iso[4] ? `${date}T${iso[4]}:${iso[5]}` : date;
  }
  const withTime = parseVietnameseDateTime(trimmed);
  if (withTime) return withTime;
  return findDate(trimmed);
}

/**
 * Whether a line is only a dateline: an optional weekday, a date, an optional time and zone
 * ("Thứ tư, 04/02/2026", "Wednesday, February 4, 2026 - 09:15 GMT+7", "04/02/2026 09:15").
 */
const WEEKDAY =
  "(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\\s+nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)";
export function isDateline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 64) return false;
  const date = earliest(trimmed)[0];
  // The date must carry the line: strip it, the weekday and the time, and little may remain.
  if (!date || date.year === undefined) return false;
  const rest = trimmed
    .replace(new RegExp(WEEKDAY, "giu"), "")
    .replace(/\d{1,2}:\d{2}(?::\d{2})?/g, "")
    .replace(/\b(?:gmt|utc|am|pm|ngày|tháng|năm)\b/giu, "")
    .replace(new RegExp(MONTH_NAME, "giu"), "")
    .replace(/[\d\s,./|()+–-]+/g, "");
  return rest.length === 0;
}
