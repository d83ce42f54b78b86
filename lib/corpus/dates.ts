/** Finds dates in Vietnamese news text: "ngày 24 tháng 5 năm 2025", "23/4/2025", "11/11/2025 23:13", "ngày 10/11". */

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Parse a single date-time expression ("11/11/2025 23:13") into ISO form, or null. */
export function parseVietnameseDateTime(text: string): string | null {
  const m = text.match(/(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?/u);
  if (!m) return null;
  const date = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  if (!date) return null;
  return m[4] ? `${date}T${pad(Number(m[4]))}:${m[5]}` : date;
}

const LONG_FORM = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/iu;
const SHORT_FORM = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/u;

/**
 * The first date the text states, as ISO YYYY-MM-DD. A date without a year takes `fallbackYear`
 * (the publication year, when known), else it is not a date we can place and null is returned.
 */
export function findDate(text: string, fallbackYear?: number): string | null {
  const candidates: { index: number; day: number; month: number; year?: number }[] = [];
  const long = text.match(LONG_FORM);
  if (long?.index !== undefined)
    candidates.push({ index: long.index, day: Number(long[1]), month: Number(long[2]), year: long[3] ? Number(long[3]) : undefined });
  const short = text.match(SHORT_FORM);
  if (short?.index !== undefined)
    candidates.push({ index: short.index, day: Number(short[1]), month: Number(short[2]), year: short[3] ? Number(short[3]) : undefined });
  candidates.sort((a, b) => a.index - b.index);
  const first = candidates[0];
  if (!first) return null;
  const year = first.year ?? fallbackYear;
  return year ? isoDate(year, first.month, first.day) : null;
}
