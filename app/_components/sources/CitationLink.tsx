"use client";
/**
 * An inline [n] marker: a real link to the cited span (new tab works), a preview on hover or focus
 * (quoted sentence, outlet, date), and a plain click opens the source panel beside the chat.
 */
import { useEffect, useId, useRef, useState, type MouseEvent } from "react";
import { createPortal } from "react-dom";
import { formatDate } from "@/lib/i18n";
import { useLocale } from "../LocaleProvider";
import { articleHref, displayQuote, type CitationTarget } from "../chat/citations";
import { isPlainClick } from "./SourcePanelContext";

const HIDE_DELAY_MS = 200;
const PREVIEW_WIDTH = 320;

interface Props {
  target: CitationTarget;
  /** Open the panel at this citation; `from` gets focus back when the panel closes. */
  onOpen: (n: number, from: HTMLElement) => void;
}

export function CitationLink({ target, onOpen }: Props) {
  const { t, locale } = useLocale();
  const previewId = useId();
  const ref = useRef<HTMLAnchorElement>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  const [pos, setPos] = useState<{ left: number; top: number; above: boolean } | null>(null);
  const unverified = target.supported === false;
  const label = `${t.citationLabel(target.n, target.title)}${unverified ? ` (${t.unverified})` : ""}`;

  const show = () => {
    window.clearTimeout(hideTimer.current);
    const rect = ref.current?.getBoundingClientRect();
    if (!rect) return;
    const width = Math.min(PREVIEW_WIDTH, window.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    // Below the marker unless that would run off the bottom of the window.
    const above = rect.bottom + 180 > window.innerHeight && rect.top > 200;
    setPos({ left, top: above ? rect.top - 6 : rect.bottom + 6, above });
  };
  const hideSoon = () => {
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => setPos(null), HIDE_DELAY_MS);
  };
  useEffect(() => () => window.clearTimeout(hideTimer.current), []);

  // The preview is positioned for the window as it was: any scroll closes it.
  useEffect(() => {
    if (!pos) return;
    const hide = () => setPos(null);
    window.addEventListener("scroll", hide, { passive: true, capture: true });
    return () => window.removeEventListener("scroll", hide, { capture: true });
  }, [pos]);

  const openPanel = () => {
    setPos(null);
    if (ref.current) onOpen(target.n, ref.current);
  };
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    openPanel();
  };

  const meta = [target.source, formatDate(target.date, locale) ?? t.undated].filter(Boolean).join(" · ");
  const quote = displayQuote(target.quote);

  return (
    <>
      <a
        ref={ref}
        href={articleHref(target.docId, target.start, target.end, target)}
        data-citation={target.n}
        data-unverified={unverified ? "true" : undefined}
        aria-label={label}
        aria-describedby={pos ? previewId : undefined}
        onClick={onClick}
        onMouseEnter={show}
        onMouseLeave={hideSoon}
        onFocus={show}
        onBlur={hideSoon}
        onKeyDown={(e) => {
          if (e.key === "Escape" && pos) {
            e.preventDefault();
            e.stopPropagation();
            setPos(null);
          }
        }}
        className={
          "mx-0.5 inline-flex min-w-[1.6rem] items-center justify-center rounded-md px-1 align-baseline text-[0.8em] leading-5 font-semibold not-italic no-underline! " +
          "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-500 " +
          (unverified
            ? "border border-dashed border-amber-600 bg-amber-50 text-amber-900! hover:bg-amber-100 dark:bg-amber-950/40 dark:text-amber-100!"
            : "bg-sky-100 text-sky-900! hover:bg-sky-200 dark:bg-sky-900/60 dark:text-sky-50! dark:hover:bg-sky-800")
        }
      >
        {target.n}
      </a>
      {pos &&
        createPortal(
          // biome-ignore lint/a11y/noStaticElementInteractions: hovering keeps the preview open; the citation link is the keyboard way.
          <div
            data-citation-preview={target.n}
            onMouseEnter={() => window.clearTimeout(hideTimer.current)}
            onMouseLeave={hideSoon}
            style={{
              left: pos.left,
              top: pos.top,
              width: Math.min(PREVIEW_WIDTH, window.innerWidth - 16),
              transform: pos.above ? "translateY(-100%)" : undefined,
            }}
            className="fixed z-50 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
          >
            <p className="text-xs font-medium text-slate-600 dark:text-slate-300">{target.title}</p>
            <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{meta}</p>
            {quote && (
              <p id={previewId} className="mt-2 line-clamp-5 text-slate-800 dark:text-slate-100">
                <q className="italic">{quote}</q>
              </p>
            )}
            {unverified && <p className="mt-1 text-xs text-amber-800 dark:text-amber-200">⚠ {t.unverifiedHint}</p>}
            <button type="button" tabIndex={-1} onClick={openPanel} aria-label={t.previewOpenLabel(target.n)} className="action-btn mt-2">
              {t.previewOpen}
            </button>
          </div>,
          document.body,
        )}
    </>
  );
}
