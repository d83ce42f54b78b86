/** Pure helpers that resolve an answer's [n] markers to the passages and citations streamed with it. */
import { citedNumbers as parseCitedNumbers } from "@/lib/answer/markers";
import type { AlsoReportedBy, Citation, ChatMessage, PassageView } from "@/lib/types";

/** Where a marker [n] leads: a document span, with what the user sees about it. */
export interface CitationTarget {
  n: number;
  docId: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  /** Offsets into the document's cleaned body; null when only the document is known. */
  start: number | null;
  end: number | null;
  /** The quoted span (citation quote, else the passage text). */
  quote: string;
  /** false when the verifier could not support a sentence citing [n]; undefined before verification. */
  supported: boolean | undefined;
  /** The article's content version when the answer was given (absent for passages and older answers). */
  version?: string;
  /** Other outlets' copies of the article (absent when none, for passages and older answers). */
  alsoReportedBy?: AlsoReportedBy[];
}

/** Everything an assistant message carries besides its text. */
export interface MessageSources {
  passages: PassageView[];
  citations: Citation[];
  /** `source-document` parts: n → document id and title. */
  documents: Array<{ n: number; docId: string; title: string }>;
}

/** Collect the data parts of a message (a later part of the same kind replaces an earlier one). */
export function messageSources(message: ChatMessage): MessageSources {
  let passages: PassageView[] = [];
  let citations: Citation[] = [];
  const documents: MessageSources["documents"] = [];
  for (const part of message.parts) {
    if (part.type === "data-passages") {
      const data = part.data as { passages?: PassageView[] } | undefined;
      if (Array.isArray(data?.passages)) passages = data.passages;
    } else if (part.type === "data-citations") {
      const data = part.data as { citations?: Citation[] } | undefined;
      if (Array.isArray(data?.citations)) citations = data.citations;
    } else if (part.type === "source-document") {
      const n = Number(/^passage-(\d+)$/.exec(part.sourceId)?.[1]);
      if (Number.isInteger(n) && part.filename) documents.push({ n, docId: part.filename, title: part.title });
    }
  }
  return { passages, citations, documents };
}

/** What a marker or card needs of a verified citation. */
function targetOf(c: Citation): CitationTarget {
  const { n, docId, title, date, source, url, start, end, quote, supported, version, alsoReportedBy } = c;
  return {
    n,
    docId,
    title,
    date,
    source,
    url,
    start,
    end,
    quote,
    supported,
    ...(version ? { version } : {}),
    ...(alsoReportedBy?.length ? { alsoReportedBy } : {}),
  };
}

/** What a marker or card needs of a passage: its span and text, not verified (no citation names it). */
function passageTarget(p: PassageView): CitationTarget {
  const { n, docId, title, date, source, url, start, end, text } = p;
  return { n, docId, title, date, source, url, start, end, quote: text, supported: undefined };
}

/** Verified citations, one target per key (the first citation's), unsupported when any citation of that key is. */
function citationsBy<K>(citations: Citation[], keyOf: (c: Citation) => K): Map<K, CitationTarget> {
  const targets = new Map<K, CitationTarget>();
  for (const c of citations) {
    const key = keyOf(c);
    const existing = targets.get(key);
    if (!existing) targets.set(key, targetOf(c));
    else if (!c.supported) existing.supported = false;
  }
  return targets;
}

/** Resolve every citation number of a message: citation (verified span) first, else passage, else document. */
export function citationTargets(sources: MessageSources): Map<number, CitationTarget> {
  const targets = citationsBy(sources.citations, (c) => c.n);
  for (const p of sources.passages) if (!targets.has(p.n)) targets.set(p.n, passageTarget(p));
  for (const { n, docId, title } of sources.documents) {
    if (!targets.has(n)) targets.set(n, { n, docId, title, date: null, source: null, url: null, start: null, end: null, quote: "", supported: undefined });
  }
  return targets;
}

