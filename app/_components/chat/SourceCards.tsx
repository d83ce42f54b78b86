"use client";
/** Sources under an answer, grouped by article: title, date, outlet, then each cited quote opening the source panel. */
import { formatDate } from "@/lib/i18n";
import { useLocale } from "../LocaleProvider";
import { isPlainClick, useSourcePanel } from "../sources/SourcePanelContext";
import { articleHref, displayQuote, groupByDocument, type CitationTarget, type SourceCard } from "./citations";

/** `targets`: the answer's citations in order, which the panel steps through. */
export function SourceCards({ cards, targets }: { cards: SourceCard[]; targets: CitationTarget[] }) {
  const { t, locale } = useLocale();
  if (cards.length === 0) return null;
  const groups = groupByDocument(cards);
  return (
    <section aria-label={t.sources} className="mt-4">
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{t.sources}</h3>
      <ul className="space-y-2">
        {groups.map((group) => (
          <li key={group.docId} data-source-group className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
            <p data-source-title className="leading-snug font-medium">
              {group.title}
            </p>
            <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
              {[formatDate(group.date, locale) ?? t.undated, group.source].filter(Boolean).join(" · ")}
            </p>
            {group.alsoReportedBy.length > 0 && (
              <p data-also-reported-by className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
                {t.colDuplicates}: {group.alsoReportedBy.map((copy) => copy.source ?? copy.title).join(", ")}
              </p>
            )}
            <ol className="mt-2 space-y-1.5">
              {group.items.map((card, i) => (
                <SourceQuote key={card.key} card={card} targets={targets} repeated={i > 0 && group.items[i - 1]!.n === card.n} />
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * One cited quote: its number, the quoted text and an "unverified" badge; opens the panel at the span.
 * `repeated`: the quote above is another sentence of the same passage, so the number is not drawn twice
 * (its place is kept, and screen readers still hear it).
 */
function SourceQuote({ card, targets, repeated }: { card: SourceCard; targets: CitationTarget[]; repeated: boolean }) {
  const { t } = useLocale();
  const panel = useSourcePanel();
  const unverified = card.supported === false;
  const quote = displayQuote(card.quote);
  return (
    <li data-source-card={card.n} className={repeated ? "-mt-1.5" : undefined}>
      <a
        href={articleHref(card.docId, card.start, card.end, card)}
        onClick={(e) => {
          if (!isPlainClick(e)) return;
          e.preventDefault();
          // The card's own span, placed where its number sits in the answer's list.
          const list = targets.some((x) => x.n === card.n) ? targets.map((x) => (x.n === card.n ? card : x)) : [card];
          panel.open(
            list,
            list.findIndex((x) => x.n === card.n),
            e.currentTarget,
          );
        }}
        className={
          "-mx-1.5 flex gap-2 rounded-md p-1.5 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-slate-900 " +
          (unverified ? "ring-1 ring-amber-400 dark:ring-amber-600" : "")
        }
      >
        <span className="sr-only">{t.citationLabel(card.n, card.title)}. </span>
        <span
          aria-hidden="true"
          data-repeated-number={repeated ? "true" : undefined}
          className={
            "mt-0.5 inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded bg-sky-100 px-1 text-xs font-semibold text-sky-900 dark:bg-sky-900/60 dark:text-sky-50" +
            (repeated ? " invisible" : "")
          }
        >
          {card.n}
        </span>
        <span className="min-w-0">
          {quote ? (
            <q className="line-clamp-4 text-slate-700 italic dark:text-slate-300">{quote}</q>
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
      </a>
    </li>
  );
}
