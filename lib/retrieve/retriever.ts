/** Hybrid retrieval: HNSW vector search and BM25 over the same chunks, fused by reciprocal rank and concept coverage, with an abstention threshold. */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { bigrams } from "../text/features";
import { fold, syllableText, tokenize } from "../text/normalize";
import type { ArchiveStore } from "../store/store";
import type { Chunk, Passage } from "../types";
import { LRUCache } from "lru-cache";
import { conceptWeight, coverage, mentions, searchable, type Searchable, type TermStatistics } from "./coverage";
import { analyzeQuery, answerCueConcepts, conceptScale, isSpecific, type QueryPlan } from "./query";
import { eventFrame, framesEvent } from "./event-frame";
import { PLACES } from "../text/lexicon/events";
import { eventLabel, dateLabel, placeLabel, type ArchiveEvent, type EventCatalog } from "../index/event-catalog";
import { isOpenKind, isSessionKind } from "../index/event-kinds";
import { isEventQuery, type EventQuery } from "./event-query";
import { milestoneAsked, reportsMilestoneHappened } from "./modality";
import { officeNamedByNone } from "./offices";
import { remedyNamedByNone } from "./trade-remedies";
import { beyondReports, numberNeverReported, ordinalAgreement, reportedNumbers, withLatest, type UnlistedEvent } from "./unlisted-event";
import { timelineOverview } from "./timeline-overview";
import { eventDay, writesUnlistedDate } from "./written-date";
import { asksOutcomeOfPlanned, plannedOnlyLabel } from "./planned-event";
import { asksAtEvent, nameAbsentFromEvent } from "./absent-name";
import { stageAgreement } from "./case-stage";
import { toldFromSyllables } from "../text/english";

/** Retrieval settings, chosen with `npm run eval` (see README, Evaluation). */
export interface RetrievalSettings {
  /** Passages returned (and numbered for citation). */
  k: number;
  /** Candidates taken from each of BM25 and the vector search before fusion. */
  candidates: number;
  /** Reciprocal-rank-fusion constant. */
  rrfK: number;
  /** Weights of the vector and BM25 rankings in the fusion (0 leaves a ranking out). */
  vectorWeight: number;
  lexicalWeight: number;
  /** Weight of concept coverage added to the fused score, in RRF units. */
  coverageWeight: number;
  /**
   * Bonus for a passage in the question's language, in RRF units per unit of its coverage (an English
   * reader gets English quotes); 0 leaves it out, as the ablations without coverage do, since it scales it.
   */
  languageWeight: number;
  /** Below this coverage by the best passage, the articles do not answer the question. */
  minCoverage: number;
}

export const DEFAULT_RETRIEVAL: RetrievalSettings = {
  k: 6,
  candidates: 40,
  rrfK: 60,
  vectorWeight: 1,
  lexicalWeight: 1,
  coverageWeight: 0.03,
  languageWeight: 0.03,
  minCoverage: 0.4,
};

/** The archive's events a question is about, or what it asked that no article reports. */
export interface EventFocus {
  /** In date order. */
  events: ArchiveEvent[];
  /** Set when the question names an event or period the archive does not report: a label of what was asked. */
  unreported: string | null;
  /** Every event is wanted, one line each. */
  timeline: boolean;
  /** What the reports give of the kind asked, when the catalog does not list that kind ("economic dialogue 3 and 4"). */
  covered?: string;
  /**
   * A timeline of a subject the catalog lists no event of ("Tóm tắt diễn biến vụ điều tra chống trợ cấp …"): one passage
   * per article that covers it, in the order of the articles' dates.
   */
  topic?: boolean;
  /** The chunk that opens a timeline as its overview, before the one line per event (`timelineOverview`). */
  overview?: string;
}

/** A retrieval with its plan, passages best first, and whether they answer the question at all. */
export interface Retrieval {
  plan: QueryPlan;
  passages: Passage[];
  /** Coverage of the question by the best passage (0–1). */
  relevance: number;
  answerable: boolean;
  /** The events asked about, when the question names any (null: not an event question). */
  focus: EventFocus | null;
}

/** Most events a timeline lists (and passages it cites, besides its overview). */
const MAX_TIMELINE = 12;
/** Chunks about the asked events added to the candidates, so a report BM25 and vectors missed can still rank. */
const FOCUS_CANDIDATES = 40;
const FOCUS_CHUNKS_PER_EVENT = 4;
/** Score penalty (RRF units) per other event a passage is about, for a question about one: a recap of every round is not the report of the one asked. */
const RECAP_PENALTY = 0.01;
/**
 * Score bonus (RRF units) for a passage that numbers an unlisted event as asked ("phiên họp thứ hai" for
 * "the second joint committee meeting"), and penalty for one that numbers it only otherwise: a soft
 * signal where the catalog cannot tell that kind apart, so ranking stays the hybrid one otherwise.
 */
const UNLISTED_ORDINAL_WEIGHT = 0.03;
/**
 * Score bonus (RRF units) for a passage that writes out the asked event's date, for a when-question: "from 20 to 23/6/2033"
 * answers it, "hôm qua" or "on Thursday" leaves the reader to work it out. As much as covering the whole question.
 */
