/**
 * The archive's events: every report of the same event merged into one entry (kind, ordinal, date,
 * place, reports), and for every chunk the events it is about. Merged from each article's event
 * facts (lib/index/event-facts.ts), which the index stores when it reads the article: a load or an
 * addition only merges, it does not read the text again, except to see whether a sentence past an
 * article's lead that names an event announces it (`announcesComing`).
 */
import { ANNOUNCEMENT_CUES, PLACES, type EventKind, type Side } from "../text/lexicon/events";
import { fold, syllableText, tokenize } from "../text/normalize";
import type { Chunk, EventSummary, SourceDocument } from "../types";
import { articleDate, articleEventFacts, type ArticleEventFacts } from "./event-facts";
import { kindLabels } from "./event-kinds";
import { sentenceFacts, type EventMention, type PersonMention, type SentenceFacts } from "./events";

export { articleDate } from "./event-facts";

/**
 * Facts read from an article's text when none were stored (a build from before events.json, or
 * facts of older rules), per article object: an index with articles added or removed shares the
 * other articles' objects with its base, so they are read once, not at every change.
 */
const READ_FACTS = new WeakMap<SourceDocument, ArticleEventFacts>();

function readFacts(doc: SourceDocument): ArticleEventFacts {
  let facts = READ_FACTS.get(doc);
  if (!facts) {
    facts = articleEventFacts(doc);
    READ_FACTS.set(doc, facts);
  }
  return facts;
}

/** The people an article names, with side and role (read once per article object, when a who-question needs them). */
const PEOPLE = new WeakMap<SourceDocument, PersonMention[]>();

function peopleOf(doc: SourceDocument): PersonMention[] {
  let people = PEOPLE.get(doc);
  if (!people) {
    people = sentenceFacts(doc.body, { articleDate: null, lang: doc.lang }).flatMap((s) => s.people);
    PEOPLE.set(doc, people);
  }
  return people;
}

/**
 * The catalog of an archive from its articles' stored facts (one per article; an article without
 * facts is read from its text). `documents` and `chunks` are the live articles and chunks, in the
 * order the index numbers them: the catalog's chunk positions are positions in this list.
 */
export function catalogFrom(
  facts: Iterable<ArticleEventFacts> | ReadonlyMap<string, ArticleEventFacts>,
  documents: ReadonlyMap<string, SourceDocument>,
  chunks: readonly Chunk[],
  options?: CatalogOptions,
): EventCatalog {
  const byId =
    facts instanceof Map ? (facts as ReadonlyMap<string, ArticleEventFacts>) : new Map([...(facts as Iterable<ArticleEventFacts>)].map((f) => [f.docId, f]));
  return new EventCatalog(documents, chunks, byId, options);
}

/** One event of the archive, with the articles that report it. */
export interface ArchiveEvent {
  /** "round#3", "ministerial#8", "statement@2025-09-22". */
  id: string;
  kind: EventKind;
  ordinal: number | null;
  /** YYYY-MM-DD (or YYYY-MM) the event began, when any report says. */
  date: string | null;
  end: string | null;
  /** Place id (lib/text/lexicon/events.ts), when a report names one with it. */
  place: string | null;
  /** Reporting articles, the one that reports it most directly first. */
  reports: string[];
  /** A report's date is after the event's, or the event is only announced ("sẽ diễn ra"). */
  planned: boolean;
}

/** What a chunk says about events: the ones it is about and its sentences' facts. */
export interface ChunkEvents {
  /** Ids of the events the chunk is about (its own mentions, else its article's main event). */
  about: string[];
  /** Ids of events it only refers to ("sau vòng 2"). */
  refers: string[];
  sentences: SentenceFacts[];
}

interface Evidence {
  kind: EventKind;
  ordinal: number | null;
  date: string | null;
  end: string | null;
  relativeDate: boolean;
  place: string | null;
  docId: string;
  reference: boolean;
  /** The article's date (publication, else event) when the evidence was written. */
  written: string | null;
  /** In the title or first paragraph: the article is about it. */
  lead: boolean;
  /** Order in the archive (article, then mention): merged lists keep it. */
  seq: number;
}

const DAY = 86_400_000;
/** Day numbers of ISO dates, remembered: a merge asks for the same few hundred dates tens of thousands of times. */
const DAY_NUMBERS = new Map<string, number>();
function dayNumber(iso: string): number {
  let day = DAY_NUMBERS.get(iso);
  if (day === undefined) {
    day = Date.parse(`${iso.length === 7 ? `${iso}-01` : iso.slice(0, 10)}T00:00:00Z`) / DAY;
    if (DAY_NUMBERS.size < 100_000) DAY_NUMBERS.set(iso, day);
  }
  return day;
}

/** Characters of an ISO date given to the day ("2041-07-23"); one given to the month ("2041-07") or the year is shorter. */
const DAY_CHARS = "YYYY-MM-DD".length;
/** Whether an ISO date gives the day, not only the month or the year. */
const isDay = (iso: string) => iso.length === DAY_CHARS;

/** The label of an event in a language: "Vòng đàm phán thứ 3", "Round 3". */
export function eventLabel(kind: EventKind, ordinal: number | null, lang: "vi" | "en"): string {
  const l = kindLabels(kind);
  if (ordinal === null) return lang === "vi" ? l.vi : l.en;
  return (lang === "vi" ? l.viNth : l.enNth).replace("{n}", String(ordinal));
}

