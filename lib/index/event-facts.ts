/**
 * What one article says about events (lib/index/events.ts), read once when the article is indexed
 * — at build time into the build folder's events.json, at an addition into delta.json — so that
 * loading the index or applying an addition only merges them (lib/index/event-catalog.ts
 * `catalogFrom`). Plain data, validated when read back: any store can keep it.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import * as EVENT_LEXICON from "../text/lexicon/events";
import * as PERSON_TITLE_LEXICON from "../text/lexicon/person-titles";
import type { SourceDocument } from "../types";
import { NO_OWNER, sentenceFacts, type EventMention, type SentenceFacts } from "./events";

/** Bump when the rules of lib/index/events.ts, lib/text/event-dates.ts or lib/text/sentences.ts change what is read. */
const EVENT_RULES_VERSION = 17;

/**
 * Version of the rules and words that made stored facts: facts stored under another are read
 * again from the text. The event and person-title lexicons' words are hashed in, so editing them needs no bump.
 */
export const EVENT_FACTS_VERSION = `${EVENT_RULES_VERSION}:${createHash("sha256")
  .update(JSON.stringify([EVENT_LEXICON, PERSON_TITLE_LEXICON]))
  .digest("hex")
  .slice(0, 12)}`;

/** The build file that holds every base article's facts. */
export const EVENT_FACTS_FILE = "events.json";

/** One article's event facts. */
export interface ArticleEventFacts {
  docId: string;
  /** Event mentions of the title. */
  title: EventMention[];
  /** The body's sentences that mention an event, with their dates and places (the others say nothing the catalog uses). */
  sentences: SentenceFacts[];
}

/** The date an article's relative words are counted from: when it was published, else the event date its metadata gives. */
export function articleDate(doc: SourceDocument): string | null {
  // A publication month alone ("2025-04") says less than the event date.
  return doc.published && doc.published.length >= 10 ? doc.published.slice(0, 10) : (doc.date ?? doc.published);
}

/** Read an article's event facts from its title and body (the costly step: ~2 ms an article). */
export function articleEventFacts(doc: SourceDocument): ArticleEventFacts {
  // People are not read here: who is on which side is read from the text when a question needs it.
  const context = { articleDate: articleDate(doc), lang: doc.lang, people: false };
  return {
    docId: doc.id,
    title: sentenceFacts(`${doc.title}.`, context).flatMap((s) => s.events),
    sentences: sentenceFacts(doc.body, context).filter((s) => s.events.length > 0),
  };
}

/** A listed kind or an open one ("joint-committee", "consultation"). */
const kind = z.string().min(1);
const mention = z.object({
  kind,
  ordinal: z.number().int().nullable(),
  reference: z.boolean(),
  at: z.number().int().optional(),
  to: z.number().int().optional(),
});
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const sentence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  events: z.array(mention),
  dates: z.array(
    z.object({ date: isoDate, precision: z.enum(["day", "month", "year"]), end: isoDate.optional(), relative: z.boolean(), index: z.number().int() }),
  ),
  dateOwners: z.array(z.number().int().min(NO_OWNER)),
  places: z.array(z.string()),
  people: z.array(z.object({ name: z.string(), side: z.enum(["vn", "us"]).nullable(), role: z.string().nullable() })),
});
const articleFacts = z.object({ docId: z.string(), title: z.array(mention), sentences: z.array(sentence) });

/** What events.json (and a delta's facts) hold: the facts with the rules' version that made them. */
export const storedEventFactsSchema = z.object({ version: z.union([z.string(), z.number()]), articles: z.array(articleFacts) });
export type StoredEventFacts = z.infer<typeof storedEventFactsSchema>;

export function storedEventFacts(articles: ArticleEventFacts[]): StoredEventFacts {
  return { version: EVENT_FACTS_VERSION, articles };
}

/**
 * Stored facts, checked: null when they were made by other rules (the catalog then reads the
 * articles again); an Error when they are not facts at all.
 */
export function parseStoredEventFacts(value: unknown): ArticleEventFacts[] | null {
  const parsed = storedEventFactsSchema.safeParse(value);
  if (!parsed.success) throw new Error(`not event facts: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data.version === EVENT_FACTS_VERSION ? parsed.data.articles : null;
}