const WRITTEN_DATE_WEIGHT = 0.03;
/**
 * Score bonus (RRF units) for a passage whose article's headline names the stage of a trade-remedy case a question asks
 * about ("kết luận sơ bộ"), and penalty for one whose headline names only another ("kết luận cuối cùng"): as for an
 * unlisted event's number, a soft signal, since the catalog does not tell a case's stages apart.
 */
const CASE_STAGE_WEIGHT = 0.03;
/** Difference in coverage of what was asked below which two passages hold the same of it (float rounding, not content). */
const ASKED_TOLERANCE = 1e-9;

/** Each place's spellings in both languages, folded (lib/text/lexicon/events.ts PLACES). */
const PLACE_SPELLINGS = new Map(PLACES.map((p) => [p.id, [...new Set([...p.vi, ...p.en].map((s) => fold(syllableText(s).trim())))]]));

/** What was asked, in an abstention on a milestone the passages speak of only as planned or possible. */
const MILESTONE_NOT_DONE = {
  en: "a signing, ratification, vote, ruling or opening that took place: the articles speak of it only as planned or possible",
  vi: "việc ký kết, phê chuẩn, bỏ phiếu, kết luận hay đi vào hoạt động đã diễn ra: các bài báo chỉ nói đến như dự kiến hoặc khả năng",
} as const;

/** What joins a name and the event it is asked at, in an abstention on someone no report of that event names: "Helen Marsh at Consultation round 3". */
const NAME_AT_EVENT = { en: "at", vi: "tại" } as const;

/** A folded phrase as the question writes it ("Đối thoại kinh tế cấp cao" for "doi thoai kinh te cap cao"), from its first word to its last. */
function asWritten(question: string, foldedPhrase: string): string {
  const tokens = tokenize(question);
  const words = foldedPhrase.split(" ");
  const start = tokens.findIndex((t) => t.folded === words[0]);
  const end = start < 0 ? -1 : tokens.findIndex((t, i) => i >= start && t.folded === words.at(-1));
  return end < 0 ? foldedPhrase : question.slice(tokens[start]!.start, tokens[end]!.end);
}

/** Passages whose searchable text is kept between questions: the same passages come back again and again. */
const SEARCHABLE_CACHE = 5_000;

export class Retriever {
  readonly stats: TermStatistics;
  /** The archive's events, when the store keeps them (the embedded index does). */
  readonly catalog: EventCatalog | null;
  private readonly haystacks = new LRUCache<string, Searchable>({ max: SEARCHABLE_CACHE });

  constructor(
    readonly store: ArchiveStore,
    private readonly embeddings: EmbeddingsInterface,
    readonly settings: RetrievalSettings = DEFAULT_RETRIEVAL,
  ) {
    this.stats = store.stats;
    this.catalog = store.events ?? null;
  }

