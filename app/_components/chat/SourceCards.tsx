"use client";
/** Cards under an answer: one per cited span, with title, date, outlet, quote and an "unverified" badge. */
import Link from "next/link";
import { formatDate } from "@/lib/i18n";
import { useLocale } from "../LocaleProvider";
import { articleHref, type SourceCard } from "./citations";

export function SourceCards({ cards }: { cards: SourceCard[] }) {
  const { t, locale } = useLocale();
  if (cards.length === 0) return null;
  return (
    <section aria-label={t.sources} className="mt-4">
      <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{t.sources}</h3>
      <ol className="grid gap-2 sm:grid-cols-2">
        {cards.map((card) => {
          const unverified = card.supported === false;
          const meta = [formatDate(card.date, locale) ?? t.undated, card.source].filter(Boolean).join(" · ");
          return (
            <li key={card.key} data-source-card={card.n}>
              <Link
                href={articleHref(card.docId, card.start, card.end)}
                aria-label={`${t.citationLabel(card.n, card.title)}. ${t.openArticle}${unverified ? ` (${t.unverified})` : ""}`}
                className={
                  "block h-full rounded-lg border p-3 text-sm transition-colors hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-slate-900 " +
                  (unverified ? "border-amber-400 dark:border-amber-600" : "border-slate-200 dark:border-slate-800")
                }
              >
                <span className="flex items-start gap-2">
                  <span className="mt-0.5 inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded bg-sky-100 px-1 text-xs font-semibold text-sky-800 dark:bg-sky-900/60 dark:text-sky-100">
                    {card.n}
                  </span>
                  <span className="min-w-0">
                    <span className="block font-medium leading-snug">{card.title}</span>
                    <span className="mt-0.5 block text-xs text-slate-500 dark:text-slate-400">{meta}</span>
                  </span>
                </span>
                {card.quote && (
                  <q className="mt-2 line-clamp-4 block border-l-2 border-slate-300 pl-2 text-slate-700 italic dark:border-slate-600 dark:text-slate-300">
                    {card.quote}
                  </q>
                )}
                {unverified && (
                  <span
                    className="mt-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/50 dark:text-amber-100"
                    title={t.unverifiedHint}
                  >
                    ⚠ {t.unverified}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
