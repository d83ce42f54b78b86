/**
 * Whether a passage writes out the date of the event a when-question asks about ("from June 20-23",
 * "ngày 26/4/2033"), rather than giving it only relative to its article ("hôm qua", "on Thursday",
 * "tuần trước"): the reader of a quote can read the first, not the second.
 */
import type { ArchiveEvent } from "../index/event-catalog";
import { findDates, type DateMention } from "../text/event-dates";
import { RELATIVE_WEEK_PHRASES } from "../text/lexicon/events";
import { spacedSyllables } from "../text/normalize";
import { splitSentences } from "../text/sentences";
import { ordinalAgreement, type UnlistedEvent } from "./unlisted-event";

const DAY = 86_400_000;
/**
 * Days after an event's first day within which a written day is still its own when the reports give no last day:
 * a round or session lasts a few days, and a report may date it by its close ("closed on March 2").
 */
const OPEN_END_DAYS = 6;

const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY;

/** Whether a written date falls on the event: a day within its span, or its month when the event is dated by month. */
function fallsOn(mention: DateMention, event: ArchiveEvent): boolean {
  if (mention.relative || !event.date) return false;
  if (event.date.length < 10) return mention.date.startsWith(event.date);
  if (mention.precision !== "day") return false;
  const first = dayOf(event.date);
  const last = event.end ? dayOf(event.end) : first + OPEN_END_DAYS;
  const day = dayOf(mention.date);
  // A range written from the day before ("19 đến 22/5") still covers the event.
  const until = mention.end ? dayOf(mention.end) : day;
  return until >= first && day <= last;
}

const WEEK_PHRASES = RELATIVE_WEEK_PHRASES.map((p) => ` ${p} `);

/**
 * How a text gives a day of one of the events: "written" when it writes out a day or month of it (its article's date
 * resolves a day given without a year), "relative" when it says one relative to its article's ("ended on Thursday",
 * "kết thúc hôm qua") that falls on it, null otherwise. "Tuần trước", "last week" name a week, not a day. The text's
 * dates are read once for both forms.
 */
export function eventDay(text: string, articleDate: string | null, events: readonly ArchiveEvent[]): "written" | "relative" | null {
  const dated = events.filter((e) => e.date !== null);
  if (dated.length === 0) return null;
  const found = findDates(text, articleDate);
  if (found.some((d) => dated.some((e) => fallsOn(d, e)))) return "written";
  const mentions = found.filter((d) => d.relative && d.precision === "day");
  if (mentions.length === 0) return null;
  const folded = spacedSyllables(text).folded;
  const reference = articleDate ? articleDate.slice(0, 10) : null;
  // A week phrase's date is the article's less seven days: such a mention is the week's, not a day's.
  const weekDay =
    reference && WEEK_PHRASES.some((p) => folded.includes(p)) ? new Date(Date.parse(`${reference}T00:00:00Z`) - 7 * DAY).toISOString().slice(0, 10) : null;
  return mentions.some((d) => d.date !== weekDay && dated.some((e) => fallsOn({ ...d, relative: false }, e))) ? "relative" : null;
}

/**
 * Whether a sentence of a text numbers an event of a kind the catalog does not list as asked ("phiên họp cấp chuyên gia
 * lần thứ nhất") and writes out a day beside it: the catalog has no date of such an event to compare with.
 */
export function writesUnlistedDate(text: string, articleDate: string | null, asked: UnlistedEvent): boolean {
  return splitSentences(text).some((span) => {
    const sentence = text.slice(span.start, span.end);
    return ordinalAgreement(sentence, asked) === 1 && findDates(sentence, articleDate).some((d) => !d.relative && d.precision === "day");
  });
}