  /** Which archive events a question asks about; null when it names no event or time (or the store keeps no events). */
  focus(q: EventQuery, language: "vi" | "en"): EventFocus | null {
    const catalog = this.catalog;
    if (!catalog || !isEventQuery(q) || catalog.events.length === 0) return null;
    const asked = (label: string): EventFocus => ({ events: [], unreported: label, timeline: false });
    // An open kind ("joint committee meeting") the catalog holds no event of: its reports are not told apart by event, so ranking stays the hybrid one.
    const openKinds = [q.kind, q.relation?.anchor.kind].filter((k): k is string => typeof k === "string" && isOpenKind(k));
    if (openKinds.some((k) => !catalog.events.some((e) => e.kind === k))) return null;
    // "Which sessions were held in August?": negotiating sessions, not the tariff news of that month.
    let pool = q.kind ? catalog.events.filter((e) => e.kind === q.kind) : q.sessions ? catalog.events.filter((e) => isSessionKind(e.kind)) : catalog.events;
    // Many reports call the negotiating rounds themselves "vòng đàm phán kỹ thuật" / "technical rounds": an archive with
    // no technical session apart from its rounds is asked about its rounds.
    if (q.kind === "technical" && pool.length === 0) pool = catalog.events.filter((e) => e.kind === "round");
    // A numbered event is named by its number: a year beside it says something else ("the 2028 work plan adopted at the second meeting").
    if (q.period && !(q.ordinal !== null && q.kind !== null)) {
      const { year, month } = q.period;
      const prefix = (e: ArchiveEvent) =>
        e.date !== null && (year === null || e.date.startsWith(String(year))) && (month === null || Number(e.date.slice(5, 7)) === month);
      pool = pool.filter(prefix);
      const label = month
        ? language === "vi"
          ? `tháng ${month}${year ? `/${year}` : ""}`
          : `${dateLabel(`${year ?? 2000}-${String(month).padStart(2, "0")}`, "en").replace(/ 2000$/, "")}`
        : String(year);
      // "thuế đối ứng" may be a topic rather than an event: only sessions and negotiations in general are held to a period.
      // Asked of no kind, a period in which the reports date some day is left to the passages: a meeting of a kind the
      // catalog does not list (a joint committee's) may have been held then.
      if (pool.length === 0) {
        if (q.kind === null && this.datesDaysIn(q.period)) return null;
        return q.kind === null || isSessionKind(q.kind) ? asked(q.kind ? `${eventLabel(q.kind, null, language)}, ${label}` : label) : null;
      }
    }
    // Events held where the question says ("the first session in Hanoi"), when any report gives that place.
    // With a relation the place is the anchor's ("ngay sau phiên kỹ thuật tại Đà Nẵng"), not the asked event's.
    let heldThere = false;
    if (q.place && !q.relation) {
      const at = pool.filter((e) => e.place === q.place);
      heldThere = at.length > 0;
      // "Vòng đàm phán nào diễn ra tại Đà Nẵng?" when only a technical session was held there: "vòng" is said of any session.
      // A ministerial session is named as such, never as a "vòng": a round held there is not one.
      const sessionsThere =
        q.kind && q.kind !== "ministerial" && isSessionKind(q.kind) ? catalog.events.filter((e) => isSessionKind(e.kind) && e.place === q.place) : [];
      if (at.length > 0) pool = at;
      else if (sessionsThere.length > 0) pool = sessionsThere;
      // "The ministerial session in Singapore" when the archive names Singapore but no report of a ministerial session
      // does: not reported. (A place the archive never names is left to the unknown-name rule.)
      else if (q.kind && pool.length > 0 && this.namesPlace(q.place, null) && !pool.some((e) => this.namesPlace(q.place!, e)))
        return asked(`${eventLabel(q.kind, q.ordinal, language)}, ${placeLabel(q.place, language)}`);
    }
    if (q.relation) {
      // Named without a number, the anchor is the latest of its kind that took place ("after the joint statement", "the
      // next round"), not one the reports only plan: the planned one is what comes after it.
      const ofKind = catalog.events.filter((e) => e.kind === q.relation!.anchor.kind);
      // Named by its place instead ("trước vòng Đà Nẵng"), it is the one of its kind held there.
      const heldThere = q.relation.anchor.ordinal === null && q.place ? ofKind.find((e) => e.place === q.place && !e.planned) : undefined;
      const anchor =
        heldThere ??
        catalog.resolve(q.relation.anchor.kind, q.relation.anchor.ordinal, null) ??
        ofKind.filter((e) => !e.planned).at(-1) ??
        ofKind.at(-1) ??
        null;
      if (!anchor) return asked(eventLabel(q.relation.anchor.kind, q.relation.anchor.ordinal, language));
      const dated = pool.filter((e) => e.date && anchor.date && e.id !== anchor.id);
      const next = q.relation.direction === "after" ? dated.filter((e) => e.date! > anchor.date!)[0] : dated.filter((e) => e.date! < anchor.date!).at(-1);
      // Nothing reported on the other side of it: the anchor's own reports are what the archive has ("dự kiến vòng tiếp theo …").
      return { events: [next ?? anchor], unreported: null, timeline: false };
    }
    if (q.ordinal !== null) {
      const numbered = pool.filter((e) => e.ordinal === q.ordinal && (q.kind !== null || e.ordinal !== null));
      // "Phiên đàm phán thứ nhất": the negotiators' first round or session, when the archive reports one, not the first consultation.
      const negotiated = q.negotiation ? numbered.filter((e) => !isOpenKind(e.kind)) : [];
      const match = negotiated.length > 0 ? negotiated : numbered;
      return match.length
        ? { events: match, unreported: null, timeline: false }
        : asked(q.kind ? eventLabel(q.kind, q.ordinal, language) : language === "vi" ? `phiên đàm phán lần thứ ${q.ordinal}` : `session ${q.ordinal}`);
    }
    if (q.superlative) {
      const held = pool.filter((e) => e.date && !e.planned);
      // "The first round that Ha Thi Lan Phuong led": of those whose own reports name her, when any does.
      const naming = q.naming ?? [];
      const named = naming.length > 0 ? held.filter((e) => naming.some((name) => this.reportsName(e, name))) : [];
      const dated = named.length > 0 ? named : held;
      const pick = q.superlative === "latest" ? dated.at(-1) : dated[0];
      return pick ? { events: [pick], unreported: null, timeline: false } : null;
    }
    if (q.kind && pool.length === 0) return null;
    // "Trong phiên họp tại Đà Nẵng …": the sessions held there, whatever their kind.
    if (q.timeline || q.period || q.kind || (q.sessions && heldThere)) return { events: pool.slice(0, MAX_TIMELINE), unreported: null, timeline: q.timeline };
    return null;
  }

  /**
   * Whether a place is named (by any of its spellings): in an event's reports, or (event null) anywhere in
   * the archive, judged by its terms as the unknown-name rule judges a name.
   */
  private namesPlace(place: string, event: ArchiveEvent | null): boolean {
    const catalog = this.catalog;
    const spellings = PLACE_SPELLINGS.get(place) ?? [];
    if (!event) return spellings.some((s) => this.knownName(s));
    if (!catalog) return true;
    const reports = new Set(event.reports);
    return catalog.chunkList.some((chunk) => reports.has(chunk.docId) && spellings.some((s) => this.haystack(chunk).folded.includes(` ${s} `)));
  }