export function placeLabel(id: string | null, lang: "vi" | "en"): string | null {
  const place = PLACES.find((p) => p.id === id);
  return place ? (lang === "vi" ? place.vi[0]! : place.en[0]!) : null;
}

/** "28/4/2025" or "April 28, 2025" (a month alone: "6/2025", "June 2025"; a range in one month: "19/5–22/5/2025", "May 19–22, 2025"). */
export function dateLabel(iso: string | null, lang: "vi" | "en", end?: string | null): string {
  if (!iso) return lang === "vi" ? "không rõ ngày" : "date unknown";
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number | undefined];
  const endDay = end && end.slice(0, 7) === iso.slice(0, 7) && end !== iso ? Number(end.slice(8, 10)) : null;
  const days = d ? (endDay ? `${d}–${endDay}` : String(d)) : null;
  if (lang === "vi") return d ? (endDay ? `${d}/${m}–${endDay}/${m}/${y}` : `${d}/${m}/${y}`) : m ? `${m}/${y}` : String(y);
  const month = new Date(Date.UTC(2000, (m ?? 1) - 1, 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" });
  return days ? `${month} ${days}, ${y}` : m ? `${month} ${y}` : String(y);
}

/** What `EventCatalog` is built over besides the articles and chunks. */
export interface CatalogOptions {
  /**
   * The catalog of the base build these chunks extend (`chunks` starts with its chunks, at the same
   * positions): only the articles added, removed or replaced since are merged again, so an
   * addition costs its own articles, not the archive's.
   */
  base?: EventCatalog;
  /** 1 at the positions of hidden chunks (removed articles' chunks keep their positions): about no event. */
  hidden?: Uint8Array | null;
}

export class EventCatalog {
  /** Events in date order (undated last). */
  readonly events: ArchiveEvent[];
  readonly byId: Map<string, ArchiveEvent>;
  /** Per chunk index, what it says about events. */
  readonly chunks: ChunkEvents[];
  private readonly sideOfName = new Map<string, Side | undefined>();

  /**
   * The side most reports give a person, by the name as a passage writes it; undefined when no
   * report gives one. Read from the articles that name them, on the first who-question that asks,
   * not when the index loads: people are the costliest facts to read (reading every article's took
   * ~10 s at 30k chunks), and most questions need none.
   */
  sideOf(name: string): Side | undefined {
    const key = fold(name);
    if (this.sideOfName.has(key)) return this.sideOfName.get(key);
    const votes = new Map<Side, number>();
    for (const doc of this.documents.values()) {
      if (!doc.body.includes(name)) continue;
      for (const p of peopleOf(doc)) if (p.side && fold(p.name) === key) votes.set(p.side, (votes.get(p.side) ?? 0) + 1);
    }
    const side = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    this.sideOfName.set(key, side);
    return side;
  }
  /** Event id → indices of the chunks about it, in archive order. */
  readonly chunksOf: Map<string, number[]>;
  /** Event id → indices of the chunks that only refer to it ("ngay trước phiên cấp kỹ thuật từ 12-14/11"). */
  readonly referringChunks: Map<string, number[]>;
  /** Positions of chunks by id: this catalog's own, and (an extension) its base's, shared. */
  private readonly indexOfChunk = new Map<string, number>();
  private readonly baseIndexOf: ReadonlyMap<string, number> | null = null;
  private readonly resolved = new Map<string, ArchiveEvent | null>();
  /** Events of each kind, in date order. */
  private readonly eventsOfKind = new Map<EventKind, ArchiveEvent[]>();
  /** Events by kind and ordinal ("round#3"), in date order. */
  private readonly eventsOfNumber = new Map<string, ArchiveEvent[]>();
  private readonly datedByKind = new Map<EventKind, { e: ArchiveEvent; day: number }[]>();
  /** Each article's share (a catalog built whole keeps them, for the catalogs that extend it). */
  private readonly parts = new Map<string, ArticleParts>();
  /** Evidence by group: `kind#ordinal`, or `~kind` for a kind's unnumbered mentions. */
  private readonly groups: Map<string, Evidence[]>;
  /** The events each group made. */
  private readonly eventsOfGroup: Map<string, ArchiveEvent[]>;
  private readonly numberedKinds: Set<EventKind>;
  /** Positions of each article's chunks (a catalog built whole). */
  private readonly docChunks = new Map<string, number[]>();
  /** Every mention resolved while reading the chunks, with the articles that made it (a catalog built whole). */
  private readonly uses = new Map<string, { kind: EventKind; ordinal: number | null; date: string | null; docs: Set<string> }>();
  /** The article whose chunks are being read, while a catalog built whole records its resolutions. */
  private recording: string | null = null;
  private readonly whole: boolean;

  private readonly focusOrder = new Map<string, number[]>();

  /**
   * Positions of the chunks about an event, those about it alone first (then those about fewer other
   * events; archive order among equals), then the chunks that only refer to it. Sorted once per event
   * and catalog, not at every question: at 100k chunks one round has thousands.
   */
  focusChunks(eventId: string): readonly number[] {
    let order = this.focusOrder.get(eventId);
    if (!order) {
      const events = (i: number) => this.chunks[i]?.about.length ?? 0;
      order = [...(this.chunksOf.get(eventId) ?? [])].sort((a, b) => events(a) - events(b)).concat(this.referringChunks.get(eventId) ?? []);
      this.focusOrder.set(eventId, order);
    }
    return order;
  }

  /** The day an article (by id) was written (`articleDate`); null when the catalog does not hold it or it gives none. */
  writtenOn(docId: string): string | null {
    const doc = this.documents.get(docId);
    return doc ? articleDate(doc) : null;
  }

  /** The position of a chunk (by id) in the index. */
  chunkIndexOf(chunkId: string): number | undefined {
    return this.indexOfChunk.get(chunkId) ?? this.baseIndexOf?.get(chunkId);
  }

  constructor(
    readonly documents: ReadonlyMap<string, SourceDocument>,
    /** The chunks, in index order (the positions `chunks` and `chunksOf` use). */
    readonly chunkList: readonly Chunk[],
    /** Stored facts by article id (see `catalogFrom`); an article missing here is read from its text. */
    facts?: ReadonlyMap<string, ArticleEventFacts>,
    options: CatalogOptions = {},
  ) {
    const factsOf = (doc: SourceDocument) => facts?.get(doc.id) ?? readFacts(doc);
    const base = options.base;
    // An extension needs a base built whole over the same first chunks.
    const extending =
      base?.whole &&
      chunkList.length >= base.chunkList.length &&
      (base.chunkList.length === 0 || (chunkList[0] === base.chunkList[0] && chunkList[base.chunkList.length - 1] === base.chunkList.at(-1)));
    this.whole = !extending;
    if (!extending) {
      let pos = 0;
      for (const doc of documents.values()) this.parts.set(doc.id, articleParts(doc, factsOf(doc), pos++));
      this.groups = new Map();
      for (const parts of this.parts.values()) for (const e of parts.evidence) appendTo(this.groups, groupOf(e), e);
      this.numberedKinds = numberedKindsOf(this.groups);
      this.eventsOfGroup = new Map([...this.groups].map(([key, list]) => [key, groupEvents(key, list, this.numberedKinds, documents)]));
      this.events = orderEvents(this.groups, this.eventsOfGroup);
      this.byId = this.indexEvents();
      const hidden = options.hidden;
      this.chunks = chunkList.map((chunk, i) => {
        const parts = hidden?.[i] === 1 ? undefined : this.parts.get(chunk.docId);
        if (!parts) return noEvents();
        appendTo(this.docChunks, chunk.docId, i);
        this.recording = chunk.docId;
        return this.chunkEvents(chunk, parts.sentences, parts.main, parts.doc);
      });
      this.recording = null;
      chunkList.forEach((c, i) => {
        this.indexOfChunk.set(c.id, i);
      });
      this.chunksOf = new Map();
      this.referringChunks = new Map();
      this.chunks.forEach((c, i) => {
        for (const id of c.about) appendTo(this.chunksOf, id, i);
        for (const id of c.refers) appendTo(this.referringChunks, id, i);
      });
      return;
    }
    // Articles of the base taken out (removed, or replaced under the same id), and the ones put in, in archive order.
    const removed = new Set<string>();
    for (const [id, parts] of base.parts) if (documents.get(id) !== parts.doc) removed.add(id);
    const added = new Map<string, ArticleParts>();
    let pos = base.parts.size;
    for (const doc of documents.values()) if (base.parts.get(doc.id)?.doc !== doc) added.set(doc.id, articleParts(doc, factsOf(doc), pos++));
    // Only the groups those articles have evidence in are merged again.
    this.groups = new Map(base.groups);
    const touched = new Set<string>();
    for (const id of removed) for (const e of base.parts.get(id)!.evidence) touched.add(groupOf(e) ?? "");
    touched.delete("");
    for (const key of touched)
      this.groups.set(
        key,
        base.groups.get(key)!.filter((e) => !removed.has(e.docId)),
      );
    for (const parts of added.values())
      for (const e of parts.evidence) {
        const key = groupOf(e);
        if (key === null) continue;
        const list = this.groups.get(key);
        // Copied before the first change: the base's lists are shared with it.
        if (!list || (list === base.groups.get(key) && !touched.has(key))) this.groups.set(key, [...(list ?? []), e]);
        else list.push(e);
        touched.add(key);
      }
    this.numberedKinds = numberedKindsOf(this.groups);
    for (const kind of new Set([...this.numberedKinds, ...base.numberedKinds]))
      if (this.numberedKinds.has(kind) !== base.numberedKinds.has(kind) && this.groups.has(`~${kind}`)) touched.add(`~${kind}`);
    this.eventsOfGroup = new Map(base.eventsOfGroup);
    for (const key of touched) this.eventsOfGroup.set(key, groupEvents(key, this.groups.get(key)!, this.numberedKinds, documents));
    this.events = orderEvents(this.groups, this.eventsOfGroup);
    this.byId = this.indexEvents();
    // A base article's chunks are read again only when a mention they resolved now resolves to another event, or to one of another date or plan.
    const again = new Set<string>();
    // A mention resolves among the events of its kind (with an ordinal, among that number's): untouched ones resolve as before.
    const touchedKinds = new Set([...touched].map((key) => (key.startsWith("~") ? key.slice(1) : key.slice(0, key.indexOf("#")))));
    for (const use of base.uses.values()) {
      if (!touchedKinds.has(use.kind) || (use.ordinal !== null && !touched.has(`${use.kind}#${use.ordinal}`))) continue;
      if (sameForChunks(base.resolve(use.kind, use.ordinal, use.date), this.resolve(use.kind, use.ordinal, use.date))) continue;
      for (const id of use.docs) if (!removed.has(id)) again.add(id);
    }
    this.chunks = base.chunks.slice();
    const changed = new Set<number>();
    for (const id of removed)
      for (const i of base.docChunks.get(id) ?? []) {
        this.chunks[i] = noEvents();
        changed.add(i);
      }
    for (const id of again) {
      const parts = base.parts.get(id)!;
      for (const i of base.docChunks.get(id) ?? []) {
        this.chunks[i] = this.chunkEvents(chunkList[i]!, parts.sentences, parts.main, parts.doc);
        changed.add(i);
      }
    }
    const from = base.chunkList.length;
    for (let i = from; i < chunkList.length; i++) {
      const chunk = chunkList[i]!;
      const parts = added.get(chunk.docId);
      this.chunks.push(parts ? this.chunkEvents(chunk, parts.sentences, parts.main, parts.doc) : noEvents());
      this.indexOfChunk.set(chunk.id, i);
    }
    this.baseIndexOf = base.indexOfChunk;
    this.chunksOf = patchPositions(base.chunksOf, base.chunks, this.chunks, changed, from, "about");
    this.referringChunks = patchPositions(base.referringChunks, base.chunks, this.chunks, changed, from, "refers");
  }

  /** `byId` and the events of each kind in date order (what `resolve` searches). */
  private indexEvents(): Map<string, ArchiveEvent> {
    // resolve() runs for every event mention of every chunk: scanning all events each time was quadratic.
    for (const e of this.events) {
      appendTo(this.eventsOfKind, e.kind, e);
      if (e.ordinal !== null) appendTo(this.eventsOfNumber, `${e.kind}#${e.ordinal}`, e);
    }
    return new Map(this.events.map((e) => [e.id, e]));
  }
  /** The archive event a mention of `kind`/`ordinal` in an article dated `date` is. */
  resolve(kind: EventKind, ordinal: number | null, date: string | null): ArchiveEvent | null {
    // Every chunk resolves its sentences' mentions, and the same few (kind, ordinal, date) recur
    // across thousands of chunks: without the memo, loading 30k chunks spent seconds here.
    const key = `${kind}|${ordinal}|${date}`;
    if (this.recording !== null) {
      const use = this.uses.get(key);
      if (use) use.docs.add(this.recording);
      else this.uses.set(key, { kind, ordinal, date, docs: new Set([this.recording]) });
    }
    const known = this.resolved.get(key);
    if (known !== undefined) return known;
    const event = this.resolveUncached(kind, ordinal, date);
    this.resolved.set(key, event);
    return event;
  }

  private resolveUncached(kind: EventKind, ordinal: number | null, date: string | null): ArchiveEvent | null {
    const ofKind = this.eventsOfKind.get(kind) ?? [];
    const same = ordinal === null ? ofKind : (this.eventsOfNumber.get(`${kind}#${ordinal}`) ?? []);
    if (ordinal !== null || same.length <= 1) return same[0] ?? null;
    if (!date) return null;
    // Without an ordinal, the event of that kind nearest the date (within a few weeks; the earlier on a tie).
    const days = this.datedOfKind(kind);
    const target = dayNumber(date);
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (days[mid]!.day < target) lo = mid + 1;
      else hi = mid;
    }
    let before = lo - 1;
    while (before > 0 && days[before - 1]!.day === days[before]!.day) before--;
    const candidates = [days[before], days[lo]].filter((x) => x !== undefined);
    const near = candidates.map((x) => ({ e: x.e, gap: Math.abs(x.day - target) })).sort((a, b) => a.gap - b.gap)[0];
    return near && near.gap <= 21 ? near.e : null;
  }

  /** Dated events of a kind by day, ascending (events in date order already): what `resolve` searches by bisection. */
  private datedOfKind(kind: EventKind): { e: ArchiveEvent; day: number }[] {
    let list = this.datedByKind.get(kind);
    if (!list) {
      list = (this.eventsOfKind.get(kind) ?? [])
        .filter((e) => e.date)
        .map((e) => ({ e, day: dayNumber(e.date!) }))
        .filter((x) => Number.isFinite(x.day));
      list.sort((a, b) => a.day - b.day);
      this.datedByKind.set(kind, list);
    }
    return list;
  }

  private chunkEvents(chunk: Chunk, sentences: SentenceFacts[], main: ArticleParts["main"], doc: SourceDocument | undefined): ChunkEvents {
    // Only sentences that say something about events are kept (the catalog lives as long as the index).
    const own = sentences.filter((s) => s.start < chunk.end && s.end > chunk.start && s.events.length > 0);
    const about = new Set<string>();
    const refers = new Set<string>();
    const docDate = doc?.date ?? null;
    /** The events a sentence reports, not only recalls or names in passing. */
    const reported = new Set<string>();
    const mainEvent = main ? this.resolve(main.kind, main.ordinal, main.reference ? null : docDate) : null;
    for (const s of own) {
      const dated = s.dates.find((d) => d.precision === "day")?.date;
      const day = dated ?? docDate;
      for (const e of s.events) {
        const ordinal = e.ordinal ?? (main && main.kind === e.kind ? main.ordinal : null);
        const event = this.resolve(e.kind, ordinal, e.reference ? null : day);
        if (!event) continue;
        // Another numbered event, over weeks before the article was written and given no day ("tại vòng đàm phán thứ nhất
        // hồi tháng 3" in May's report of a consultation): recalled, so referred to; the chunk stays about its article's own
        // event. A review that dates it to the day ("Vòng 2 tại Washington, từ 20 đến 23/6/2033") still reports it.
        const recalled = !e.reference && ordinal !== null && !dated && event !== mainEvent && passedBefore(event, docDate);
        (e.reference || recalled ? refers : about).add(event.id);
        // An unnumbered event named without a date ("mục tiêu mà Tuyên bố chung đã đề ra" in a later round's report, "as our
        // ministers asked in the joint statement") is named in passing: the chunk is about it and still about its article's own event.
        if (!e.reference && !recalled && !event.planned && (ordinal !== null || dated)) reported.add(event.id);
      }
    }
    // An article written before an event only announces it ("hai bên thống nhất tổ chức vòng 3 vào
    // tháng 7"): it refers to it, unless nothing reports it since (then the announcement is its report).
    const written = doc ? articleDate(doc) : null;
    const announced = new Set<string>();
    for (const id of about) {
      const event = this.byId.get(id);
      if (!event?.date || event.planned || !written) continue;
      if (written.slice(0, event.date.length) < event.date.slice(0, written.length)) {
        about.delete(id);
        announced.add(id);
      }
    }
    // One only announced or planned is not reported here either ("Hai bên thống nhất vòng đàm phán thứ sáu sẽ diễn ra … tháng 6").
    if ((about.size === 0 || ![...reported].some((id) => about.has(id))) && main) {
      const event = mainEvent;
      // An article that only places itself against an event ("trước vòng đàm phán thứ hai") refers to it, it does not report it.
      if (event && !announced.has(event.id)) (main.reference ? refers : about).add(event.id);
    }
    for (const id of about) refers.delete(id);
    for (const id of announced) refers.add(id);
    return { about: [...about], refers: [...refers], sentences: own };
  }

  /** "vòng đàm phán 1, 2, 3 và 5; phiên cấp Bộ trưởng 1 và 2; …" — what the archive reports, by kind. */
  coverage(lang: "vi" | "en"): string {
    const parts: string[] = [];
    const kinds = [...new Set(this.events.map((e) => e.kind))];
    const and = lang === "vi" ? "và" : "and";
    const list = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`);
    for (const kind of kinds) {
      const events = this.events.filter((e) => e.kind === kind);
      const labels = kindLabels(kind);
      // Numbers in their own order ("rounds 1, 9 and 10"), whatever the dates (an undated event sorts last by date).
      const numbered = events
        .filter((e) => e.ordinal !== null)
        .map((e) => e.ordinal!)
        .sort((a, b) => a - b)
        .map(String);
      const dated = events.filter((e) => e.ordinal === null && e.date).map((e) => dateLabel(e.date, lang));
      const items = [...numbered, ...(numbered.length ? [] : dated)];
      parts.push(`${lang === "vi" ? labels.viPlural : labels.enPlural}${items.length ? ` ${list(items)}` : ""}`);
    }
    return parts.join("; ");
  }

  /** First and last event dates of the archive. */
  span(): { from: string; to: string } | null {
    const dated = this.events.filter((e) => e.date).map((e) => e.date!);
    return dated.length ? { from: dated[0]!, to: dated.at(-1)! } : null;
  }
}

/** One article's share of the catalog: a function of the article (and its facts) alone. */
interface ArticleParts {
  doc: SourceDocument;
  evidence: Evidence[];
  sentences: SentenceFacts[];
  /** The article's main event: the title's, else the first one its text reports, else the first it refers to (`reference`). */
  main: { kind: EventKind; ordinal: number | null; reference: boolean } | null;
}

/** ANNOUNCEMENT_CUES space-padded, per language, to be found as whole words in a sentence's syllables. */
const ANNOUNCING = { vi: ANNOUNCEMENT_CUES.vi.map((c) => ` ${syllableText(c)} `), en: ANNOUNCEMENT_CUES.en.map((c) => ` ${syllableText(c)} `) };

/** Whether a text announces an event still to come, by its article's language's cues ("dự kiến", "will"). */
function announcesComing(text: string, lang: "vi" | "en"): boolean {
  const padded = ` ${syllableText(text)} `;
  return ANNOUNCING[lang].some((cue) => padded.includes(cue));
}

/** Where a clause ends: what follows it speaks of something else ("… lần thứ 8 giữa hai nước, diễn ra ngay trước phiên … sẽ diễn ra"). */
const CLAUSE_END = /[,;:–—(]/u;

/**
 * Whether a mention is the event its sentence announces: the clause it opens goes on with an announcement cue ("Vòng đàm
 * phán thứ tư dự kiến diễn ra …"). A mention whose clause ends before the cue ("Đây là phiên … lần thứ 8 giữa hai nước,
 * diễn ra ngay trước phiên cấp kỹ thuật sẽ diễn ra …") is the article's own event, not the announced one.
 */
function announcedMention(sentence: string, mention: EventMention, lang: "vi" | "en"): boolean {
  if (mention.to === undefined) return announcesComing(sentence, lang);
  const end = tokenize(sentence)[mention.to - 1]?.end ?? 0;
  const rest = sentence.slice(end);
  const clauseEnd = rest.search(CLAUSE_END);
  return announcesComing(clauseEnd < 0 ? rest : rest.slice(0, clauseEnd), lang);
}

/** Evidence positions within an article: `seq` is the article's position times this, plus the evidence's. */
const SEQ_PER_ARTICLE = 2 ** 21;

/** What an article's title and sentences say about events, as evidence for merging; `pos` is its place in the archive. */
function articleParts(doc: SourceDocument, { title, sentences }: ArticleEventFacts, pos: number): ArticleParts {
  const written = articleDate(doc);
  const evidence: Evidence[] = [];
  const push = (e: Omit<Evidence, "seq">) => evidence.push({ ...e, seq: pos * SEQ_PER_ARTICLE + Math.min(evidence.length, SEQ_PER_ARTICLE - 1) });
  const firstParagraphEnd = doc.body.indexOf("\n\n") < 0 ? doc.body.length : doc.body.indexOf("\n\n");
  const all = sentences.flatMap((s) => s.events);
  // A closing line announcing the next event ("Vòng đàm phán thứ tư dự kiến diễn ra trước cuối năm nay") names no event of
  // the article's own: its number is not the one the article's unnumbered mentions mean.
  const own = [
    ...title,
    ...sentences.flatMap((s) =>
      s.start < firstParagraphEnd ? s.events : s.events.filter((e) => !announcedMention(doc.body.slice(s.start, s.end), e, doc.lang)),
    ),
  ];
  const first = own.find((e) => !e.reference) ?? title[0] ?? all[0];
  // An article about "phiên cấp Bộ trưởng lần thứ 8" that also says just "phiên cấp Bộ trưởng" means the 8th.
  const ordinals = new Map<EventKind, Set<number>>();
  for (const e of own) if (!e.reference && e.ordinal !== null) ordinals.set(e.kind, (ordinals.get(e.kind) ?? new Set()).add(e.ordinal));
  const soleOrdinal = (kind: EventKind) => (ordinals.get(kind)?.size === 1 ? [...ordinals.get(kind)!][0]! : null);
  const main = first ? { kind: first.kind, ordinal: first.ordinal ?? soleOrdinal(first.kind), reference: first.reference } : null;
  for (const s of sentences) {
    s.events.forEach((e, i) => {
      const ordinal = e.ordinal ?? (e.reference ? null : soleOrdinal(e.kind));
      // Each date belongs to the mention nearest it; places to the first event reported (not referred to).
      const own = s.dates.filter((_, d) => s.dateOwners[d] === i);
      const day = own.find((d) => d.precision === "day") ?? own.find((d) => d.precision === "month");
      const owner = s.events.findIndex((x) => !x.reference);
      const owns = owner < 0 ? i === 0 : owner === i;
      push({
        kind: e.kind,
        ordinal,
        date: day?.date ?? null,
        end: day?.end ?? null,
        relativeDate: day?.relative ?? false,
        place: owns ? (s.places[0] ?? null) : null,
        docId: doc.id,
        reference: e.reference,
        written,
        lead: s.start < firstParagraphEnd,
      });
    });
  }
  if (main && !main.reference && !evidence.some((x) => x.kind === main.kind && !x.reference)) {
    // The title names it and the text never does: the article's date stands in. (One it only refers to, "before the
    // second round", is not reported by it, and its date is not that event's.)
    push({
      kind: main.kind,
      ordinal: main.ordinal,
      date: doc.date,
      end: null,
      relativeDate: false,
      place: null,
      docId: doc.id,
      reference: false,
      written,
      lead: true,
    });
  }
  return { doc, evidence, sentences, main };
}

/** Whether a chunk that resolved a mention to `a` reads the same with `b`: the same event, with the dates and plan its chunks are judged by. */
function sameForChunks(a: ArchiveEvent | null, b: ArchiveEvent | null): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id && a.date === b.date && a.end === b.end && a.planned === b.planned);
}

/** push, not spread: an event a thousand chunks are about would otherwise copy its list a thousand times. */
function appendTo<K, V>(map: Map<K, V[]>, key: K | null, value: V): void {
  if (key === null) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The group evidence is merged in: numbered mentions by kind and number, a kind's others together (by date, later); null when it makes no event. */
function groupOf(e: Evidence): string | null {
  if (e.ordinal !== null) return `${e.kind}#${e.ordinal}`;
  return !e.reference || e.date ? `~${e.kind}` : null;
}

/** Kinds with numbered evidence: their mentions without a number add no event of their own. */
function numberedKindsOf(groups: ReadonlyMap<string, Evidence[]>): Set<EventKind> {
  const kinds = new Set<EventKind>();
  for (const list of groups.values()) if (list[0] && list[0].ordinal !== null) kinds.add(list[0].kind);
  return kinds;
}

/** A position of no event (a hidden chunk, or one whose article is gone). */
const noEvents = (): ChunkEvents => ({ about: [], refers: [], sentences: [] });

/**
 * Events in date order (undated last); events that tie keep the order of their groups' first
 * evidence, numbered groups before the others: the order a merge of every article gives.
 */
function orderEvents(groups: ReadonlyMap<string, Evidence[]>, eventsOfGroup: ReadonlyMap<string, ArchiveEvent[]>): ArchiveEvent[] {
  const keys = [...groups.keys()].filter((key) => groups.get(key)!.length > 0);
  const numbered = (key: string) => (key.startsWith("~") ? 1 : 0);
  keys.sort((a, b) => numbered(a) - numbered(b) || groups.get(a)![0]!.seq - groups.get(b)![0]!.seq);
  const events = keys.flatMap((key) => eventsOfGroup.get(key) ?? []);
  return events.sort((a, b) => (a.date && b.date ? a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : 0) || (a.ordinal ?? 0) - (b.ordinal ?? 0));
}

/**
 * A base catalog's event → chunk positions with some positions read again (`changed`) and chunks
 * appended from `from` on: only the lists of events those positions name are copied.
 */
function patchPositions(
  base: ReadonlyMap<string, number[]>,
  before: readonly ChunkEvents[],
  after: readonly ChunkEvents[],
  changed: ReadonlySet<number>,
  from: number,
  field: "about" | "refers",
): Map<string, number[]> {
  const map = new Map(base);
  const gained = new Map<string, number[]>();
  const touched = new Set<string>();
  for (const i of [...changed].sort((a, b) => a - b)) {
    for (const id of before[i]![field]) touched.add(id);
    for (const id of after[i]![field]) appendTo(gained, id, i);
  }
  for (let i = from; i < after.length; i++) for (const id of after[i]![field]) appendTo(gained, id, i);
  for (const id of gained.keys()) touched.add(id);
  for (const id of touched) {
    const kept = changed.size > 0 ? (base.get(id) ?? []).filter((i) => !changed.has(i)) : [...(base.get(id) ?? [])];
    const extra = gained.get(id) ?? [];
    const list = kept.concat(extra);
    // Positions read again fall among the base's; appended ones come after them all.
    if (changed.size > 0 && extra.length > 0) list.sort((a, b) => a - b);
    if (list.length > 0) map.set(id, list);
    else map.delete(id);
  }
  return map;
}

type Cluster = { anchor: number; list: Evidence[] };

/** Whether an event was over more than UNDATED_REACH_DAYS before a day: a report of that day does not report it. */
function passedBefore(event: ArchiveEvent, day: string | null): boolean {
  if (!event.date || !day) return false;
  return dayNumber(day) - dayNumber(event.end ?? event.date) > UNDATED_REACH_DAYS;
}

/**
 * How far from the nearest dated report of an unnumbered event a report that gives it no date may be (its article's
 * date stands in) and still be about it: a preview a week before, a report a week or two after. Past that it is an
 * event of its own.
 */
const UNDATED_REACH_DAYS = 14;
/** The same for a report that dates it only by month ("in September"). */
const MONTH_REACH_DAYS = 45;
/**
 * How long before an article an unnumbered event it names only in passing, undated and past its lead, may have been
 * reported and still be that event: archive I's round-5 reports recall the joint statement of 87 days before, while
 * the seeds' ministerial session of November 2025 names a new joint statement, the archive's other one being of 2023.
 */
const PASSING_REACH_DAYS = 120;

/** Index of the first cluster whose anchor is at or after `day` (clusters sorted by anchor). */
function firstAtOrAfter(sorted: { c: Cluster }[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.c.anchor < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cluster whose anchor is nearest `day`; among equally near ones, the one made first. */
function nearestCluster(sorted: { c: Cluster; made: number }[], day: number): { c: Cluster; gap: number } | null {
  const at = firstAtOrAfter(sorted, day);
  let best: { c: Cluster; made: number; gap: number } | null = null;
  const consider = (x: { c: Cluster; made: number }) => {
    const gap = Math.abs(x.c.anchor - day);
    if (!best || gap < best.gap || (gap === best.gap && x.made < best.made)) best = { ...x, gap };
  };
  // Every cluster on the nearest anchor at each side (several may share one).
  const after = sorted[at];
  for (let i = at; i < sorted.length && sorted[i]!.c.anchor === after!.c.anchor; i++) consider(sorted[i]!);
  const before = sorted[at - 1];
  for (let i = at - 1; i >= 0 && sorted[i]!.c.anchor === before!.c.anchor; i--) consider(sorted[i]!);
  return best;
}

/**
 * The events one group of evidence makes: a numbered group (`kind#ordinal`) one event, or none when
 * it is only ever referred to; a kind's unnumbered evidence (`~kind`) its clusters by date, or none
 * when the kind is numbered elsewhere.
 */
function groupEvents(key: string, list: Evidence[], numberedKinds: ReadonlySet<EventKind>, documents: ReadonlyMap<string, SourceDocument>): ArchiveEvent[] {
  if (list.length === 0) return [];
  if (!key.startsWith("~")) {
    const event = eventOf(key, list);
    return event ? [event] : [];
  }
  const kind = list[0]!.kind;
  // A numbered kind mentioned without a number elsewhere adds no event of its own.
  if (numberedKinds.has(kind)) return [];
  // Unnumbered events of one kind within a week of each other are the same event.
  // Day numbers worked out once per report, not in every comparison of the sort.
  const dated: { e: Evidence; day: string; n: number }[] = [];
  for (const e of list) {
    const day = e.date ?? documents.get(e.docId)?.date ?? null;
    if (day) dated.push({ e, day, n: dayNumber(day) });
  }
  dated.sort((a, b) => a.n - b.n);
  // Reports that date the event to the day first; a report that gives no date (its article's stands in) joins the
  // nearest of those within two weeks, one dated only by month the nearest within six weeks.
  const precise = dated.filter((x) => isDay(x.day) && x.e.date !== null);
  const undated = dated.filter((x) => isDay(x.day) && x.e.date === null);
  const vague = dated.filter((x) => !isDay(x.day));
  const clusters: Cluster[] = [];
  for (const { e, day, n } of precise) {
    const last = clusters.at(-1);
    if (last && n - last.anchor <= 5) last.list.push({ ...e, date: e.date ?? day });
    else clusters.push({ anchor: n, list: [{ ...e, date: e.date ?? day }] });
  }
  // The nearest cluster by bisection over the anchors (the earlier-made one on a tie): scanning them all per report was quadratic.
  const byAnchor = clusters.map((c, made) => ({ c, made }));
  const join = ({ e, day, n }: { e: Evidence; day: string; n: number }, reach: number) => {
    const near = nearestCluster(byAnchor, n);
    // Named in passing, past the lead and with no date of its own ("the joint statement's goal", "mục tiêu mà Tuyên bố
    // chung đã đề ra"): the one of its kind reported in the months before, not a new one on the article's date.
    const previous = e.lead || e.date !== null ? undefined : byAnchor[firstAtOrAfter(byAnchor, n + 1) - 1];
    const earlier = previous && n - previous.c.anchor <= PASSING_REACH_DAYS ? previous : undefined;
    if (near && near.gap <= reach) near.c.list.push({ ...e, date: null });
    // Nor is a place its sentence names that event's ("rà soát Tuyên bố chung và thống nhất tổ chức phiên kỹ thuật tại Đà Nẵng").
    else if (earlier) earlier.c.list.push({ ...e, date: null, place: null });
    else {
      const cluster = { anchor: n, list: [{ ...e, date: e.date ?? day }] };
      byAnchor.splice(firstAtOrAfter(byAnchor, n), 0, { c: cluster, made: clusters.length });
      clusters.push(cluster);
    }
  };
  for (const x of undated) join(x, UNDATED_REACH_DAYS);
  for (const x of vague) join(x, MONTH_REACH_DAYS);
  // Two clusters that come to the same id are one entry, the later's evidence (as a merge of every article has always made them).
  const byId = new Map<string, Evidence[]>();
  for (const c of clusters) byId.set(`${kind}@${c.list.find((e) => e.date)?.date ?? documents.get(c.list[0]!.docId)?.date}`, c.list);
  return [...byId].flatMap(([id, evidence]) => eventOf(id, evidence) ?? []);
}

/**
 * How many days before the first day its reports give an event may have begun by what a sentence placing another event
 * after it says ("sau vòng 5 diễn ra từ ngày 23/7" beside reports of its close on the 26th): a round or session lasts a few days.
 */
const START_BEFORE_REPORTED_DAYS = 6;

/** The earliest day a mention that places another event after this one gives it, a few days before the reported day; null otherwise. */
function earlierStart(list: readonly Evidence[], reported: string): string | null {
  let start: string | null = null;
  const day = dayNumber(reported);
  for (const e of list) {
    if (!e.reference || !e.date || !isDay(e.date) || e.date >= reported || day - dayNumber(e.date) > START_BEFORE_REPORTED_DAYS) continue;
    if (start === null || e.date < start) start = e.date;
  }
  return start;
}

/** The event a group's evidence makes; null when it is only ever referred to. */
function eventOf(id: string, list: Evidence[]): ArchiveEvent | null {
  const first = list[0]!;
  // Only ever referred to ("sau vòng 4") is not reported; referred to with its own date ("trước phiên cấp kỹ thuật từ 12-14/11") is.
  const direct = list.some((e) => !e.reference) ? list.filter((e) => !e.reference) : list.filter((e) => e.date);
  if (direct.length === 0) return null;
  // Named only in passing, deep in reports of other events, with no date or place ("a third consultation round could be
  // called if needed"): talked about, not reported.
  if (!direct.some((e) => e.lead || e.date || e.place)) return null;
  // One pass each, no sorting: a round that a whole archive reports has tens of thousands of mentions, merged again at each addition.
  let absolute: string | null = null;
  let relative: string | null = null;
  let anyDate: string | null = null;
  let end: string | null = null;
  const places = new Map<string, number>();
  const reports = new Set<string>();
  for (const e of direct) {
    if (e.date) {
      anyDate ??= e.date;
      if (isDay(e.date)) {
        if (relative === null || e.date < relative) relative = e.date;
        if (!e.relativeDate && (absolute === null || e.date < absolute)) absolute = e.date;
      }
    }
    if (e.end !== null && (end === null || e.end > end)) end = e.end;
    if (e.place) places.set(e.place, (places.get(e.place) ?? 0) + 1 + (e.lead ? 1 : 0));
    // Reports: the articles whose lead reports it first, then the others, each once.
    if (e.lead) reports.add(e.docId);
  }
  for (const e of direct) reports.add(e.docId);
  const reported = absolute ?? relative ?? anyDate;
  // "… sau vòng đàm phán thứ năm diễn ra từ ngày 23/7": a report of what came after it may be all that gives its first day.
  const start = reported !== null && isDay(reported) ? earlierStart(list, reported) : null;
  const date = start ?? reported;
  if (start && reported && (end === null || reported > end)) end = reported;
  let place: string | null = null;
  let most = 0;
  // The place named most often; the first named among equals.
  for (const [p, n] of places)
    if (n > most) {
      place = p;
      most = n;
    }
  const day = date === null ? 0 : dayNumber(date);
  // An undated report says nothing of whether the event had taken place when it was written: the dated ones decide.
  const dated = direct.filter((e) => e.written !== null);
  const planned = date !== null && dated.length > 0 && dated.every((e) => dayNumber(e.written!) < day);
  return { id, kind: first.kind, ordinal: first.ordinal, date, end, place, reports: [...reports], planned };
}

/** The archive's events as the API gives them (`GET /api/events`), in date order. */
export function eventSummaries(catalog: EventCatalog): EventSummary[] {
  return catalog.events.map((e) => ({
    id: e.id,
    kind: e.kind,
    ordinal: e.ordinal,
    label: eventLabel(e.kind, e.ordinal, "vi"),
    labelEn: eventLabel(e.kind, e.ordinal, "en"),
    date: e.date,
    place: placeLabel(e.place, "vi"),
    reports: e.reports.flatMap((id) => {
      const doc = catalog.documents.get(id);
      return doc ? [{ docId: doc.id, title: doc.title, source: doc.source, date: doc.date, lang: doc.lang }] : [];
    }),
  }));
}