/** Longest quote carried in an article link: enough to find the sentence again, short enough for any URL. */
const LINK_QUOTE_CHARS = 160;

/**
 * The article view URL for a span (or the whole document when offsets are unknown). With the quote
 * and the article's content version the view can tell whether the offsets still hold after a rebuild.
 */
export function articleHref(docId: string, start: number | null, end: number | null, check: { quote?: string; version?: string } = {}): string {
  const path = `/documents/${encodeURIComponent(docId)}`;
  if (start == null || end == null) return path;
  const params = new URLSearchParams({ start: String(start), end: String(end) });
  if (check.version) params.set("v", check.version);
  if (check.quote) params.set("q", check.quote.slice(0, LINK_QUOTE_CHARS));
  return `${path}?${params.toString()}`;
}

/** A source card: one per distinct cited span, in order of first citation. */
export interface SourceCard extends CitationTarget {
  key: string;
}

/** The cards shown under an answer: verified citations when present, else the passages the text cites. */
export function sourceCards(sources: MessageSources, text: string): SourceCard[] {
  if (sources.citations.length > 0) {
    const cards = citationsBy(sources.citations, (c) => `${c.n}:${c.docId}:${c.start}:${c.end}`);
    return [...cards].map(([key, target]) => ({ key, ...target })).sort((a, b) => a.n - b.n);
  }
  const cited = citedNumbers(text);
  return sources.passages.filter((p) => cited.has(p.n)).map((p) => ({ key: `${p.n}:${p.chunkId}`, ...passageTarget(p) }));
}

/** Every number cited in a text (the one marker parser, lib/answer/markers.ts). */
export function citedNumbers(text: string): Set<number> {
  return new Set(parseCitedNumbers(text));
}

/** The answer text of a message (all text parts joined). */
export function messageText(message: ChatMessage): string {
  return message.parts
    .filter((part): part is Extract<ChatMessage["parts"][number], { type: "text" }> => part.type === "text")
    .map((part) => part.text)
    .join("");
}

/** A quote without its own outer quotation marks: the UI adds them (`<q>`, “…”), so they must not double. */
export function displayQuote(quote: string): string {
  return quote
    .trim()
    .replace(/^[“"«„]\s*/, "")
    .replace(/\s*[”"»]$/, "");
}

/** The citations a user can step through in the panel: the answer's cited numbers that resolve, in order. */
export function panelTargets(targets: Map<number, CitationTarget>, text: string): CitationTarget[] {
  const cited = citedNumbers(text);
  return [...targets.values()].filter((t) => cited.has(t.n)).sort((a, b) => a.n - b.n);
}

/** Plain-text copy of an answer followed by a numbered reference list (title, date, url, quote). */
export function copyText(answer: string, cards: SourceCard[], heading: string): string {
  if (cards.length === 0) return answer.trim();
  const lines = cards.map((c) => {
    const meta = [c.title, c.date, c.url].filter(Boolean).join(" — ");
    return c.quote ? `[${c.n}] ${meta}\n    “${displayQuote(c.quote)}”` : `[${c.n}] ${meta}`;
  });
  return `${answer.trim()}\n\n${heading}:\n${lines.join("\n")}`;
}

/** Cards of one document, shown together under its title. */
export interface SourceGroup {
  docId: string;
  title: string;
  date: string | null;
  source: string | null;
  alsoReportedBy: AlsoReportedBy[];
  items: SourceCard[];
}

/** Group cards by document, in order of each document's first citation number. */
export function groupByDocument(cards: SourceCard[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const card of cards) {
    let group = groups.get(card.docId);
    if (!group) {
      group = { docId: card.docId, title: card.title, date: card.date, source: card.source, alsoReportedBy: card.alsoReportedBy ?? [], items: [] };
      groups.set(card.docId, group);
    }
    group.items.push(card);
  }
  return [...groups.values()];
}