  /** Whether a chunk about an event and no other names someone (folded): a recap of every round names everyone. */
  private reportsName(event: ArchiveEvent, name: string): boolean {
    const catalog = this.catalog;
    if (!catalog) return false;
    return (catalog.chunksOf.get(event.id) ?? []).some((i) => {
      const about = catalog.chunks[i]?.about ?? [];
      return about.length === 1 && this.haystack(catalog.chunkList[i]!).folded.includes(` ${name} `);
    });
  }

  /** Whether any sentence of the archive dates a day in a period ("ngày 12/2/2027" for February 2027). */
  private datesDaysIn(period: { year: number | null; month: number | null }): boolean {
    const catalog = this.catalog;
    if (!catalog) return true;
    const month = period.month === null ? null : String(period.month).padStart(2, "0");
    return catalog.chunks.some((c) =>
      c.sentences.some((s) =>
        s.dates.some(
          (d) => d.precision === "day" && (period.year === null || d.date.startsWith(String(period.year))) && (month === null || d.date.slice(5, 7) === month),
        ),
      ),
    );
  }

  /** Weighted BM25 query terms of a plan: each wording's syllables and bigrams, earlier turns weighed less. */
  private queryTerms(plan: QueryPlan): { term: string; boost: number }[] {
    const boosts = new Map<string, number>();
    const add = (term: string, boost: number) => boosts.set(term, Math.max(boosts.get(term) ?? 0, boost));
    for (const concept of plan.concepts) {
      const scale = conceptScale(concept);
      for (const alt of concept.alternates) {
        // An English question's short inflection ("met" of "meet") would find "mệt" in Vietnamese reports; coverage finds it in English ones.
        if (concept.inflections?.includes(alt) && !toldFromSyllables(alt)) continue;
        const syllables = fold(alt).split(" ");
        for (const s of syllables) add(s, 0.6 * scale);
        for (const b of bigrams(syllables)) add(b, 1 * scale);
      }
    }
    return [...boosts].map(([term, boost]) => ({ term, boost }));
  }

  /** A chunk's text prepared for phrase look-ups, from the cache when it was a candidate lately. */
  private haystack(chunk: Chunk): Searchable {
    let haystack = this.haystacks.get(chunk.id);
    if (!haystack) {
      haystack = searchable(chunk.text);
      this.haystacks.set(chunk.id, haystack);
    }
    return haystack;
  }

  async vectorSearch(text: string, limit: number): Promise<Chunk[]> {
    const vector = await this.embeddings.embedQuery(text);
    return (await this.store.nearest(vector, limit)).map((hit) => hit.chunk);
  }

  async lexicalSearch(plan: QueryPlan, limit: number): Promise<Chunk[]> {
    return this.store.keywordSearch(this.queryTerms(plan), limit);
  }

  /**
   * 0 for a chunk about an asked event, 1 for one that only refers to it, 3 for one about another
   * event of the same kind (or, for a period, any event outside it), 2 otherwise: a passage about
   * another round ranks below every passage about the asked one.
   */
  private tier(chunk: Chunk, focus: EventFocus | null, byPeriod: boolean): number {
    const catalog = this.catalog;
    if (!focus || focus.events.length === 0 || !catalog) return 2;
    const events = catalog.chunks[catalog.chunkIndexOf(chunk.id) ?? -1];
    const asked = (id: string) => focus.events.some((e) => e.id === id);
    // An article written before the event began only announces it ("hai Bộ trưởng thống nhất tổ chức vòng sáu vào tháng 2"): it refers to it.
    const written = catalog.writtenOn(chunk.docId);
    const reports = (id: string) => {
      const date = catalog.byId.get(id)?.date;
      return !date || !written || written.slice(0, date.length) >= date.slice(0, written.length);
    };
    if (events?.about.some((id) => asked(id) && reports(id))) return 0;
    if (events?.about.some(asked)) return 1;
    if (events?.refers.some(asked)) return 1;
    const kinds = new Set(focus.events.map((e) => e.kind));
    return events?.about.some((id) => byPeriod || kinds.has(catalog.byId.get(id)!.kind)) ? 3 : 2;
  }

  /**
   * Whether a chunk numbers an unlisted event as asked (lib/retrieve/unlisted-event.ts): its article's
   * title decides when it numbers that head (a report of the second meeting that announces the third
   * is no report of the third), else the chunk's own text.
   */
  private unlistedAgreement(chunk: Chunk, asked: UnlistedEvent): number {
    const title = this.catalog?.documents.get(chunk.docId)?.title ?? "";
    return ordinalAgreement(title, asked) || ordinalAgreement(chunk.text, asked);
  }

