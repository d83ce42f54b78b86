/**
 * The offline answerer: picks the passage sentences that answer the question, orders them by the
 * date of the event they report, labels each with that event, and cites each; a timeline question
 * gets one dated line per event.
 */
import { conceptWeight, coverage, mentions, searchable, type Searchable, type TermStatistics } from "../retrieve/coverage";
import { answerCueConcepts, isSpecific, namesSide, type AnswerType, type QueryPlan } from "../retrieve/query";
import { eventFrame, framesEvent } from "../retrieve/event-frame";
import type { Retrieval } from "../retrieve/retriever";
import type { Citation, Passage, SourceDocument } from "../types";
import { articleDate, dateLabel, eventLabel, placeLabel, type ArchiveEvent, type ChunkEvents, type EventCatalog } from "../index/event-catalog";
import { eventDay, writesUnlistedDate } from "../retrieve/written-date";
import type { DateMention } from "../text/event-dates";
import { speaksOfPlan } from "../retrieve/modality";
import { peopleIn, type PersonMention } from "../index/events";
import { passageSentences, passageSentenceTexts, quoteCitation, spanText } from "./citations";
import { NOT_PERSON_NAME_STARTS, NOT_PERSON_NAME_WORDS_EN, PLACE_PREFIXES, TITLES_BEFORE_NAME } from "../text/lexicon/person-titles";
import { REASON_WORDS } from "../text/lexicon/reasons";
import { SPEECH_VERBS_BEFORE_SPEAKER } from "../text/lexicon/speech";
import { TIMELINE_TEXT } from "./answer-text";
import { setCopiesAside } from "./copies";
import { asksWhatWasSaid, namesAskedSpeaker, reportsSpeech } from "./speech";
import { contentConcepts } from "./framing";
import { namedPeople, namesGiven } from "./named-people";
import { headlineSentence } from "./headline-sentence";

/** What the answerer reads besides the retrieval: term statistics, the archive's events, the articles. */
export interface AnswerSources {
  stats: TermStatistics;
  catalog?: EventCatalog;
  documents?: ReadonlyMap<string, SourceDocument>;
}

/** Passages sentences are drawn from, best first. */
const SOURCE_PASSAGES = 3;
const MAX_SENTENCES = 3;
/** A further sentence must score at least this share of the best one. */
const RELATIVE_FLOOR = 0.5;
/** What a sentence's score adds to its coverage of the question, in one place: the weights of one formula. */
const SENTENCE_BONUS = {
  /** It holds the kind of fact the question asks for. */
  answerType: 0.25,
  /** It names a person on the side a who-question asks about (negated, a penalty: people of the other side only). */
  side: 0.35,
  /** It names someone in the role a who-question asks about ("Who is the US Trade Representative?"), not a deputy or assistant of it. */
  role: 0.35,
  /** It states the asked event with the fact a when/where question wants: "vòng 2 diễn ra từ ngày 9 đến 11/6 tại Hà Nội". */
  stated: 0.25,
  /** Taken off per other numbered event of the asked kind it names: a recap of every round is not the report of the one asked. */
  recapPenalty: 0.15,
  /** It quotes someone, or says what they said ("cho biết"), and the question asks what was said. */
  speech: 0.5,
  /** Besides, it names the speaker the question asks about ("… Ashworth said"). */
  speaker: 0.25,
  /**
   * A who-question's, times the share of the names the question gives ("the QR payments consultation") that its passage holds:
   * the sentence naming someone ("Phía Mỹ do bà … dẫn đầu") seldom repeats what the question names, the sentences around it do.
   */
  whoContext: 0.25,
  /** It is in the question's language when the sources have any: an English reader gets English quotes. */
  language: 0.5,
  /**
   * It speaks of a plan, a possibility or what is still to come, and so does the question ("When is the agreement expected
   * to be signed?" → "Lễ ký chính thức dự kiến diễn ra vào tháng 11/2040", not "Thủ tướng vừa ký quyết định …").
   */
  plan: 0.25,
} as const;
/**
 * The language bonus is not given to a sentence whose passage lacks words of the question that a sentence in the other language
 * holds, more than this share of the question's weight: the reader's-language report then only
 * names the same event, the other one says what was asked ("lộ trình 5 năm" for "what transition
 * period …"). Chosen by `npm run eval` on the archives (0.1: one side word or a weak verb is noise).
 */
