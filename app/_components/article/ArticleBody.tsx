"use client";
/** A document's cleaned text as plain-text paragraphs, with the cited span in <mark> scrolled into view. */
import { useEffect, useMemo, useRef } from "react";
import { useLocale } from "../LocaleProvider";
import { paragraphs, type Span } from "./highlight";

interface Props {
  body: string;
  span: Span | null;
  lang: string;
  /** Scroll the window to the span and focus it (the full-page view); the source panel scrolls itself. */
  focusMark?: boolean;
}

export function ArticleBody({ body, span, lang, focusMark = true }: Props) {
  const { t } = useLocale();
  const paras = useMemo(() => paragraphs(body, span), [body, span]);
  const firstMark = useRef<HTMLElement | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again when the span changes, because the ref then points at the new mark.
  useEffect(() => {
    const el = firstMark.current;
    if (!el || !focusMark) return;
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
  }, [span, focusMark]);

  let first = true;
  return (
    <div lang={lang} data-article-body className="space-y-4 text-[1.05rem] leading-relaxed">
      {paras.map((p) => (
        <p key={p.start} className="whitespace-pre-line break-words">
          {p.segments.map((s, i) => {
            // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph's segments are fixed by its text and span; position is their identity.
            if (!s.marked) return <span key={i}>{s.text}</span>;
            const isFirst = first;
            first = false;
            return (
              // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the focused mark is announced by its label; axe (browser tests) accepts it.
              <mark
                // biome-ignore lint/suspicious/noArrayIndexKey: as above.
                key={i}
                className="cited"
                ref={isFirst ? firstMark : undefined}
                tabIndex={isFirst && focusMark ? -1 : undefined}
                aria-label={isFirst ? t.citedPassage : undefined}
              >
                {s.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
