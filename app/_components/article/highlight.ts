/** Splits a document body into paragraphs and marks the cited span, keeping exact character offsets. */

export interface Segment {
  text: string;
  marked: boolean;
}

export interface Paragraph {
  /** Offset of the paragraph's first character in the body. */
  start: number;
  segments: Segment[];
}

export interface Span {
  start: number;
  end: number;
}

/** A span from query values, or null when absent or not inside the body. */
export function parseSpan(start: unknown, end: unknown, bodyLength: number): Span | null | "invalid" {
  if (start == null && end == null) return null;
  const s = Number(start);
  const e = Number(end);
  if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e <= s || e > bodyLength) return "invalid";
  return { start: s, end: e };
}

const PARAGRAPH_BREAK = /\n{2,}/g;

/** Paragraphs separated by blank lines; the parts of each inside `span` are marked. */
export function paragraphs(body: string, span: Span | null): Paragraph[] {
  const out: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    if (end <= start) return;
    const segments: Segment[] = [];
    const add = (a: number, b: number, marked: boolean) => {
      if (b > a) segments.push({ text: body.slice(a, b), marked });
    };
    if (!span || span.end <= start || span.start >= end) {
      add(start, end, false);
    } else {
      const ms = Math.max(start, span.start);
      const me = Math.min(end, span.end);
      add(start, ms, false);
      add(ms, me, true);
      add(me, end, false);
    }
    out.push({ start, segments });
  };
  for (const match of body.matchAll(PARAGRAPH_BREAK)) {
    const index = match.index ?? 0;
    push(from, index);
    from = index + match[0].length;
  }
  push(from, body.length);
  return out;
}

/** How a cited span fares against the article as it is now. */
export type SpanCheck =
  | { kind: "holds"; span: Span }
  /** The offsets no longer hold the quote, but the quote is still in the article: highlighted where it is now. */
  | { kind: "refound"; span: Span }
  /** The quote is no longer in the article: nothing is highlighted. */
  | { kind: "changed" };

/**
 * Check a citation's span against the body: the quote (when the link carries it) must be what the
 * offsets hold; otherwise it is looked for again (a rebuild shifted or edited the article). Without
 * a quote, a different content version alone means the offsets cannot be trusted.
 */
export function checkSpan(body: string, span: Span, quote: string | undefined, version: string | undefined, currentVersion: string | undefined): SpanCheck {
  if (quote) {
    if (body.slice(span.start, span.end).startsWith(quote)) return { kind: "holds", span };
    const at = body.indexOf(quote);
    if (at < 0) return { kind: "changed" };
    // A link carries at most the quote's first characters: the span keeps the cited length.
    return { kind: "refound", span: { start: at, end: Math.min(body.length, at + Math.max(quote.length, span.end - span.start)) } };
  }
  if (version && currentVersion && version !== currentVersion) return { kind: "changed" };
  return { kind: "holds", span };
}
