"use client";
/** The Articles page: the archive's list (filter by text, outlet and date), adding articles, and removing one with confirmation and undo. */
import Link from "next/link";
import { useCallback, useEffect, useMemo, useState } from "react";
import { formatDate } from "@/lib/i18n";
import { fold } from "@/lib/text/normalize";
import type { DocumentSummary } from "@/lib/types";
import { useLocale } from "../LocaleProvider";
import { BackToChatHeader } from "../header/BackToChatHeader";
import { AddArticles } from "./AddArticles";
import { listArticles, removeArticle, restoreArticle } from "./archiveApi";

type ListState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; documents: DocumentSummary[] };

const input = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900";
const smallButton =
  "rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-700 dark:hover:bg-slate-800";

export function ArticlesPage() {
  const { t, locale } = useLocale();
  const [list, setList] = useState<ListState>({ status: "loading" });
  const [text, setText] = useState("");
  const [outlet, setOutlet] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ message: string; undo?: { id: string; title: string } } | null>(null);

  const reload = useCallback(() => {
    listArticles().then(
      (documents) => setList({ status: "ready", documents }),
      (error: unknown) => setList({ status: "error", message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  useEffect(reload, [reload]);
  useEffect(() => {
    document.title = `${t.articlesTitle} · ${t.appTitle}`;
  }, [t.articlesTitle, t.appTitle]);

  const documents = list.status === "ready" ? list.documents : [];
  const outlets = useMemo(() => [...new Set(documents.map((d) => d.source).filter((o): o is string => Boolean(o)))].sort(), [documents]);
  const shown = useMemo(() => {
    const needle = fold(text.trim());
    return [...documents]
      .filter((d) => !needle || fold(`${d.title} ${d.source ?? ""}`).includes(needle))
      .filter((d) => !outlet || d.source === outlet)
      .filter((d) => (!from || (d.date ?? "") >= from) && (!to || (d.date ?? "9999") <= to))
      .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  }, [documents, text, outlet, from, to]);

  async function remove(document: DocumentSummary) {
    setConfirming(null);
    const failure = await removeArticle(document.id);
    setNotice(failure ? { message: t.failed(failure) } : { message: t.removed(document.title), undo: { id: document.id, title: document.title } });
    reload();
  }

  async function undo(id: string, title: string) {
    const result = await restoreArticle(id);
    setNotice({
      message:
        result.status === "added"
          ? t.restored(title)
          : result.status === "refused"
            ? t.refused(result.reason)
            : result.status === "failed"
              ? t.failed(result.message)
              : t.duplicate(result.duplicateOfTitle),
    });
    reload();
  }

  return (
    <div className="min-h-dvh">
      <BackToChatHeader width="max-w-5xl" />
      <main className="mx-auto max-w-5xl space-y-6 px-4 py-6 sm:px-6">
        <div>
          <h1 className="text-xl font-semibold">{t.articlesTitle}</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.articlesIntro}</p>
        </div>
        <AddArticles onChanged={reload} />
        {notice && (
          <p
            role="status"
            data-testid="archive-notice"
            className="flex flex-wrap items-center gap-2 rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800"
          >
            <span>{notice.message}</span>
            {notice.undo && (
              <button type="button" className={smallButton} onClick={() => void undo(notice.undo!.id, notice.undo!.title)}>
                {t.undo}
              </button>
            )}
          </p>
        )}
        <section aria-label={t.articlesTitle}>
          <div className="mb-3 flex flex-wrap items-end gap-2">
            <label className="text-sm">
              <span className="block">{t.filterText}</span>
              <input type="search" value={text} onChange={(e) => setText(e.target.value)} className={input} data-testid="filter-text" />
            </label>
            <label className="text-sm">
              <span className="block">{t.filterOutlet}</span>
              <select value={outlet} onChange={(e) => setOutlet(e.target.value)} className={input}>
                <option value="">{t.allOutlets}</option>
                {outlets.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              <span className="block">{t.dateFrom}</span>
              <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} className={input} />
            </label>
            <label className="text-sm">
              <span className="block">{t.dateTo}</span>
              <input type="date" value={to} onChange={(e) => setTo(e.target.value)} className={input} />
            </label>
            {list.status === "ready" && <span className="pb-2 text-sm text-slate-500">{t.shown(shown.length, documents.length)}</span>}
          </div>
          {list.status === "loading" && <p className="text-slate-500">{t.listLoading}</p>}
          {list.status === "error" && <p role="alert">{t.listError}</p>}
          {list.status === "ready" && shown.length === 0 && <p className="text-slate-500">{t.listEmpty}</p>}
          {list.status === "ready" && shown.length > 0 && (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase dark:border-slate-800">
                  <tr>
                    <th className="py-2 pr-3">{t.colTitle}</th>
                    <th className="py-2 pr-3">{t.colOutlet}</th>
                    <th className="py-2 pr-3">{t.colDate}</th>
                    <th className="py-2 pr-3">{t.colLanguage}</th>
                    <th className="py-2 pr-3 text-right">{t.colChunks}</th>
                    <th className="py-2 pr-3">{t.colDuplicates}</th>
                    <th className="py-2" />
                  </tr>
                </thead>
                <tbody>
                  {shown.map((d) => (
                    <tr key={d.id} data-testid="article-row" data-id={d.id} className="border-b border-slate-100 align-top dark:border-slate-900">
                      <td className="py-2 pr-3">
                        <Link href={`/documents/${encodeURIComponent(d.id)}`} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
                          {d.title}
                        </Link>
                      </td>
                      <td className="py-2 pr-3">{d.source ?? "–"}</td>
                      <td className="py-2 pr-3 whitespace-nowrap">{formatDate(d.date, locale) ?? "–"}</td>
                      <td className="py-2 pr-3">{d.lang === "en" ? t.langEn : d.lang === "vi" ? t.langVi : "–"}</td>
                      <td className="py-2 pr-3 text-right tabular-nums">{d.chunks ?? "–"}</td>
                      <td className="py-2 pr-3" data-testid="also-reported-by">
                        {d.alsoReportedBy?.length ? d.alsoReportedBy.map((c) => c.source ?? c.title).join(", ") : "–"}
                      </td>
                      <td className="py-2 text-right whitespace-nowrap">
                        {!d.added ? (
                          <span className="text-xs text-slate-400">{t.shipped}</span>
                        ) : confirming === d.id ? (
                          // biome-ignore lint/a11y/useSemanticElements: two buttons of a confirmation inside a table cell, not a form (fieldset).
                          <span className="inline-flex items-center gap-1" role="group" aria-label={t.removeConfirm(d.title)}>
                            <span className="sr-only">{t.removeConfirm(d.title)}</span>
                            <button
                              type="button"
                              data-testid="confirm-remove"
                              className={`${smallButton} border-red-300 text-red-800 dark:text-red-300`}
                              onClick={() => void remove(d)}
                            >
                              {t.removeYes}
                            </button>
                            <button type="button" className={smallButton} onClick={() => setConfirming(null)}>
                              {t.removeNo}
                            </button>
                          </span>
                        ) : (
                          <button
                            type="button"
                            data-testid="remove"
                            className={smallButton}
                            onClick={() => setConfirming(d.id)}
                            aria-label={`${t.remove}: ${d.title}`}
                          >
                            {t.remove}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </main>
    </div>
  );
}