const LANGUAGE_TIE = 0.1;
/** The sentence right after the best one joins it when it shares this much of the question (it often completes it). */
const CONTINUATION_COVERAGE = 0.2;

/** A date written out: "23/6", "ngày 10", "tháng 6", "2033", "June 20". */
const WRITTEN_DATE =
  /\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}-\d{1,2}\/\d{1,2}\b|(ngày|tháng|năm)\s+\d{1,4}|\b(19|20)\d{2}\b|đầu tháng|cuối tháng|giữa tháng|\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b/iu;
/** A date said relative to the article's: "hôm qua", "yesterday", "on Thursday". */
const RELATIVE_DATE = /hôm qua|hôm nay|\b(yesterday|last week|on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/iu;

/** Capitalised words of a run read for a body's or a place's word ("Coalition for Fair Magnet Wire Trade": Fair, Magnet, Wire, Trade). */
const MAX_NAME_RUN = 5;

/** Patterns of each kind of fact in Vietnamese news text. */
const ANSWER_PATTERNS: Record<AnswerType, RegExp> = {
  date: new RegExp(`${WRITTEN_DATE.source}|${RELATIVE_DATE.source}`, "iu"),
  place: /(?<!\p{L})([Tt]ại|[Ởở])\s+([Tt]hủ đô\s+|thành phố\s+)?\p{Lu}|trụ sở|\b(in|at)\s+(the\s+)?\p{Lu}\p{Ll}+/u,
  // A figure with a unit, or a count ("27 Vietnamese products", "9 trên 15 chương"): any number that is not a day, a month or a year.
  quantity:
    /\d[\d.,]*\s*(%|tỷ|triệu|nghìn|USD|đồng|billion|million|percent)|\bthứ\s+\d|(?<![\d/.,-]|(?:ngày|tháng|năm|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s)\b(?!(?:19|20)\d\d\b)\d[\d.,]*\b(?![/\-–]\d|,\s*(?:19|20)\d\d)/iu,
  // A title before a capitalised word, or three capitalised words in a row ("Karen Lee Whitfield") none of which is a body's
  // or a place's word.
  person: new RegExp(
    `(?<!\\p{L})(${TITLES_BEFORE_NAME.join("|")})\\.?\\s+\\p{Lu}|(?<!(?:${PLACE_PREFIXES.map((p) => p.replace(".", "\\.")).join("|")})\\s)(?<!\\p{L})(?!(?:${NOT_PERSON_NAME_STARTS.join("|")})\\s)(?!(?:\\p{Lu}\\p{Ll}+\\s+){0,${MAX_NAME_RUN - 1}}(?:${NOT_PERSON_NAME_WORDS_EN.join("|")})(?!\\p{L}))\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+`,
    "u",
  ),
  // An enumeration: two short items in a row between separators ("are general provisions, transparency, technical cooperation, …",
  // "four working groups: plant health; animal health; …"); a decimal comma ("2,97%") has no space after it.
  list: /[,;:]\s+(?:\p{L}[^,;:.]{0,39}[,;]\s+){2,}/u,
  // A word that gives a reason or a purpose ("vì", "nhờ", "because", "led it to"), not inside another word.
  reason: new RegExp(`(?<!\\p{L})(${REASON_WORDS.join("|")})(?!\\p{L})`, "iu"),
};

/**
 * A speaker's name after the verb of speech ("…," said Andrea Pulaski, a partner at …): someone quoted, the answer to "Which
 * lawyer called …?" but not to who led a side or held a role, which a title or a role word says.
 */
const SPEAKER_NAMED = new RegExp(`\\b(${SPEECH_VERBS_BEFORE_SPEAKER.join("|")})\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+`, "u");

/** A sentence of a passage as quoted: its exact span of the article and its text. */
interface Quote {
  passage: Passage;
  start: number;
  end: number;
  text: string;
}

interface Candidate extends Quote {
  coverage: number;
  /** It holds the kind of fact the question asks for (SENTENCE_BONUS.answerType). */
  holds: boolean;
  score: number;
  /** It states the asked event with the date or place a when/where question wants (SENTENCE_BONUS.stated). */
  stated: boolean;
  /** A when-question's: it writes out the asked event's date ("The round ran from June 20-23", "từ 20 đến 23/6/2033"). */
  writesDate: boolean;
  /** A when-question's: it gives a day of the asked event, written out or relative to its article ("ended on Thursday"). */
  givesDay: boolean;
  /** Its syllables as coverage reads them (`searchable`), read once for every look-up of the question's words in it. */
  words: Searchable;
}

export interface ExtractiveAnswer {
  /** Sentences with their [n] markers, grouped by article. */
  body: string;
  citations: Citation[];
}

/** +1 when a sentence names someone on the asked side, -1 when it names people of the other side only, else 0. */
function sideMatch(people: readonly PersonMention[], side: "vn" | "us", catalog: EventCatalog | undefined): number {
  if (people.length === 0) return 0;
  const sides = people.map((p) => catalog?.sideOf(p.name) ?? p.side);
  if (sides.includes(side)) return 1;
  return sides.every((s) => s !== null && s !== side) ? -1 : 0;
}

/** Choose and order the answering sentences of the best passages. */
export function extractAnswer(retrieval: Retrieval, sources: AnswerSources | TermStatistics): ExtractiveAnswer {
  const { stats, catalog, documents } = "stats" in sources ? sources : { stats: sources, catalog: undefined, documents: undefined };
  if (retrieval.focus?.timeline && catalog) return timelineAnswer(retrieval, catalog, documents);
  const { plan } = retrieval;
  const side = plan.expects === "person" ? plan.events.side : null;
  const named = plan.expects === "person" ? namedPeople(plan) : null;
  const role = named?.role ?? null;
  const langOf = (p: Passage) => documents?.get(p.chunk.docId)?.lang ?? "vi";
  const writtenOn = (p: Passage) => {
    const doc = documents?.get(p.chunk.docId) ?? catalog?.documents.get(p.chunk.docId);
    return doc ? articleDate(doc) : null;
  };
  const seen = new Set<string>();
  let spans: Quote[] = [];
  for (const passage of retrieval.passages.slice(0, SOURCE_PASSAGES)) {
    for (const span of passageSentences(passage)) {
      const key = `${passage.chunk.docId}:${span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans.push({ passage, ...span, text: spanText(passage, span) });
    }
  }
  // A question about one event is answered from that event's reports when any is among the sources.
  // A report of it first: an earlier article that only announces or mentions it answers only when no report is among the sources.
  const asked = catalog ? (retrieval.focus?.events ?? []) : [];
  const focusIds = new Set(asked.map((e) => e.id));
  const reports = (p: Passage) => catalog !== undefined && chunkAbout(p, catalog).some((id) => focusIds.has(id));
  const onFocus = (p: Passage) => asked.some((e) => e.id === passageEvent(p, retrieval, catalog!)?.id);
  const ofAsked = spans.some((s) => reports(s.passage)) ? reports : spans.some((s) => asked.length > 0 && onFocus(s.passage)) ? onFocus : null;
  if (ofAsked) spans = spans.filter((s) => ofAsked(s.passage));
  // Among the reports of the asked event, the words that only name it are in all of them: the rest of
  // the question decides which sentence answers, and which language's report says it. They stay in
  // the whole a coverage is a share of, so the one word left of a question does not count as all of it.
  // A when/where question keeps them in its coverage: the sentence stating the event with its date
  // or place answers it, and its words are the event's (SENTENCE_BONUS.stated).
  const content = ofAsked ? contentConcepts(plan, asked) : plan.concepts.map(() => true);
  const allWeights = plan.concepts.map((c) => conceptWeight(c, stats));
  const weights = allWeights.map((w, i) => (content[i] ? w : 0));
  const scored = plan.expects === "date" || plan.expects === "place" ? allWeights : weights;
  const whole = allWeights.reduce((sum, w) => sum + w, 0);
  const scoredShare = whole === 0 ? 0 : scored.reduce((sum, w) => sum + w, 0) / whole;
  // The names a who-question gives besides a person's (whole names written as names: "Phan Đức Thịnh"), such as "QR", "ITC".
  const givenNames = named ? plan.concepts.filter((c, i) => content[i] && !c.fromHistory && !c.multiWord && isSpecific(c)) : [];
  // A passage's syllables, read once: its sentences look names up in the whole passage (here and for the language bonus).
  const passageWordsRead = new Map<Passage, Searchable>();
  const passageWords = (p: Passage): Searchable => {
    const read = passageWordsRead.get(p);
    if (read) return read;
    const words = searchable(p.chunk.text);
    passageWordsRead.set(p, words);
    return words;
  };
  const namesHeld = new Map<Passage, number>();
  const givenNamesHeld = (p: Passage) => {
    if (givenNames.length === 0) return 0;
    if (!namesHeld.has(p)) {
      const text = passageWords(p);
      namesHeld.set(p, givenNames.filter((c) => mentions(text, c)).length / givenNames.length);
    }
    return namesHeld.get(p)!;
  };
  const asksPlan = speaksOfPlan(plan.question);
  const candidates: Candidate[] = spans.map(({ passage, start, end, text }) => {
    const span = { start, end };
    // Earlier passages win ties; a follow-up's own words count double through the weights.
    const lang = langOf(passage);
    // A who-question's answer is someone it does not name itself: the people it names count for nothing.
    const inSentence = named ? peopleIn(text, lang) : [];
    const people = named ? inSentence.filter((p) => !named.names(p)) : [];
    // The sentence without the people the question names or sets aside: what is left says whether it names someone else.
    const unnamed = named
      ? named.withoutNamed(
          text,
          inSentence.filter((p) => named.names(p)),
        )
      : text;
    const speakerNamed = named !== null && side === null && role === null && SPEAKER_NAMED.test(unnamed);
    const typed = plan.expects && (people.length > 0 || speakerNamed || ANSWER_PATTERNS[plan.expects].test(unnamed)) ? SENTENCE_BONUS.answerType : 0;
    const words = searchable(text);
    const covered = coverage(words, plan.concepts, scored) * scoredShare;
    const sided = side ? SENTENCE_BONUS.side * sideMatch(people, side, catalog) : 0;
    const roled = role && people.some((p) => p.role === role) ? SENTENCE_BONUS.role : 0;
    const written = writtenOn(passage);
    // A sentence of the asked event's report that writes out its date states it, whether or not it names it again ("The round ran from June 20-23").
    const day = plan.expects === "date" && asked.length === 1 ? eventDay(text, written, asked) : null;
    const writesDate = day === "written";
    const stated = statesAsked(passage, { start, end, text }, written, plan.expects, retrieval, catalog) || (writesDate && reports(passage));
    const recap = SENTENCE_BONUS.recapPenalty * otherEventsNamed(passage, span, retrieval, catalog);
    const context = plan.expects === "person" ? SENTENCE_BONUS.whoContext * givenNamesHeld(passage) : 0;
    const planned = asksPlan && speaksOfPlan(text) ? SENTENCE_BONUS.plan : 0;
    const score = covered + typed + sided + roled + context + planned + (stated ? SENTENCE_BONUS.stated : 0) - recap + 0.05 / passage.rank;
    const writes = writesDate || (stated && plan.expects === "date");
    const givesDay = writes || day !== null;
    return { passage, start, end, text, coverage: covered, holds: typed > 0, score, stated, writesDate: writes, givesDay, words };
  });
  // "Kết thúc hôm qua" answers when only if no sentence in its language writes the asked event's date out.
  const writtenIn = new Set(candidates.filter((c) => c.writesDate).map((c) => langOf(c.passage)));
  for (const c of candidates) {
    if (writtenIn.has(langOf(c.passage)) && !c.writesDate && RELATIVE_DATE.test(c.text) && !WRITTEN_DATE.test(c.text)) c.score -= SENTENCE_BONUS.answerType;
  }
  if (asksWhatWasSaid(plan.question)) {
    // What was said: a quotation of the speaker asked about, or one on the question's subject or right after a sentence on it
    // ("Kessler used the session to press Vietnam on transshipment. \"We want a deal …,\" he said.").
    const namesSpeaker = namesAskedSpeaker(plan);
    // When the question names whose words it asks for, a sentence naming only someone else reports another speaker.
    const speakerAsked = namesGiven(plan).length > 0;
    for (const c of candidates.filter((c) => reportsSpeech(c.text))) {
      const before = candidates.find((o) => rightAfter(c, o));
      const speaker = namesSpeaker(c.text);
      const otherSpeaker = speakerAsked && !speaker && peopleIn(c.text, langOf(c.passage)).length > 0;
      const onSubject = Math.max(c.coverage, before?.coverage ?? 0) >= CONTINUATION_COVERAGE;
      if (speaker || (onSubject && !otherSpeaker)) c.score += SENTENCE_BONUS.speech + (speaker ? SENTENCE_BONUS.speaker : 0);
    }
  }
  if (candidates.some((c) => langOf(c.passage) === plan.language)) {
    // Nor is it given to a sentence that misses a name or number of the question (isSpecific) that a sentence in the other
    // language holds: a report in the reader's language with a 2025 figure does not answer a 2024 question.
    // The asked event's own number is in every report of it ("vòng thứ ba", "the third round"): not a figure one language lacks.
    const frame = eventFrame(plan.events, asked);
    const specific = plan.concepts.filter((c, i) => content[i] && !c.fromHistory && isSpecific(c) && !framesEvent(c, frame, { sidesFramed: true }));
    // A number must be in the sentence; a name in its passage (a report names the place or the body once, not in every sentence).
    const passageText = new Map(candidates.map((c) => [c.passage, passageWords(c.passage)]));
    const held = new Map(candidates.map((c) => [c, specific.filter((concept) => mentions(concept.name ? passageText.get(c.passage)! : c.words, concept))]));
    const others = candidates.filter((c) => langOf(c.passage) !== plan.language);
    const elsewhere = new Set(others.flatMap((c) => held.get(c)!));
    // What each other-language sentence says of the question, and what each passage says of it anywhere.
    const total = whole || 1;
    // A follow-up's carried-over words are the previous answer's subject, not what this one adds; a side is named in each language's own words.
    const said = (text: Searchable) =>
      new Set(plan.concepts.flatMap((concept, i) => (weights[i]! > 0 && !concept.fromHistory && !namesSide(concept) && mentions(text, concept) ? [i] : [])));
    const otherSaid = others.map((c) => said(c.words));
    const passageSaid = new Map([...passageText].map(([passage, text]) => [passage, said(text)]));
    const lacks = (c: Candidate) =>
      Math.max(0, ...otherSaid.map((o) => [...o].filter((i) => !passageSaid.get(c.passage)!.has(i)).reduce((sum, i) => sum + weights[i]!, 0) / total));
    // A when-question asks for the date: a sentence in the other language that writes it out beside the event says more of it.
    const dateElsewhere = others.some((c) => c.writesDate);
    // Likewise any other kind of fact asked ("Who signed the decision?"): a sentence in the other language naming the signer
    // says more than a reader's-language one that only names the decision.
    const factElsewhere = plan.expects !== null && plan.expects !== "date" && others.some((c) => c.holds);
    for (const c of candidates) {
      const misses = [...elsewhere].some((concept) => !held.get(c)!.includes(concept)) || (dateElsewhere && !c.givesDay) || (factElsewhere && !c.holds);
      if (langOf(c.passage) === plan.language && !misses && lacks(c) <= LANGUAGE_TIE) c.score += SENTENCE_BONUS.language;
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  // A sentence syndicated copies repeat is quoted once, its copies listed after it.
  const { kept, copiesOf } = setCopiesAside(candidates, (c) => c.passage.chunk.docId);
  const best = kept[0];
  if (!best) return { body: "", citations: [] };
  const continuation = kept.find((c) => rightAfter(c, best) && c.coverage >= CONTINUATION_COVERAGE);
  // A best sentence without the kind of fact asked (the lead announcing a rule, a restatement of what a why-question
  // asks about) is completed by the nearest later sentence of its passage that holds it ("It takes effect on 30/10/2030.").
  const completion =
    plan.expects && !best.holds
      ? nearestAfter(
          best,
          // A later sentence about another round ("the sixth round will be held in Seattle") does not complete this one's.
          kept.filter((c) => c.passage === best.passage && c.holds && otherEventsNamed(c.passage, c, retrieval, catalog) === 0),
        )
      : undefined;
  // Failing that, the sentence right after it that names what was asked for carries on about it ("Negotiators closed two
  // chapters …" → "The chapters settled cover electronic signatures …"): the asked things are there, in no form a pattern knows.
  const namesAsked = plan.expects && !best.holds && !completion ? askedThingNamer(plan) : null;
  const following = namesAsked ? kept.find((c) => rightAfter(c, best) && namesAsked(c.words)) : undefined;
  const joined = [completion ?? following, continuation].filter((c, i, all): c is Candidate => c !== undefined && all.indexOf(c) === i);
  // The other sentences quoted beside the best are about the asked event too: a round-5 report's "the sixth round will be
  // held in Seattle" scores near its place sentence but answers nothing about round 5.
  const alsoQuoted = kept.filter(
    (c) => c !== best && !joined.includes(c) && c.score >= best.score * RELATIVE_FLOOR && otherEventsNamed(c.passage, c, retrieval, catalog) === 0,
  );
  const chosen = [best, ...joined, ...alsoQuoted].slice(0, MAX_SENTENCES);

  // Reading order: articles in the order of their best passage (or of their events' dates when they
  // report different events), sentences in document order; each article's quotes under its event's label.
  const eventOf = (c: Candidate) => (catalog ? passageEvent(c.passage, retrieval, catalog) : null);
  let articleOrder = [...new Set(chosen.map((c) => c.passage.chunk.docId))];
  const events = new Map(articleOrder.map((docId) => [docId, eventOf(chosen.find((c) => c.passage.chunk.docId === docId)!)]));
  // Quotes about several events of an asked period read in the order they happened; otherwise the best answer comes first.
  const quotedAsked = [...events.values()].filter((e) => e && focusIds.has(e.id));
  if (plan.events.period !== null && new Set(quotedAsked.map((e) => e!.id)).size > 1) {
    articleOrder = [...articleOrder].sort((a, b) => (events.get(a)?.date ?? "9999").localeCompare(events.get(b)?.date ?? "9999"));
  }
  // Within an article its best sentence comes first (the one with the fact, not the lead that announces the event), then the rest in document order.
  const leads = new Set(articleOrder.map((docId) => chosen.find((c) => c.passage.chunk.docId === docId)!));
  chosen.sort(
    (a, b) =>
      articleOrder.indexOf(a.passage.chunk.docId) - articleOrder.indexOf(b.passage.chunk.docId) ||
      Number(leads.has(b)) - Number(leads.has(a)) ||
      a.start - b.start,
  );
  const paragraphs = articleOrder.map((docId) => {
    const quotes = chosen
      .filter((c) => c.passage.chunk.docId === docId)
      .map((c) => `${c.text} [${c.passage.rank}]${alsoReported(copiesOf.get(c) ?? [], plan.language, documents)}`)
      .join(" ");
    const event = events.get(docId);
    return event ? `**${eventHeading(event, plan.language)}:** ${quotes}` : quotes;
  });
  return { body: paragraphs.join("\n\n"), citations: quoteCitations([...chosen, ...chosen.flatMap((c) => copiesOf.get(c) ?? [])]) };
}

/** " _(Also reported by: Mekong Trade Monitor [3].)_": the outlets that ran a quoted sentence too, each cited. */
function alsoReported(copies: readonly Candidate[], lang: "vi" | "en", documents: ReadonlyMap<string, SourceDocument> | undefined): string {
  return alsoReportedBy(
    copies.map((c) => `${documents?.get(c.passage.chunk.docId)?.source ?? c.passage.chunk.docId} [${c.passage.rank}]`),
    lang,
  );
}

/** " _(Also reported by: A, B.)_" after a quote, or nothing when no other outlet is named. */
function alsoReportedBy(outlets: readonly string[], lang: "vi" | "en"): string {
  return outlets.length === 0 ? "" : ` _(${TIMELINE_TEXT[lang].also}: ${outlets.join(", ")}.)_`;
}

/** Whether `next` is the sentence right after `sentence` in its article: only the space between them. */
function rightAfter(next: Candidate, sentence: Candidate): boolean {
  return next.passage.chunk.docId === sentence.passage.chunk.docId && next.start > sentence.end && next.start <= sentence.end + 2;
}

/** Whether a sentence's words name what a question asks for: the words of its answer-type cue ("chapters" of "Which chapters did …"). */
function askedThingNamer(plan: QueryPlan): ((words: Searchable) => boolean) | null {
  const cue = answerCueConcepts(plan);
  const asked = plan.concepts.filter((c, i) => cue[i] && !c.fromHistory);
  if (asked.length === 0) return null;
  return (words) => asked.some((c) => mentions(words, c));
}

/** The first of some sentences that comes after a given one in its article. */
function nearestAfter(sentence: Candidate, others: readonly Candidate[]): Candidate | undefined {
  return others.filter((c) => c.start > sentence.end).sort((a, b) => a.start - b.start)[0];
}

/** A timeline line's article, by its outlet (else its id) and its date: "VnExpress, 12/3/2041". */
function outletAndDate(passage: Passage, article: SourceDocument | undefined, lang: "vi" | "en"): string {
  return `${article?.source ?? passage.chunk.docId}, ${dateLabel(article ? articleDate(article) : null, lang)}`;
}

/** "Vòng đàm phán thứ 3 — 9/6/2025, Washington, D.C." */
function eventHeading(event: ArchiveEvent, lang: "vi" | "en"): string {
  const place = placeLabel(event.place, lang);
  return `${eventLabel(event.kind, event.ordinal, lang)} — ${dateLabel(event.date, lang, event.end)}${place ? `, ${place}` : ""}`;
}

/**
 * Whether a sentence reports (not merely refers to) an asked event together with its date (when?) or place (where?). The date
 * must be written out: "kết thúc hôm qua" leaves the reader to work out which day.
 */
function statesAsked(
  passage: Passage,
  span: { start: number; end: number; text: string },
  writtenOn: string | null,
  expects: AnswerType | null,
  retrieval: Retrieval,
  catalog: EventCatalog | undefined,
): boolean {
  const asked = retrieval.focus?.events ?? [];
  if (!catalog || (expects !== "date" && expects !== "place")) return false;
  // An event of a kind the catalog does not list ("phiên họp cấp chuyên gia lần thứ nhất"): the sentence numbers it as asked.
  const unlisted = retrieval.plan.events.unlisted;
  if (asked.length === 0 && unlisted && expects === "date") return writesUnlistedDate(span.text, writtenOn, unlisted);
  if (asked.length === 0) return false;
  const facts = chunkFacts(passage, catalog)?.sentences.find((f) => f.start === span.start);
  // A year the asked events were not held in ("the share rises to 25% by 2046") dates something else.
  const datesAsked = (d: DateMention) => !d.relative && (d.precision !== "year" || asked.some((e) => e.date?.startsWith(d.date)));
  if (!facts || (expects === "date" ? facts.dates.filter(datesAsked).length : facts.places.length) === 0) return false;
  return facts.events.some((m) => !m.reference && asked.some((e) => e.kind === m.kind && (m.ordinal === null || e.ordinal === m.ordinal)));
}

/** How many other numbered events of the asked events' kinds a sentence names ("vòng 1 …; vòng 2 …; vòng 5 …" for a question about round 3). */
function otherEventsNamed(passage: Passage, span: { start: number; end: number }, retrieval: Retrieval, catalog: EventCatalog | undefined): number {
  const asked = retrieval.focus?.events ?? [];
  if (!catalog || asked.length !== 1 || retrieval.focus?.timeline) return 0;
  const facts = chunkFacts(passage, catalog)?.sentences.find((f) => f.start === span.start);
  const others = new Set(
    (facts?.events ?? []).filter((m) => m.kind === asked[0]!.kind && m.ordinal !== null && m.ordinal !== asked[0]!.ordinal).map((m) => m.ordinal),
  );
  return others.size;
}

/** What the catalog read in a passage's chunk: the events it is about or refers to, and each sentence's facts. */
function chunkFacts(passage: Passage, catalog: EventCatalog): ChunkEvents | undefined {
  const index = catalog.chunkIndexOf(passage.chunk.id);
  return index === undefined ? undefined : catalog.chunks[index];
}

/** Ids of the events a passage's chunk is about (not those it only refers to). */
function chunkAbout(passage: Passage, catalog: EventCatalog): readonly string[] {
  return chunkFacts(passage, catalog)?.about ?? [];
}

/** The event a passage reports: one the question asks about if it is among them, else its first. */
function passageEvent(passage: Passage, retrieval: Retrieval, catalog: EventCatalog): ArchiveEvent | null {
  const chunk = chunkFacts(passage, catalog);
  const about = chunk?.about ?? [];
  const refers = chunk?.refers ?? [];
  const asked = retrieval.focus?.events.find((e) => about.includes(e.id)) ?? retrieval.focus?.events.find((e) => refers.includes(e.id));
  return asked ?? (about[0] ? (catalog.byId.get(about[0]) ?? null) : null);
}

/** One line per event, in date order: date, event, place, the sentence that reports it, and the other outlets. */
function timelineAnswer(retrieval: Retrieval, catalog: EventCatalog, documents: ReadonlyMap<string, SourceDocument> | undefined): ExtractiveAnswer {
  const lang = retrieval.plan.language;
  const text = TIMELINE_TEXT[lang];
  const lines: string[] = [];
  const chosen: Quote[] = [];
  // A subject the catalog lists no event of: one line per report, under its outlet and date.
  const topic = retrieval.focus?.topic === true;
  const overview = retrieval.focus?.overview;
  for (const passage of retrieval.passages) {
    if (passage.chunk.id === overview) {
      const quotes = overviewSentences(passage, retrieval.focus?.events ?? [], catalog);
      for (const q of quotes) chosen.push({ passage, ...q });
      const from = outletAndDate(passage, documents?.get(passage.chunk.docId), lang);
      lines.push(`- **${text.overview} (${from}):** ${quotes.map((q) => q.text).join(" ")} [${passage.rank}]`);
      continue;
    }
    const event = topic ? null : passageEvent(passage, retrieval, catalog);
    if (!event && !topic) continue;
    const facts = chunkFacts(passage, catalog)?.sentences ?? [];
    const sentences = passageSentenceTexts(passage);
    // The sentence that states the event with a date, else the first that names it (a subject's report: the first
    // that writes a date), else the passage's first.
    const states = event
      ? (facts.find((s) => s.dates.length > 0 && s.events.some((m) => !m.reference && m.kind === event.kind)) ??
        facts.find((s) => s.events.some((m) => m.kind === event.kind)))
      : sentences.find((s) => WRITTEN_DATE.test(s.text));
    const span = states && states.start >= passage.chunk.start && states.end <= passage.chunk.end ? states : sentences[0];
    if (!span) continue;
    const quote = spanText(passage, span);
    // Beside when and where, what came of it: the passage's sentence that says what its headline says, in reading order.
    const article = documents?.get(passage.chunk.docId);
    const outcome = headlineSentence(article?.title ?? "", quote, sentences);
    const quotes = [{ start: span.start, end: span.end, text: quote }, ...(outcome ? [outcome] : [])].sort((a, b) => a.start - b.start);
    for (const q of quotes) chosen.push({ passage, start: q.start, end: q.end, text: q.text });
    const source = article?.source;
    if (!event) {
      lines.push(`- **${outletAndDate(passage, article, lang)}:** ${quotes.map((q) => q.text).join(" ")} [${passage.rank}]`);
      continue;
    }
    const others = [...new Set(event.reports.filter((id) => id !== passage.chunk.docId).map((id) => documents?.get(id)?.source ?? id))].filter(
      (s) => s !== source,
    );
    lines.push(`- **${eventHeading(event, lang)}:** ${quotes.map((q) => q.text).join(" ")} [${passage.rank}]${alsoReportedBy(others, lang)}`);
  }
  if (lines.length === 0) return { body: text.none, citations: [] };
  return { body: `${text.heading}\n\n${lines.join("\n")}`, citations: quoteCitations(chosen) };
}

/**
 * What a timeline's overview quotes of its passage: the sentences that write out the day of the first or the last event
 * (one sentence often gives both: "Từ phiên khai mạc … ngày 18/4/2039 đến tuyên bố chung … ngày 26/7/2040"), else its first.
 */
function overviewSentences(passage: Passage, events: readonly ArchiveEvent[], catalog: EventCatalog): { start: number; end: number; text: string }[] {
  const dated = events.filter((e) => e.date !== null);
  const ends = [dated[0], dated.at(-1)].filter((e): e is ArchiveEvent => e !== undefined);
  const written = catalog.writtenOn(passage.chunk.docId);
  const sentences = passageSentenceTexts(passage);
  const dating = sentences.filter((s) => ends.some((e) => eventDay(s.text, written, [e]) === "written"));
  return dating.length > 0 ? dating : sentences.slice(0, 1);
}

/** One citation per quoted sentence: the same [n] may cite several sentences of its passage, each an exact span. */
function quoteCitations(chosen: readonly Quote[]): Citation[] {
  return [...chosen].sort((a, b) => a.passage.rank - b.passage.rank || a.start - b.start).map((c) => quoteCitation(c.passage.rank, c.passage, c, c.text));
}
