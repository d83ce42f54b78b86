"use client";
/** A short notice above the composer ("Deleted …", "Question edited") with an optional Undo; it fades after a while. */
import { useEffect } from "react";
import { useLocale } from "./LocaleProvider";

export interface Notice {
  /** Changes for every notice, so a repeated text restarts the timer. */
  key: number;
  text: string;
  undo?: () => void;
}

const VISIBLE_MS = 12_000;

export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const { t } = useLocale();
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(onDismiss, VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, onDismiss]);

  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-28 z-50 flex justify-center px-4">
      {notice && (
        <div
          data-notice
          className="pointer-events-auto flex max-w-md items-center gap-3 rounded-lg bg-slate-900 px-4 py-2.5 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
        >
          <span className="min-w-0">{notice.text}</span>
          {notice.undo && (
            <button
              type="button"
              data-undo
              onClick={() => {
                notice.undo?.();
                onDismiss();
              }}
              className="shrink-0 rounded px-2 py-0.5 font-semibold text-sky-300 underline underline-offset-2 hover:text-sky-200 dark:text-sky-800 dark:hover:text-sky-900"
            >
              {t.undo}
            </button>
          )}
          <button
            type="button"
            onClick={onDismiss}
            aria-label={t.dismiss}
            className="shrink-0 rounded px-1 text-slate-300 hover:text-white dark:text-slate-600"
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      )}
    </div>
  );
}
