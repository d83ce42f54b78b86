/**
 * A news page saved from a browser, read as data: the article body by Mozilla's Readability over a
 * linkedom DOM (no script runs, no image, stylesheet or frame is fetched: linkedom has no loader),
 * and title, date, outlet and link from <meta>, the canonical link and JSON-LD NewsArticle.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { DocumentMetadata } from "../document";

/** What a page says about itself; every field optional. */
export interface PageMetadata extends DocumentMetadata {
  /** Titles the page offers, best first (JSON-LD headline, og:title, <title>, <h1>): the caller picks the first that is a title. */
  titles: string[];
  siteName?: string;
}

export interface HtmlArticle {
  /** Body paragraphs, one per line, blank lines between them. */
  text: string;
  metadata: PageMetadata;
}

/** Fewer characters of body than this and the page has no article (a home page, a list, an error page). */
export const MIN_ARTICLE_CHARS = 200;

/** A page without an article; the message says why. */
export class NoArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoArticleError";
  }
}

type Json = unknown;
const NEWS_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting)$/;

/** Every object in a JSON-LD value, through arrays and @graph. */
function* jsonLdObjects(value: Json): Generator<Record<string, Json>> {
  if (Array.isArray(value)) for (const item of value) yield* jsonLdObjects(item);
  else if (value && typeof value === "object") {
    const record = value as Record<string, Json>;
    yield record;
    if (record["@graph"]) yield* jsonLdObjects(record["@graph"]);
  }
}

const str = (value: Json): string | undefined => (typeof value === "string" && value.trim() ? value.trim() : undefined);
const nameOf = (value: Json): string | undefined =>
  str(value) ?? (value && typeof value === "object" && !Array.isArray(value) ? str((value as Record<string, Json>).name) : undefined);

function newsArticleFromJsonLd(document: Document): Partial<Record<"headline" | "published" | "publisher" | "url" | "lang", string>> {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: Json;
    try {
      // JSON.parse reads data only: nothing in the block is evaluated.
      parsed = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    for (const item of jsonLdObjects(parsed)) {
      const types = ([] as Json[]).concat(item["@type"] ?? []);
      if (!types.some((t) => typeof t === "string" && NEWS_TYPES.test(t))) continue;
      const entity = item.mainEntityOfPage;
      return {
        headline: str(item.headline) ?? str(item.name),
        published: str(item.datePublished) ?? str(item.dateCreated),
        publisher: nameOf(item.publisher),
        url: str(item.url) ?? str(entity) ?? (entity && typeof entity === "object" ? str((entity as Record<string, Json>)["@id"]) : undefined),
        lang: str(item.inLanguage),
      };
    }
  }
  return {};
}

function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return undefined;
}

/** "Headline | Site" and "Headline - Site": the site part dropped when it names the site. */
function withoutSiteSuffix(title: string, siteName: string | undefined): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!.toLowerCase();
  const looksLikeSite = (siteName && last.includes(siteName.toLowerCase())) || /\.(vn|com|net|org)\b/.test(last) || last.split(" ").length <= 3;
  return looksLikeSite ? parts.slice(0, -1).join(" - ") : title;
}

/**
 * Class or id words of page chrome that Readability can keep when it sits inside the article:
 * ads, cookie banners, bylines, author boxes, comments, related and most-read links, share bars,
 * font-size toolbars, breadcrumbs, "từ khóa" lists, copyright footers. Words that also name article
 * containers ("print-friendly", "tools") are not here; chrome without such a name is left to the
 * text rules of lib/corpus/chrome.ts.
 */
const CHROME_NAME =
  /(?:^|[\s_-])(?:ads?|advert\w*|adv|quang-?cao|qc|sponsor\w*|banner|cookies?|consent|gdpr|byline|author|comments?|binh-?luan|related\w*|tin-?lien-?quan|share|sharing|social|newsletter|subscribe|signup|breadcrumbs?|toolbar|font-?size|tu-?khoa|most-?read|trending|recommend\w*|read-?more|xem-?them|doc-?them|copyright|outbrain|taboola)(?:[\s_-]|$)/i;
const CHROME_TAGS = "script, style, noscript, template, iframe, object, embed, nav, header, footer, aside, form, button";

/** A wrapper named like chrome ("share-wrapper") that holds the article itself is never pruned. */
function holdsArticle(element: Element): boolean {
  return element.tagName === "BODY" || element.tagName === "HTML" || element.querySelector('article, [itemprop="articleBody"]') !== null;
}

/** Drop chrome elements before Readability scores the page (it keeps some that sit inside <article>). */
function pruneChrome(document: Document): void {
  for (const element of [...document.querySelectorAll(CHROME_TAGS)]) element.remove();
  for (const element of [...document.querySelectorAll("[class], [id]")]) {
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (CHROME_NAME.test(names) && !holdsArticle(element)) element.remove();
  }
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

/** Paragraphs of Readability's content: text of each innermost block, in order. */
function paragraphs(content: Element): string[] {
  const out: string[] = [];
  const blocks = [...content.querySelectorAll(BLOCKS)];
  // A block that contains another block is read through its children, never twice.
  for (const block of blocks) {
    if (block.querySelector(BLOCKS)) continue;
    const text = (block.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) out.push(text);
  }
  if (out.length === 0) {
    const text = (content.textContent ?? "").replace(/[ \t]+/g, " ").trim();
    if (text)
      out.push(
        ...text
          .split(/\n\s*\n/)
          .map((p) => p.replace(/\s+/g, " ").trim())
          .filter(Boolean),
      );
  }
  return out;
}

/** Read a saved page. Throws NoArticleError when it holds no article. */
export function readHtml(html: string): HtmlArticle {
  // linkedom builds a DOM from the text and nothing more: <script> is inert text, <img> never loads.
  const { document } = parseHTML(html);
  const ld = newsArticleFromJsonLd(document);
  const siteName = meta(document, "og:site_name", "application-name") ?? ld.publisher;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim();
  const titles = [
    ld.headline,
    meta(document, "og:title", "twitter:title"),
    document.querySelector("title")?.textContent ?? undefined,
    document.querySelector("h1")?.textContent ?? undefined,
  ]
    .map((t) => t?.replace(/\s+/g, " ").trim())
    .filter((t): t is string => Boolean(t))
    .map((t) => withoutSiteSuffix(t, siteName));
  const metadata: PageMetadata = {
    titles,
    siteName,
    source: siteName,
    published: ld.published ?? meta(document, "article:published_time", "datePublished", "pubdate", "date"),
    url: canonical ?? meta(document, "og:url") ?? ld.url,
    lang: ld.lang ?? document.documentElement?.getAttribute("lang") ?? undefined,
  };
  pruneChrome(document as unknown as Document);
  const article = new Readability<Element>(document as unknown as Document, {
    serializer: (node) => node as Element,
    charThreshold: MIN_ARTICLE_CHARS,
  }).parse();
  const body = article?.content ? paragraphs(article.content) : [];
  const length = body.join(" ").length;
  if (length < MIN_ARTICLE_CHARS) {
    throw new NoArticleError(`no article text found in the page (${length} characters of body; a saved article page has at least ${MIN_ARTICLE_CHARS})`);
  }
  return { text: body.join("\n\n"), metadata };
}
