"use client";
/** Collapsed list of all passages retrieved for an answer, each opening the article view. */
import Link from "next/link";
import type { PassageView } from "@/lib/types";
import { formatDate } from "@/lib/i18n";
import { useLocale } from "../LocaleProvider";
import { articleHref } from "./citations";

export function PassageList({ passages }: { passages: PassageView[] }) {
  const { t, locale } = useLocale();
  if (passages.length === 0) return null;
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer rounded text-slate-600 select-none hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100">
        {t.retrievedPassages} ({passages.length})
      </summary>
      <ol className="mt-2 space-y-2">
        {passages.map((p) => (
          <li key={`${p.n}:${p.chunkId}`} className="rounded-md border border-slate-200 p-2 dark:border-slate-800">
            <Link
              href={articleHref(p.docId, p.start, p.end, { quote: p.text })}
              className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
            >
              [{p.n}] {p.title}
            </Link>
            <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">
              {[formatDate(p.date, locale) ?? t.undated, p.source].filter(Boolean).join(" · ")}
            </span>
            <p className="mt-1 line-clamp-3 whitespace-pre-line text-slate-600 dark:text-slate-400">{p.text}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
