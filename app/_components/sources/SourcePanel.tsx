"use client";
/**
 * The cited article beside the chat (a bottom sheet on phones), scrolled to the highlighted span,
 * with previous/next citation of the same answer and a link to the full-page view.
 */
import { useEffect, useMemo, useRef } from "react";
import { formatDate } from "@/lib/i18n";
import { useLocale } from "../LocaleProvider";
import { ArticleBody } from "../article/ArticleBody";
import { parseSpan } from "../article/highlight";
import { useArticle } from "../article/useArticle";
import { articleHref, type CitationTarget } from "../chat/citations";
import { useSourcePanel } from "./SourcePanelContext";

export function SourcePanel() {
  const { state, go, close } = useSourcePanel();
  const { t } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const isOpen = state !== null;

  // Focus moves into the panel when it opens, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (isOpen) heading.current?.focus({ preventScroll: true });
  }, [isOpen]);

  if (!state) return null;
  const target = state.targets[state.index]!;
  const many = state.targets.length > 1;

  return (
    <aside
      data-source-panel
      aria-labelledby="source-panel-heading"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
      className="fixed inset-x-0 bottom-0 z-40 flex h-[72dvh] flex-col rounded-t-2xl border-t border-slate-300 bg-white shadow-[0_-8px_30px_rgb(0_0_0/0.18)] lg:sticky lg:top-0 lg:z-10 lg:h-dvh lg:w-[min(32rem,38vw)] lg:shrink-0 lg:rounded-none lg:border-t-0 lg:border-l lg:shadow-none dark:border-slate-700 dark:bg-slate-950"
    >
      <div className="flex items-center gap-1.5 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 id="source-panel-heading" ref={heading} tabIndex={-1} className="mr-auto rounded text-sm font-semibold text-slate-700 dark:text-slate-200">
          <span className="sr-only">{t.panelLabel}: </span>
          <span data-panel-position>{t.citationPosition(state.index + 1, state.targets.length)}</span>
        </h2>
        {many && (
          <>
            <button type="button" className="action-btn" onClick={() => go(-1)} aria-label={t.previousCitation} data-panel-prev>
              <span aria-hidden="true">‹</span>
            </button>
            <button type="button" className="action-btn" onClick={() => go(1)} aria-label={t.nextCitation} data-panel-next>
              <span aria-hidden="true">›</span>
            </button>
          </>
        )}
        <a href={articleHref(target.docId, target.start, target.end, target)} target="_blank" rel="noopener" className="action-btn" title={t.openFullPageLabel}>
          {t.openFullPage} <span aria-hidden="true">↗</span>
        </a>
        <button type="button" className="action-btn" onClick={close} aria-label={t.closePanel} data-panel-close>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <PanelArticle key={`${target.docId}`} target={target} />
    </aside>
  );
}

/** One article in the panel: metadata, then the body scrolled so the cited span is in the middle. */
function PanelArticle({ target }: { target: CitationTarget }) {
  const { t, locale } = useLocale();
  const state = useArticle(target.docId);
  const scroller = useRef<HTMLDivElement>(null);
  const doc = state.status === "ready" ? state.document : null;
  const span = useMemo(
    () => (doc && target.start != null && target.end != null ? parseSpan(target.start, target.end, doc.body.length) : null),
    [doc, target.start, target.end],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new span or article renders a new mark to scroll to.
  useEffect(() => {
    const box = scroller.current;
    const mark = box?.querySelector<HTMLElement>("mark.cited");
    if (!box || !mark) return;
    const offset = mark.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTo({ top: Math.max(0, offset - box.clientHeight / 3) });
  }, [span, doc]);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a scrolling box inside the panel's own section, labelled by the article.
    <div
      ref={scroller}
      data-panel-body
      // Focusable so keyboard users can scroll the article (axe: scrollable-region-focusable).
      // biome-ignore lint/a11y/noNoninteractiveTabindex: as said above.
      tabIndex={0}
      aria-label={doc?.title ?? t.articleLoading}
      role="region"
      className="min-h-0 flex-1 overflow-y-auto px-4 py-3"
    >
      {state.status === "loading" && <p className="text-sm text-slate-600 dark:text-slate-400">{t.articleLoading}</p>}
      {state.status === "not-found" && <p role="alert">{t.articleNotFound}</p>}
      {state.status === "error" && (
        <p role="alert">
          {t.articleError} {state.message}
        </p>
      )}
      {doc && (
        <article aria-label={doc.title}>
          <h3 lang={doc.lang} className="text-lg leading-snug font-semibold">
            {doc.title}
          </h3>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {[doc.source, formatDate(doc.date, locale) ?? t.undated].filter(Boolean).join(" · ")}
          </p>
          {state.status === "ready" && state.alsoReportedBy.length > 0 && (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-also-reported-by>
              {t.colDuplicates}: {state.alsoReportedBy.map((copy) => copy.source ?? copy.title).join(", ")}
            </p>
          )}
          {target.supported === false && (
            <p className="mt-2 rounded bg-amber-100 px-2 py-1 text-xs text-amber-900 dark:bg-amber-900/50 dark:text-amber-100">⚠ {t.unverifiedHint}</p>
          )}
          {span === "invalid" && (
            <p role="status" className="mt-2 rounded bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950/50 dark:text-amber-100">
              {t.invalidSpan}
            </p>
          )}
          <div className="mt-3 text-[0.95rem]">
            <ArticleBody body={doc.body} span={span === "invalid" ? null : span} lang={doc.lang} focusMark={false} />
          </div>
        </article>
      )}
    </div>
  );
}