  /**
   * An unlisted event the candidates do not report: numbered past every one they give its head ("the fourth
   * joint committee meeting" of three), or with a number none of them gives it ("the second economic dialogue"
   * of the third and fourth). Null when reported; else what was asked and what the reports number, as EventFocus says them.
   */
  private unlistedUnreported(plan: QueryPlan, ranked: { chunk: Chunk }[]): EventFocus | null {
    const asked = plan.events.unlisted;
    if (!asked || asked.ordinal === null) return null;
    const reports = ranked.map(({ chunk }) => ({ title: this.catalog?.documents.get(chunk.docId)?.title ?? "", text: chunk.text }));
    if (!beyondReports(asked, reports) && !numberNeverReported(asked, reports)) return null;
    const kind = asWritten(plan.question, asked.kind);
    const and = plan.language === "vi" ? "và" : "and";
    // What the reports number of that kind itself: a "meeting" head also numbers other sessions.
    const ofKind = reports.filter((r) => searchable(`${r.title}\n${r.text}`).folded.includes(` ${asked.kind} `));
    const numbers = reportedNumbers(asked, ofKind).map(String);
    const list = numbers.length <= 1 ? numbers.join("") : `${numbers.slice(0, -1).join(", ")} ${and} ${numbers.at(-1)}`;
    return { events: [], unreported: `${kind} ${asked.ordinal}`, timeline: false, ...(list ? { covered: `${kind} ${list}` } : {}) };
  }

  /**
   * For a when-question about one event (of the catalog, or of a kind it does not list), how a chunk gives that event's
   * day: written out, or only relative to its article's date ("on Thursday"); for any other question, null (no reader).
   */
  private askedDate(plan: QueryPlan, focus: EventFocus | null): ((chunk: Chunk) => ReturnType<typeof eventDay>) | null {
    const catalog = this.catalog;
    if (plan.expects !== "date" || !catalog || focus?.timeline) return null;
    const written = (chunk: Chunk) => catalog.writtenOn(chunk.docId);
    const events = focus?.events ?? [];
    if (events.length === 1) return (chunk) => eventDay(chunk.text, written(chunk), events);
    const unlisted = plan.events.unlisted;
    if (!focus && unlisted && unlisted.ordinal !== null) return (chunk) => (writesUnlistedDate(chunk.text, written(chunk), unlisted) ? "written" : null);
    return null;
  }

  /**
   * Candidates with, for a when-question about one event, whether each writes out its date (`writesDate`) and gives a day of
   * it in any form (`givesDay`). `askedWeights`: the question's concepts' weights without the words that frame the event.
   */
  private withAskedDate<T extends { chunk: Chunk; tier: number }>(
    plan: QueryPlan,
    focus: EventFocus | null,
    candidates: T[],
    askedWeights: number[],
  ): (T & { writesDate: boolean; givesDay: boolean })[] {
    const dayIn = this.askedDate(plan, focus);
    if (!dayIn) return candidates.map((e) => ({ ...e, writesDate: false, givesDay: false }));
    // The date of the event itself is asked only where a passage holds as much of the rest of the question as any of its tier:
    // "when did the delegation meet the Commerce Department after round 2?" asks another day than the round's.
    // The words that say a date is asked ("thời gian" of "vào thời gian nào") are not the rest of the question.
    const cue = answerCueConcepts(plan);
    const restWeights = askedWeights.map((w, i) => (cue[i] ? 0 : w));
    const rest = new Map(candidates.map((e) => [e.chunk.id, coverage(this.haystack(e.chunk), plan.concepts, restWeights)]));
    const bestRest = new Map<number, number>();
    for (const e of candidates) bestRest.set(e.tier, Math.max(bestRest.get(e.tier) ?? 0, rest.get(e.chunk.id)!));
    return candidates.map((e) => {
      const day = dayIn(e.chunk);
      return { ...e, writesDate: day === "written" && rest.get(e.chunk.id)! >= bestRest.get(e.tier)! - ASKED_TOLERANCE, givesDay: day !== null };
    });
  }

  /** How many events besides the asked ones a chunk is about. */
  private otherEvents(chunk: Chunk, focus: EventFocus): number {
    const about = this.catalog?.chunks[this.catalog.chunkIndexOf(chunk.id) ?? -1]?.about ?? [];
    return about.filter((id) => !focus.events.some((e) => e.id === id)).length;
  }

