/** Turns a capture (front matter, sidecar metadata, raw text) into a SourceDocument: body, title, date, outlet, url. */
import { z } from "zod";
import type { SourceDocument } from "../types";
import { cleanCapture } from "./clean";
import { detectTextLanguage } from "../text/language";
import { fold } from "../text/normalize";
import { findDate, isDateline, parseDateExpression } from "./dates";

/** Metadata a user can give in front matter or in corpus/metadata.yml; every field optional. */
export interface DocumentMetadata {
  title?: string;
  date?: string;
  published?: string;
  url?: string;
  source?: string;
  lang?: string;
}

/** Metadata as the app writes it (an article moved aside keeps it in metadata.json): every field a string. */
export const documentMetadataSchema = z.object({
  title: z.string().optional(),
  date: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  lang: z.string().optional(),
}) satisfies z.ZodType<DocumentMetadata>;

/** A date YAML read from an unquoted value, as text: the day, or the day and minute when a time was given. */
function dateText(value: Date): string {
  const iso = value.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** A field as a user wrote it: text as written, an unquoted YAML date as dateText; a number, list or map is no value. */
const writtenField = z
  .unknown()
  .transform((value) => {
    if (typeof value === "string") return value;
    return value instanceof Date && !Number.isNaN(value.getTime()) ? dateText(value) : undefined;
  })
  .optional();

/**
 * Metadata as a user writes it in front matter or corpus/metadata.yml, read into DocumentMetadata:
 * the known fields only, each text or nothing (YAML gives `date: 2025-05-19` as a Date).
 */
export const writtenMetadataSchema = z.object({
  title: writtenField,
  date: writtenField,
  published: writtenField,
  url: writtenField,
  source: writtenField,
  lang: writtenField,
}) satisfies z.ZodType<DocumentMetadata, unknown>;

/** A built document plus what cleaning dropped, for the index summary. */
export interface BuiltDocument {
  document: SourceDocument;
  droppedLines: number;
}

// Metadata fields are text by now: front matter's YAML dates become text in writtenMetadataSchema.
function asIsoDate(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (/^\d{4}-\d{2}(-\d{2})?/.test(trimmed)) return trimmed.slice(0, 10);
  return parseDateExpression(trimmed)?.slice(0, 10) ?? null;
}

function asText(value: string | undefined): string | null {
  return value?.trim() || null;
}

/** Only http(s) links reach the UI as hrefs: a `javascript:` or `data:` URL in metadata would run script on click. */
function asHttpUrl(value: string | undefined): string | null {
  const text = asText(value);
  if (!text) return null;
  try {
    return ["http:", "https:"].includes(new URL(text).protocol) ? text : null;
  } catch {
    return null;
  }
}

/** "vi" or "en" from metadata ("vi-VN", "English"…); anything else is left to detection. */
function asLanguage(value: string | undefined): "vi" | "en" | null {
  const text = asText(value)?.toLowerCase();
  if (!text) return null;
  if (/^(vi|vie|vietnamese|tiếng việt)\b/.test(text)) return "vi";
  if (/^(en|eng|english|tiếng anh)\b/.test(text)) return "en";
  return null;
}

/** The outlet when nothing names it: the link's host without "www." ("vnexpress.net"). */
function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** Lines that are never an article's title: a caption, a credit, a bare link. */
const NOT_A_TITLE = /^(?:\(?(?:ảnh|photo|image|video|nguồn|source|theo)\s*:|https?:\/\/)/iu;

/**
 * The first candidate that is a title: never a dateline ("Thứ tư, 04/02/2026"), a caption or
 * credit ("Photo : …"), or a site line (the outlet's name or the link's host alone).
 */
export function pickTitle(candidates: readonly string[], context: { source?: string; url?: string } = {}): string | undefined {
  const site = [context.source, outletFromUrl(context.url ?? null)].filter(Boolean).map((s) => s!.toLowerCase());
  return candidates
    .map((c) => c.replace(/\s+/g, " ").trim())
    .find(
      (c) => c.length >= 8 && !isDateline(c) && !NOT_A_TITLE.test(c) && !site.includes(c.toLowerCase()) && !site.some((s) => c.toLowerCase() === `${s}.vn`),
    );
}

/** First sentence-ish words of the body, for documents with neither a title nor a headline. */
function titleFromBody(body: string): string {
  const firstLine = body.split("\n")[0] ?? "";
  const words = firstLine.split(" ");
  return words.length > 14 ? `${words.slice(0, 14).join(" ")}…` : firstLine;
}

/** A text's letters and digits only, folded: a headline repeated in the body with other quotes or dashes is the same headline. */
const bareWords = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * The paragraph a dateline opens ("Hà Nội, ngày 8/4/2038 – …"): the body's first, or its second when the first
 * only repeats the title (a capture that keeps the headline above the text).
 */
function leadParagraph(body: string, title: string): string {
  const [first = "", second = ""] = body.split("\n\n");
  return bareWords(first) === bareWords(title) ? second : first;
}

/** Build a document: metadata given by the user wins over what the text says. */
export function buildDocument(id: string, text: string, metadata: DocumentMetadata): BuiltDocument {
  const cleaned = cleanCapture(text);
  const published = asText(metadata.published) ?? (cleaned.bylineDate ? parseDateExpression(cleaned.bylineDate) : null);
  const publishedYear = published ? Number(published.slice(0, 4)) : undefined;
  const title = asText(metadata.title) ?? cleaned.headline ?? titleFromBody(cleaned.body);
  const url = asHttpUrl(metadata.url) ?? cleaned.url;
  const date = asIsoDate(metadata.date) ?? findDate(leadParagraph(cleaned.body, title), publishedYear) ?? published?.slice(0, 10) ?? null;
  return {
    document: {
      id,
      title,
      date,
      published,
      url,
      source: asText(metadata.source) ?? cleaned.attribution ?? outletFromUrl(url),
      lang: asLanguage(metadata.lang) ?? detectTextLanguage(cleaned.body),
      body: cleaned.body,
    },
    droppedLines: cleaned.droppedLines,
  };
}
