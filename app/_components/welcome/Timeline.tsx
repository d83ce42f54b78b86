"use client";
/** The corpus as a timeline: articles by date with title and outlet, each opening the article view. */
import Link from "next/link";
import { formatDate } from "@/lib/i18n";
import { useLocale } from "../LocaleProvider";
import { articleHref } from "../chat/citations";
import { sortByDate, useDocuments } from "./useDocuments";

export function Timeline() {
  const { t, locale } = useLocale();
  const state = useDocuments();

  return (
    <section aria-labelledby="timeline-heading" className="mt-8">
      <h2 id="timeline-heading" className="mb-3 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        {t.timeline}
        {state.status === "ready" && state.documents.length > 0 && (
          <span className="ml-2 font-normal normal-case">({t.articlesCount(state.documents.length)})</span>
        )}
      </h2>
      {state.status === "loading" && <p className="text-sm text-slate-500">{t.timelineLoading}</p>}
      {state.status === "error" && <p className="text-sm text-red-700 dark:text-red-300">{t.timelineError}</p>}
      {state.status === "ready" && state.documents.length === 0 && (
        <p className="text-sm text-slate-500">{t.timelineEmpty}</p>
      )}
      {state.status === "ready" && state.documents.length > 0 && (
        <ol data-timeline className="relative ml-2 border-l border-slate-300 dark:border-slate-700">
          {sortByDate(state.documents).map((doc) => (
            <li key={doc.id} className="relative mb-3 pl-4 last:mb-0">
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[5px] size-2.5 rounded-full border-2 border-white bg-sky-600 dark:border-slate-950 dark:bg-sky-400"
              />
              <time dateTime={doc.date ?? undefined} className="block text-xs text-slate-500 dark:text-slate-400">
                {formatDate(doc.date, locale) ?? t.undated}
                {doc.source ? ` · ${doc.source}` : ""}
              </time>
              <Link
                href={articleHref(doc.id, null, null)}
                className="rounded text-sm font-medium text-slate-800 underline-offset-2 hover:text-sky-700 hover:underline focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-slate-200 dark:hover:text-sky-300"
              >
                {doc.title}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