  /** Retrieve passages for a question; `history` holds the user's earlier questions, oldest first. */
  async retrieve(question: string, history: string[] = []): Promise<Retrieval> {
    const plan = analyzeQuery(question, history);
    let focus = this.focus(plan.events, plan.language);
    const { candidates, rrfK, k, coverageWeight, languageWeight, minCoverage, vectorWeight, lexicalWeight } = this.settings;
    if (focus?.unreported) return { plan, passages: [], relevance: 0, answerable: false, focus };
    // "What was agreed at the sixth round?" when the reports only announce it: its outcome is not reported.
    if (focus && asksOutcomeOfPlanned(plan, focus.events))
      return { plan, passages: [], relevance: 0, answerable: false, focus: { ...focus, unreported: plannedOnlyLabel(focus.events, plan.language) } };
    const queryVector = vectorWeight > 0 ? await this.embeddings.embedQuery(plan.vectorText) : null;
    const { vector, lexical } = await this.store.candidates(queryVector, lexicalWeight > 0 ? this.queryTerms(plan) : [], candidates);
    const weights = plan.concepts.map((c) => conceptWeight(c, this.stats));
    const catalog = this.catalog;
    // What the reader's-language preference compares: what was asked of the event, not the words that frame it
    // (its kind, number, side, "held"), which every report of it holds in its own language's way.
    // A country's name is one of those words here: each report names it in its own language's way.
    const frame = eventFrame(plan.events);
    const framing = plan.concepts.map((c) => framesEvent(c, frame, { sidesFramed: true }));
    const askedWeights = weights.map((w, i) => (framing[i] ? 0 : w));
    const fused = new Map<string, { chunk: Chunk; score: number; coverage: number; asked: number }>();
    const addRanks = (list: Chunk[], weight: number) =>
      list.forEach((chunk, rank) => {
        const haystack = this.haystack(chunk);
        const entry = fused.get(chunk.id) ?? {
          chunk,
          score: 0,
          coverage: coverage(haystack, plan.concepts, weights),
          asked: coverage(haystack, plan.concepts, askedWeights),
        };
        entry.score += weight / (rrfK + rank + 1);
        fused.set(chunk.id, entry);
      });
    addRanks(vector, vectorWeight);
    addRanks(lexical, lexicalWeight);
    if (focus && focus.events.length > 0 && catalog) {
      // Chunks about that event alone first: a report of a neighbouring event that mentions it is no report of it.
      const extra = focus.events.flatMap((e) => catalog.focusChunks(e.id).slice(0, FOCUS_CHUNKS_PER_EVENT)).slice(0, FOCUS_CANDIDATES);
      addRanks(
        extra.map((i) => catalog.chunkList[i]!).filter((c) => !fused.has(c.id)),
        0,
      );
    }
    const byPeriod = plan.events.period !== null;
    const language = plan.language;
    // The reader's language is preferred only where it misses no name or number of the question that
    // a report in the other language has: an English report that never names the Textile Association
    // does not answer what the Textile Association said.
    // The asked event's own number is not one of them: every report of the event has it, in its own words or none.
    const specific = plan.concepts.filter((c, i) => !c.fromHistory && isSpecific(c) && !framing[i]);
    // Which of them each candidate names, worked out once per candidate (this runs for every question).
    const heldBy = new Map([...fused.values()].map((e) => [e.chunk.id, new Set(specific.filter((c) => mentions(this.haystack(e.chunk), c)))]));
    const langOf = (e: { chunk: Chunk }) => catalog?.documents.get(e.chunk.docId)?.lang ?? null;
    const elsewhere = new Set([...fused.values()].filter((e) => langOf(e) !== language).flatMap((e) => [...heldBy.get(e.chunk.id)!]));
    const tiered = this.withAskedDate(
      plan,
      focus,
      [...fused.values()].map((e) => ({ ...e, tier: this.tier(e.chunk, focus, byPeriod) })),
      askedWeights,
    );
    // The reader's language only chooses between passages that hold as much of what was asked: a report in the other
    // language of the same tier (the asked event's reports, say) that holds more of it is not outranked for its language.
    const bestElsewhere = new Map<number, number>();
    for (const e of tiered) if (langOf(e) !== language) bestElsewhere.set(e.tier, Math.max(bestElsewhere.get(e.tier) ?? 0, e.asked));
    // The asked date is what a when-question asks: a report in the other language that writes it out holds more of it than
    // one in the reader's that gives no day of the event ("tuần trước" is a week).
    const dateElsewhere = new Set(tiered.filter((e) => langOf(e) !== language && e.writesDate).map((e) => e.tier));
    const keepsLanguage = (e: (typeof tiered)[number]) =>
      langOf(e) === language &&
      [...elsewhere].every((c) => heldBy.get(e.chunk.id)!.has(c)) &&
      e.asked >= (bestElsewhere.get(e.tier) ?? 0) - ASKED_TOLERANCE &&
      (e.givesDay || !dateElsewhere.has(e.tier));
    // "The latest joint committee meeting": the highest number the candidates report.
    const unlisted = plan.events.unlisted
      ? withLatest(
          plan.events.unlisted,
          tiered.map(({ chunk }) => ({ title: catalog?.documents.get(chunk.docId)?.title ?? "", text: chunk.text })),
        )
      : null;
    // A case stage is read from the article's headline: once per article, not once per passage of it.
    const stageByDoc = new Map<string, number>();
    const stageScore = (docId: string, stage: NonNullable<typeof plan.stage>): number => {
      let agreement = stageByDoc.get(docId);
      if (agreement === undefined) {
        agreement = stageAgreement(catalog?.documents.get(docId)?.title ?? "", stage);
        stageByDoc.set(docId, agreement);
      }
      return agreement;
    };
    const ranked = tiered
      .map((e) => ({
        ...e,
        score:
          e.score +
          coverageWeight * e.coverage +
          // In proportion to how much of the question it covers: an English report that says nothing of it gains nothing.
          (keepsLanguage(e) ? languageWeight * e.coverage : 0) -
          (focus && focus.events.length === 1 ? RECAP_PENALTY * this.otherEvents(e.chunk, focus) : 0) +
          (unlisted ? UNLISTED_ORDINAL_WEIGHT * this.unlistedAgreement(e.chunk, unlisted) : 0) +
          (e.writesDate ? WRITTEN_DATE_WEIGHT : 0) +
          (plan.stage ? CASE_STAGE_WEIGHT * stageScore(e.chunk.docId, plan.stage) : 0),
      }))
      .sort((a, b) => a.tier - b.tier || b.score - a.score);
    // A timeline of a subject no catalog event is about: its own reports, by date, not every event of the archive.
    const topic = focus?.timeline && plan.events.kind === null && !plan.events.sessions ? this.topicPassages(ranked) : null;
    if (topic) focus = { events: [], unreported: null, timeline: true, topic: true };
    const timeline = !topic && focus?.timeline ? this.timelinePassages(focus, ranked, language) : null;
    if (focus && timeline?.overview) focus = { ...focus, overview: timeline.overview.chunk.id };
    const chosen = topic ?? timeline?.passages ?? ranked.slice(0, k);
    const passages: Passage[] = chosen.map((e, i) => ({ rank: i + 1, chunk: e.chunk, score: Number(e.score.toFixed(5)) }));
    const relevance = Math.max(0, ...chosen.slice(0, 3).map((e) => e.coverage));
    // A question that names something the articles never mention is not about them.
    const unknownName = plan.concepts.some(
      (c) => c.name && !c.fromHistory && !c.alternates.some((a) => (c.multiWord || a.includes(" ") ? this.knownName(a) : this.stats.known(fold(a)))),
    );
    // A question about events the archive reports is answered from their reports even when its other words are few.
    const onFocus = focus !== null && focus.events.length > 0 && (chosen[0]?.tier ?? 2) <= 1;
    const unlistedMissing = this.unlistedUnreported(plan, ranked);
    // "On what date was the agreement signed?" over reports that it "could be signed" or "dự kiến ký", or of a decree
    // signed: the agreement's signing is not reported as done.
    const milestone = milestoneAsked(question);
    const notDone =
      passages.length > 0 && milestone && !passages.some((p) => reportsMilestoneHappened(p.chunk.text, milestone))
        ? { events: [], unreported: MILESTONE_NOT_DONE[plan.language], timeline: false }
        : null;
    // "What has the Prime Minister said …?" over passages that never name that office: they quote someone else.
    const officeUnnamed = officeNamedByNone(
      plan.concepts.filter((_, i) => !framing[i]),
      chosen.map((e) => this.haystack(e.chunk)),
    );
    // "Thuế chống bán phá giá … bao nhiêu?" over passages of a countervailing-duty case: another case.
    const remedyUnnamed = remedyNamedByNone(
      question,
      chosen.map((e) => this.haystack(e.chunk)),
    );
    // "What did Helen Marsh say at the Can Tho consultation?" when no report of it names her: she is reported elsewhere.
    const absent = !unknownName && focus ? this.absentFromEvents(plan, framing, focus) : null;
    const answerable =
      passages.length > 0 &&
      !unknownName &&
      !officeUnnamed &&
      !remedyUnnamed &&
      !unlistedMissing &&
      !notDone &&
      !absent &&
      (relevance >= minCoverage || onFocus);
    return { plan, passages, relevance, answerable, focus: unlistedMissing ?? notDone ?? absent ?? focus };
  }

