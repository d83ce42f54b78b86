/** Short synthetic reports, and their chunks (one per report, or one per paragraph), for tests that build their own catalog. */
import type { Chunk, SourceDocument } from "@/lib/types";

/** One chunk per report holding its whole body, with the id `${docId}#0` the chunker would give it. */
export function wholeArticleChunks(reports: readonly SourceDocument[]): Chunk[] {
  return reports.map((d) => ({
    id: `${d.id}#0`,
    docId: d.id,
    title: d.title,
    date: d.date,
    url: null,
    source: d.source,
    start: 0,
    end: d.body.length,
    text: d.body,
  }));
}

/** One chunk per paragraph, as the index cuts short articles, with the ids `${docId}#0`, `${docId}#1`, …. */
export function paragraphChunks(d: SourceDocument): Chunk[] {
  const out: Chunk[] = [];
  let start = 0;
  for (const text of d.body.split("\n\n")) {
    out.push({ id: `${d.id}#${out.length}`, docId: d.id, title: d.title, date: d.date, url: null, source: d.source, start, end: start + text.length, text });
    start += text.length + 2;
  }
  return out;
}

/** A synthetic report whose id is also its title and outlet, as the ranking and answer tests write them. */
export function syntheticReport(id: string, lang: "vi" | "en", date: string, body: string): SourceDocument {
  return { id, title: id, date, published: null, url: null, source: id, lang, body };
}
