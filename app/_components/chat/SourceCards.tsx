"use client";
/** Sources under an answer, grouped by article: title, date, outlet, then each cited quote with its number. */
import Link from "next/link";
import { formatDate } from "@/lib/i18n";
import { useLocale } from "../LocaleProvider";
import { articleHref, groupByDocument, type SourceCard } from "./citations";

export function SourceCards({ cards }: { cards: SourceCard[] }) {
  const { t, locale } = useLocale();
  if (cards.length === 0) return null;
  const groups = groupByDocument(cards);
  return (
    <section aria-label={t.sources} className="mt-4">
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{t.sources}</h3>
      <ul className="space-y-2">
        {groups.map((group) => (
          <li key={group.docId} data-source-group className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
            <p data-source-title className="leading-snug font-medium">
              {group.title}
            </p>
            <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
              {[formatDate(group.date, locale) ?? t.undated, group.source].filter(Boolean).join(" · ")}
            </p>
            <ol className="mt-2 space-y-1.5">
              {group.items.map((card) => (
                <SourceQuote key={card.key} card={card} />
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One cited quote: its number, the quoted text and an "unverified" badge, opening the article at the span. */
function SourceQuote({ card }: { card: SourceCard }) {
  const { t } = useLocale();
  const unverified = card.supported === false;
  return (
    <li data-source-card={card.n}>
      <Link
        href={articleHref(card.docId, card.start, card.end)}
        aria-label={`${t.citationLabel(card.n, card.title)}. ${t.openArticle}${unverified ? ` (${t.unverified})` : ""}`}
        className={
          "flex gap-2 rounded-md p-1.5 -mx-1.5 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-slate-900 " +
          (unverified ? "ring-1 ring-amber-400 dark:ring-amber-600" : "")
        }
      >
        <span className="mt-0.5 inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded bg-sky-100 px-1 text-xs font-semibold text-sky-800 dark:bg-sky-900/60 dark:text-sky-100">
          {card.n}
        </span>
        <span className="min-w-0">
          {card.quote ? (
            <q className="line-clamp-4 text-slate-700 italic dark:text-slate-300">{card.quote}</q>
          ) : (
            <span className="text-slate-700 dark:text-slate-300">{t.openArticle}</span>
          )}
          {unverified && (
            <span
              className="mt-1 block w-fit rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 not-italic dark:bg-amber-900/50 dark:text-amber-100"
              title={t.unverifiedHint}
            >
              ⚠ {t.unverified}
            </span>
          )}
        </span>
      </Link>
    </li>
  );
}