  /**
   * A name the question places at the events it asks about (one or a few, not a timeline) that none of their reports
   * names, as an unreported focus ("Helen Marsh at Consultation round 3"); null when each name is there.
   */
  private absentFromEvents(plan: QueryPlan, framing: boolean[], focus: EventFocus): EventFocus | null {
    const catalog = this.catalog;
    if (!catalog || focus.timeline || focus.events.length === 0 || !asksAtEvent(plan.question)) return null;
    const texts = this.eventReportChunks(focus.events).map((c) => this.haystack(c));
    const name = nameAbsentFromEvent(plan.question, plan.concepts, framing, texts);
    if (!name) return null;
    const events = focus.events.map((e) => eventLabel(e.kind, e.ordinal, plan.language)).join(", ");
    return { events: [], unreported: `${asWritten(plan.question, fold(name.label))} ${NAME_AT_EVENT[plan.language]} ${events}`, timeline: false };
  }

  /**
   * The chunks that report the events: every chunk of an article mostly about one of them ("who led the Americans as she
   * did at the first consultation" is still the Honolulu report's), and of an article mostly about others (a year's
   * recap) only its chunks about them.
   */
  private eventReportChunks(events: readonly ArchiveEvent[]): Chunk[] {
    const catalog = this.catalog;
    if (!catalog) return [];
    const asked = new Set(events.map((e) => e.id));
    const reports = new Set(events.flatMap((e) => e.reports));
    // push, not spread: an article's list would otherwise be copied at each of its chunks, for every question that places a name at an event.
    const ofReport = new Map<string, number[]>();
    catalog.chunkList.forEach((c, i) => {
      if (!reports.has(c.docId)) return;
      const positions = ofReport.get(c.docId);
      if (positions) positions.push(i);
      else ofReport.set(c.docId, [i]);
    });
    const isAbout = (i: number) => catalog.chunks[i]?.about.some((id) => asked.has(id)) ?? false;
    const aboutOthers = (i: number) => (catalog.chunks[i]?.about.length ?? 0) > 0 && !isAbout(i);
    return [...ofReport.values()].flatMap((positions) => {
      const mostly = positions.filter(isAbout).length >= positions.filter(aboutOthers).length;
      return (mostly ? positions : positions.filter(isAbout)).map((i) => catalog.chunkList[i]!);
    });
  }

