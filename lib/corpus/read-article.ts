/**
 * One article file, whatever its format (.txt, .md, .html/.htm, .pdf), read into a document or
 * refused with a reason a person can act on. The one entry point used by the indexer, the CLI,
 * the upload route and the folder watcher.
 */
import path from "node:path";
import type { SourceDocument } from "../types";
import { buildDocument, pickTitle, writtenMetadataSchema, type DocumentMetadata } from "./document";
import { FrontMatterError, parseFrontMatter } from "./front-matter";
import { NoArticleError, readHtml } from "./formats/html";
import { PdfRefusedError, readPdf } from "./formats/pdf";

export const TEXT_EXTENSIONS = new Set([".txt", ".md"]);
export const HTML_EXTENSIONS = new Set([".html", ".htm"]);
/** Every extension an article file may have. */
export const ARTICLE_EXTENSIONS = new Set([...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, ".pdf"]);
export const ARTICLE_EXTENSION_LIST = [...ARTICLE_EXTENSIONS].join(", ");

export type ArticleRead = { ok: true; document: SourceDocument; droppedLines: number } | { ok: false; reason: string };

export interface ReadArticleOptions {
  maxFileBytes: number;
  /** Metadata the user gave (sidecar, CLI flags, form fields): wins over what the file says. */
  metadata?: DocumentMetadata;
  /** Document id; defaults to the file name without its extension. */
  id?: string;
}

const megabytes = (bytes: number) => (bytes / 1048576).toFixed(1);

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  return sample.length > 0 && control / sample.length > 0.1;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A page's bytes as text: UTF-8, or the charset its <meta> declares (older Vietnamese sites use windows-1258). */
function decodeHtml(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
    const charset = head.match(/<meta[^>]+charset=["']?([\w-]+)/i)?.[1];
    if (!charset) throw new Error("not UTF-8 and no charset declared");
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  }
}

const firstLine = (error: unknown) => (error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error));

/** The text and what the file says about itself, per format; throws an Error whose message is the refusal. */
async function extract(ext: string, bytes: Uint8Array): Promise<{ text: string; fileMetadata: DocumentMetadata; titles: string[] }> {
  if (ext === ".pdf") {
    const pdf = await readPdf(bytes);
    return { text: pdf.text, fileMetadata: pdf.metadata, titles: pdf.metadata.titles };
  }
  if (looksBinary(bytes)) throw new Error("binary file, not text");
  if (HTML_EXTENSIONS.has(ext)) {
    let html: string;
    try {
      html = decodeHtml(bytes);
    } catch {
      throw new Error("not UTF-8 text, and the page declares no charset (re-save it as UTF-8)");
    }
    const page = readHtml(html);
    const { titles, siteName, ...fileMetadata } = page.metadata;
    void siteName;
    return { text: page.text, fileMetadata, titles };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new Error("not UTF-8 text (re-save it as UTF-8)");
  }
  let parsed: ReturnType<typeof parseFrontMatter>;
  try {
    parsed = parseFrontMatter(text);
  } catch (error) {
    throw new Error(error instanceof FrontMatterError ? firstLine(error) : `unreadable front matter (${firstLine(error)})`);
  }
  return { text: parsed.content, fileMetadata: writtenMetadataSchema.parse(parsed.data), titles: [] };
}

/** Read one article file. Never throws: a file that cannot be an article comes back with its reason. */
export async function readArticle(file: { name: string; bytes: Uint8Array }, options: ReadArticleOptions): Promise<ArticleRead> {
  const ext = path.extname(file.name).toLowerCase();
  if (!ARTICLE_EXTENSIONS.has(ext)) return { ok: false, reason: `not an article file (${ext || "no extension"}; accepted: ${ARTICLE_EXTENSION_LIST})` };
  if (file.bytes.length > options.maxFileBytes) {
    return { ok: false, reason: `too large (${megabytes(file.bytes.length)} MB; the limit is ${megabytes(options.maxFileBytes)} MB, MAX_FILE_BYTES)` };
  }
  if (file.bytes.length === 0) return { ok: false, reason: "empty file" };
  let extracted: Awaited<ReturnType<typeof extract>>;
  try {
    extracted = await extract(ext, file.bytes);
  } catch (error) {
    if (error instanceof NoArticleError || error instanceof PdfRefusedError) return { ok: false, reason: error.message };
    return { ok: false, reason: firstLine(error) };
  }
  const given = options.metadata ?? {};
  // Front matter is written by the user too, and overrides the sidecar (as corpus/metadata.yml says);
  // what a page or a PDF says about itself yields to anything the user gave.
  const metadata: DocumentMetadata = TEXT_EXTENSIONS.has(ext) ? { ...given, ...extracted.fileMetadata } : { ...extracted.fileMetadata, ...given };
  // Formats that carry a title apart from the text (pages, PDFs) put it first, where the cleaner reads a headline.
  const title = metadata.title ?? pickTitle(extracted.titles, { source: metadata.source, url: metadata.url });
  if (title) metadata.title = title;
  const text = title && extracted.titles.length > 0 ? `${title}\n${extracted.text}` : extracted.text;
  const built = buildDocument(options.id ?? path.basename(file.name, path.extname(file.name)), text, metadata);
  if (built.document.body.trim().length === 0) return { ok: false, reason: "empty: no article text left after removing front matter and site chrome" };
  return { ok: true, ...built };
}
