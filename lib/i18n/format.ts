/** Locale-aware formatting of the corpus' ISO dates for display. */
import { intlTag } from "./detect";
import type { Locale } from "./strings";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Format an ISO date ("2025-05-19") or date-time for display; unparsable input is returned as is. */
export function formatDate(value: string | null | undefined, locale: Locale): string | null {
  if (!value) return null;
  const day = ISO_DAY.exec(value);
  const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlTag(locale), {
    year: "numeric",
    month: "short",
    day: "numeric",
    ...(day ? { timeZone: "UTC" } : {}),
  }).format(date);
}
