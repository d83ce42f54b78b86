"use client";
/** Button switching the UI between Vietnamese and English; the choice is remembered. */
import { otherLocale } from "@/lib/i18n";
import { useLocale } from "../LocaleProvider";

export function LanguageToggle() {
  const { locale, t, setLocale } = useLocale();
  const next = otherLocale(locale);
  return (
    <button
      type="button"
      data-language-toggle
      lang={next}
      title={t.languageToggleLabel}
      onClick={() => setLocale(next)}
      className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-700 dark:hover:bg-slate-800"
    >
      {/* The visible text is the name (no aria-label that would differ from it); the rest is for screen readers. */}
      {next === "en" ? "EN" : "VI"}
      {/* The language's name when the header (a @container) has room; its code alone beside an open panel or on phones. */}
      <span className="hidden @2xl:inline"> · {t.languageToggle}</span>
      <span className="sr-only"> — {t.languageToggleLabel}</span>
    </button>
  );
}
