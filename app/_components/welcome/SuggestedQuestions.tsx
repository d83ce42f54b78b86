"use client";
/** Suggested questions in Vietnamese and English; clicking one asks it. */
import { SUGGESTED_QUESTIONS } from "@/lib/i18n";
import { useLocale } from "../LocaleProvider";

export function SuggestedQuestions({ onAsk, disabled }: { onAsk: (text: string) => void; disabled: boolean }) {
  const { t } = useLocale();
  return (
    <section aria-labelledby="suggested-heading" className="mt-6">
      <h2 id="suggested-heading" className="mb-3 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        {t.suggestedQuestions}
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2">
        {SUGGESTED_QUESTIONS.map((q) => (
          <li key={q.text}>
            <button
              type="button"
              lang={q.lang}
              data-suggestion
              disabled={disabled}
              onClick={() => onAsk(q.text)}
              className="h-full w-full rounded-xl border border-slate-200 bg-white px-3 py-2.5 text-left text-sm hover:border-sky-400 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-60 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-sky-700 dark:hover:bg-slate-800"
            >
              <span aria-hidden="true" className="mr-1.5 text-xs font-semibold text-slate-600 dark:text-slate-400">
                {q.lang.toUpperCase()}
              </span>
              {q.text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