  /** Whether the archive has a name: every syllable, and for a name of several words every pair of neighbours. */
  private knownName(phrase: string): boolean {
    const folded = fold(phrase);
    if (!this.stats.known(folded)) return false;
    const syllables = folded.split(" ");
    const has = this.store.hasTerm?.bind(this.store);
    return has ? bigrams(syllables).every((b) => has(b)) : true;
  }

  /**
   * The passages of a timeline's subject when no event of the catalog is what the question asks about: the articles
   * whose passages cover most of what was asked (its words other than the events') are mostly about no event, and so
   * is the subject. Mostly, not the first of them: a recap of the talks that sums the case up in a sentence holds as much
   * of it as the case's own reports, and is about its round. One passage per article among those covering at least
   * minCoverage of it, in the order of the articles' dates; null otherwise.
   */
  private topicPassages<T extends { chunk: Chunk; asked: number }>(ranked: T[]): T[] | null {
    const catalog = this.catalog;
    if (!catalog) return null;
    const byAsked = [...ranked].sort((a, b) => b.asked - a.asked);
    const best = byAsked[0];
    if (!best || best.asked < this.settings.minCoverage) return null;
    const perArticle = new Map<string, T>();
    for (const e of byAsked) if (e.asked >= this.settings.minCoverage && !perArticle.has(e.chunk.docId)) perArticle.set(e.chunk.docId, e);
    const aboutNone = (e: T) => (catalog.chunks[catalog.chunkIndexOf(e.chunk.id) ?? -1]?.about.length ?? 0) === 0;
    const holdMost = [...perArticle.values()].filter((e) => e.asked >= best.asked - ASKED_TOLERANCE);
    if (holdMost.filter(aboutNone).length * 2 <= holdMost.length) return null;
    const dated = (e: T) => catalog.writtenOn(e.chunk.docId) ?? "";
    return [...perArticle.values()].sort((a, b) => dated(a).localeCompare(dated(b))).slice(0, MAX_TIMELINE);
  }

  /**
   * One passage per asked event, in date order: its best-ranked report, in the question's language when there is one;
   * before them, the passage that sums the whole timeline up, when an article spans it (`timelineOverview`).
   */
  private timelinePassages<T extends { chunk: Chunk; score: number; coverage: number; tier: number }>(
    focus: EventFocus,
    ranked: T[],
    language: "vi" | "en",
  ): { passages: T[]; overview: T | null } {
    const out: T[] = [];
    const catalog = this.catalog;
    if (!catalog) return { passages: out, overview: null };
    const events = focus.events.slice(0, MAX_TIMELINE);
    const overview = timelineOverview(events, ranked, catalog, language);
    for (const event of events) {
      const about = new Set((catalog.chunksOf.get(event.id) ?? []).map((i) => catalog.chunkList[i]!.id));
      const reports = ranked.filter((e) => about.has(e.chunk.id) && !out.includes(e) && e !== overview);
      // The report that states the event (its lead, with the date) in the reader's language, else any.
      const states = (e: T) =>
        catalog.chunks[catalog.chunkIndexOf(e.chunk.id)!]!.sentences.some(
          (s) =>
            s.dates.length > 0 &&
            s.events.some((m) => !m.reference && m.kind === event.kind && (event.ordinal === null || m.ordinal === event.ordinal || m.ordinal === null)),
        );
      const lang = (e: T) => catalog.documents.get(e.chunk.docId)?.lang === language;
      // A report of another listed event that mentions this one ("ngay sau phiên cấp Bộ trưởng …") is that event's line, not this one's.
      const asked = new Set(focus.events.map((e) => e.id));
      const own = (e: T) => !catalog.chunks[catalog.chunkIndexOf(e.chunk.id)!]!.about.some((id) => id !== event.id && asked.has(id));
      const best =
        reports.find((e) => own(e) && lang(e) && states(e)) ??
        reports.find((e) => own(e) && states(e)) ??
        reports.find((e) => own(e) && lang(e)) ??
        reports.find(own) ??
        reports.find((e) => lang(e) && states(e)) ??
        reports.find(states) ??
        reports.find(lang) ??
        reports[0];
      if (best) out.push(best);
    }
    return { passages: overview ? [overview, ...out] : out, overview };
  }
}
