"use client";
/**
 * The first screen's timeline: the archive's events (rounds, ministerial sessions, statements…) on a
 * time axis by month, each with its reports and a question to ask about it; articles by date when
 * the archive has no events.
 */
import Link from "next/link";
import { formatDate, intlTag, type Locale } from "@/lib/i18n";
import type { EventSummary } from "@/lib/types";
import { useLocale } from "../LocaleProvider";
import { articleHref } from "../chat/citations";
import { byMonth, useTimeline } from "./useTimeline";

/** Colour of each kind's dot and badge (light and dark), so the eye finds rounds among statements. */
const KIND_STYLE: Record<EventSummary["kind"], string> = {
  round: "bg-sky-600 dark:bg-sky-400",
  ministerial: "bg-violet-600 dark:bg-violet-400",
  technical: "bg-teal-600 dark:bg-teal-400",
  statement: "bg-amber-600 dark:bg-amber-400",
  tariff: "bg-rose-600 dark:bg-rose-400",
  call: "bg-emerald-600 dark:bg-emerald-400",
};

function monthLabel(month: string, locale: Locale): string {
  const [y, m] = month.split("-").map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(intlTag(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
}

export function Timeline({ onAsk, disabled }: { onAsk: (question: string) => void; disabled: boolean }) {
  const { t, locale } = useLocale();
  const state = useTimeline();
  const heading = state.status === "events" ? t.timelineEvents : t.timeline;

  return (
    <section aria-labelledby="timeline-heading" className="mt-8">
      <h2 id="timeline-heading" className="mb-3 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        {heading}
        {state.status === "events" && <span className="ml-2 font-normal normal-case">({t.eventsCount(state.events.length, state.articles)})</span>}
        {state.status === "articles" && state.documents.length > 0 && (
          <span className="ml-2 font-normal normal-case">({t.articlesCount(state.documents.length)})</span>
        )}
      </h2>
      {state.status === "loading" && <p className="text-sm text-slate-600 dark:text-slate-400">{t.timelineLoading}</p>}
      {state.status === "error" && <p className="text-sm text-red-700 dark:text-red-300">{t.timelineError}</p>}
      {state.status === "articles" && state.documents.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">{t.timelineEmpty}</p>}

      {state.status === "events" && (
        <ol data-timeline data-timeline-kind="events" className="relative ml-1">
          {byMonth(state.events).map((group) => (
            <li key={group.month || "undated"} className="relative border-l-2 border-slate-200 pb-2 pl-5 dark:border-slate-800">
              <h3 className="relative -ml-5 mb-2 flex items-center gap-2 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
                <span
                  aria-hidden="true"
                  className="-ml-[7px] inline-block size-3 rounded-full border-2 border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-950"
                />
                {group.month ? monthLabel(group.month, locale) : t.undatedEvents}
              </h3>
              <ol className="space-y-2.5">
                {group.events.map((event) => (
                  <EventCard key={event.id} event={event} onAsk={onAsk} disabled={disabled} />
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}

      {state.status === "articles" && state.documents.length > 0 && (
        <ol data-timeline data-timeline-kind="articles" className="relative ml-2 border-l border-slate-300 dark:border-slate-700">
          {state.documents.map((doc) => (
            <li key={doc.id} className="relative mb-3 pl-4 last:mb-0">
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[5px] size-2.5 rounded-full border-2 border-white bg-sky-600 dark:border-slate-950 dark:bg-sky-400"
              />
              <time dateTime={doc.date ?? undefined} className="block text-xs text-slate-600 dark:text-slate-400">
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

/** One event: kind badge, date and place, its label, the reports (links) and a question to ask. */
function EventCard({ event, onAsk, disabled }: { event: EventSummary; onAsk: (q: string) => void; disabled: boolean }) {
  const { t, locale } = useLocale();
  const label = locale === "en" && event.labelEn ? event.labelEn : event.label;
  const date = formatDate(event.date, locale);
  return (
    <li data-event={event.id} className="relative rounded-lg border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <span
        aria-hidden="true"
        className={`absolute top-4 -left-[27px] size-2.5 rounded-full ring-4 ring-white dark:ring-slate-950 ${KIND_STYLE[event.kind]}`}
      />
      {/* The question to ask sits beside the label, so each event takes two lines before its reports. */}
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
            <span className="inline-flex items-center gap-1 font-semibold text-slate-700 dark:text-slate-200">
              <span aria-hidden="true" className={`inline-block size-2 rounded-full ${KIND_STYLE[event.kind]}`} />
              {t.eventKind[event.kind] ?? event.kind}
            </span>
            {date && <time dateTime={event.date ?? undefined}>{date}</time>}
            {event.place && <span>· {event.place}</span>}
          </p>
          <p data-event-label lang={locale === "en" && event.labelEn ? "en" : "vi"} className="mt-1 font-semibold leading-snug">
            {label}
          </p>
        </div>
        <button
          type="button"
          data-ask-event
          disabled={disabled}
          onClick={() => onAsk(t.eventQuestion(label, date))}
          aria-label={t.askAboutEventLabel(label)}
          className="action-btn shrink-0 text-xs"
        >
          {t.askAboutEvent} <span aria-hidden="true">→</span>
        </button>
      </div>
      <details className="mt-1.5 text-sm">
        <summary className="cursor-pointer text-slate-700 select-none hover:text-slate-900 dark:text-slate-300 dark:hover:text-white">
          {t.eventReports(event.reports.length)}
        </summary>
        <ul className="mt-1.5 space-y-1">
          {event.reports.map((r) => (
            <li key={r.docId}>
              <Link
                href={articleHref(r.docId, null, null)}
                lang={r.lang}
                data-event-report
                className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
              >
                {r.title}
              </Link>
              <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">{[r.source, formatDate(r.date, locale)].filter(Boolean).join(" · ")}</span>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
