/** Shared data shapes that travel from the index through retrieval and answering to the API and UI. */
import type { UIMessage } from "ai";

/** An article after loading and cleaning: `body` is what citations point into. */
export interface SourceDocument {
  /** File name without extension. */
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) of the event the article reports, or null when unknown. */
  date: string | null;
  /** ISO date-time the article was published, when known. */
  published: string | null;
  url: string | null;
  /** Outlet name ("VnExpress", "Báo Chính phủ"), when known. */
  source: string | null;
  /** The article's language: from metadata, else detected from its text (lib/text/language.ts). */
  lang: "vi" | "en";
  /** Cleaned article body (NFC); every offset in the app is into this string. */
  body: string;
}

/** A span of a document's cleaned body, the unit the index stores and retrieval returns. */
export interface Chunk {
  /** `${docId}#${ordinal}` */
  id: string;
  docId: string;
  title: string;
  date: string | null;
  url: string | null;
  source: string | null;
  /** Character offsets into the cleaned body: `body.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
}

/** A retrieved chunk with its rank and fused score. */
export interface Passage {
  /** 1-based rank, best first; also the citation number `[n]` shown to users. */
  rank: number;
  chunk: Chunk;
  score: number;
}

/** A numbered passage's place and article, shared by a citation and a passage as the client sees them. */
export interface NumberedPassageRef {
  n: number;
  docId: string;
  chunkId: string;
  title: string;
  date: string | null;
  url: string | null;
  source: string | null;
}

/** One `[n]` in an answer, resolved to the exact span it rests on. */
export interface Citation extends NumberedPassageRef {
  /** The sentence of the passage the claim rests on. */
  quote: string;
  start: number;
  end: number;
  /** Whether the sentence citing it is supported by the passage (sentence-level verification). */
  supported: boolean;
  /** Content version of the article when the answer was given (lib/answer/versions.ts): a rebuild that changed the article changes it. */
  version?: string;
  /** Other outlets' copies of the cited article (indexed once, lib/corpus near-duplicates), for its source card. */
  alsoReportedBy?: AlsoReportedBy[];
}

export type AnswerStatus = "answered" | "no_answer";
/** Which configured cap ended a model answer early: output tokens, relayed bytes or total time. */
export type AnswerCap = "tokens" | "bytes" | "time";
export type AnswerMode = "extractive" | "llm";

/** What went wrong with a model endpoint, for the user: what happened and what to do. */
export interface ModelFailure {
  code: string;
  message: string;
  hint: string;
  /** The model had already written part of the answer: that part stays as written, the fallback follows as its own text block. */
  midway?: boolean;
}

/** The complete result of answering one question (the `ask --json` object and the API's search/answer body). */
export interface AnswerResult {
  question: string;
  status: AnswerStatus;
  mode: AnswerMode;
  model: string;
  answer: string;
  citations: Citation[];
  passages: Passage[];
  /** Set when the configured model failed and the extractive answer stands in for it. */
  failure?: ModelFailure;
  /** Set when a cap ended the model's answer early (the answer ends with a note saying so). */
  truncated?: AnswerCap;
}

/** A passage as the client sees it: citation number, where it is and what it says. */
export interface PassageView extends NumberedPassageRef {
  score: number;
  text: string;
  start: number;
  end: number;
}

/** Per-message metadata streamed with each assistant answer. */
export interface ChatMessageMetadata {
  profileId?: string;
  mode?: AnswerMode;
  /** Display name of the model that answered ("offline (extractive)", "qwen2.5:7b"). */
  model?: string;
  status?: AnswerStatus;
  /** Set when the configured model failed and the extractive answer stands in for it. */
  failure?: ModelFailure;
  /** A cap ended the answer early (the text ends with a note). */
  truncated?: AnswerCap;
  /** Earlier turns left out of what the model saw, oldest first, to stay within HISTORY_TOKEN_BUDGET. */
  historyDropped?: number;
  createdAt?: number;
  /** The user stopped this answer before it was complete (set in the browser). */
  stopped?: boolean;
}

/** Data parts of the chat stream, keyed by name (`data-passages`, `data-citations`). */
export interface ChatDataParts {
  [key: string]: unknown;
  passages: { passages: PassageView[] };
  citations: { citations: Citation[] };
}

export type ChatMessage = UIMessage<ChatMessageMetadata, ChatDataParts>;

/** Another outlet's copy of an article, kept instead of indexed twice. */
export interface AlsoReportedBy extends Pick<SourceDocument, "id" | "title" | "source" | "url" | "date"> {
  /** Share of word 5-shingles the two texts have in common (MinHash estimate); 1 for identical text. */
  similarity: number;
}

/** A document in the corpus list (`GET /api/documents`), for the timeline and the Articles page. */
export interface DocumentSummary {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  lang?: "vi" | "en";
  /** Chunks the article is indexed as. */
  chunks?: number;
  /** Whether it was added (in DATA_DIR/articles) and so can be removed; shipped corpus articles cannot. */
  added?: boolean;
  alsoReportedBy?: AlsoReportedBy[];
}

/** An event of the archive as `GET /api/events` gives it: one line of the timeline. */
export interface EventSummary {
  /** "round#3", "statement@2025-09-22". */
  id: string;
  /** A listed kind ("round", "ministerial", "technical", "statement", "tariff", "call") or an open one ("joint-committee", "consultation"). */
  kind: string;
  ordinal: number | null;
  /** Vietnamese label ("Vòng đàm phán thứ 3"); `labelEn` the English one ("Round 3"). */
  label: string;
  labelEn?: string;
  /** YYYY-MM-DD (or YYYY-MM) the event began, when a report says. */
  date: string | null;
  /** Where it took place (Vietnamese spelling), when a report says. */
  place: string | null;
  /** The articles that report it, the most direct report first. */
  reports: { docId: string; title: string; source: string | null; date: string | null; lang: "vi" | "en" }[];
}

/** `GET /api/events` body. */
export interface EventsResponse {
  events: EventSummary[];
}

export type ProfileKind = "offline" | "openai" | "local";

/** What a probe of a model endpoint found. `null` means not checked. */
export interface EndpointHealth {
  reachable: boolean | null;
  chatModelPresent: boolean | null;
  models: string[];
  message: string;
  hint?: string;
  /** When the endpoint was last asked (health answers from a cache of at most one call per endpoint per 15 s). */
  checkedAt?: string;
  /** The last answer this profile's model gave through this server, when it failed (the status is amber until the next success). */
  lastAnswerFailure?: { code: string; message: string; at: string };
}

/** A model profile as a client sees it: never a URL's secret or a key. */
export interface ProfileStatus {
  id: string;
  kind: ProfileKind;
  label: string;
  /** Chat model name, or "extractive" for the offline profile. */
  model: string;
  health: EndpointHealth;
}

/** `GET /api/health` body. */
export interface HealthReport {
  ok: boolean;
  index: {
    ok: boolean;
    documents: number;
    chunks: number;
    builtAt: string | null;
    embedder: string | null;
    message?: string;
    /** A newer index could not be loaded: this one (the last good) is still served, and `message` says why. */
    stale?: boolean;
  };
  profiles: ProfileStatus[];
  defaultProfileId: string;
}

/** Error body of every API route. */
export interface ApiErrorBody {
  error: { code: string; message: string; hint?: string; requestId?: string };
}
