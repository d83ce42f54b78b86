"use client";
/** A full-page message (not found, error) with a way back to the chat. */
import Link from "next/link";
import { useLocale } from "./LocaleProvider";

export function StatusPage({ kind, onRetry }: { kind: "not-found" | "no-article" | "error"; onRetry?: () => void }) {
  const { t } = useLocale();
  const title = kind === "error" ? t.errorTitle : t.notFoundTitle;
  const body = kind === "not-found" ? t.notFoundBody : kind === "no-article" ? t.articleNotFound : t.errorBody;
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center px-6 py-12">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{body}</p>
      <div className="mt-6 flex gap-3">
        <Link href="/" className="action-btn">
          {t.home}
        </Link>
        {onRetry && (
          <button type="button" onClick={onRetry} className="action-btn">
            {t.retry}
          </button>
        )}
      </div>
    </main>
  );
}
