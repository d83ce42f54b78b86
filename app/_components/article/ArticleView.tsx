"use client";
/** The article view: title, date, outlet, link to the original, and the body with the cited span highlighted. */
import { type ReactNode, useEffect, useMemo } from "react";
import { formatDate } from "@/lib/i18n";
import { useLocale } from "../LocaleProvider";
import { BackToChatHeader } from "../header/BackToChatHeader";
import { ArticleBody } from "./ArticleBody";
import { checkSpan, parseSpan } from "./highlight";
import { useArticle } from "./useArticle";

const SAFE_URL = /^https?:\/\//i;

/** One line of the article's facts (date, outlet…): its name, then its value. */
function Fact({ label, children, ...rest }: { label: string; children: ReactNode; "data-also-reported-by"?: boolean }) {
  return (
    <div className="flex gap-1" {...rest}>
      <dt>{label}:</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** `quote` and `version` (from the citation link) let the view tell whether the offsets still hold after a rebuild. */
export function ArticleView({ id, start, end, quote, version }: { id: string; start?: string; end?: string; quote?: string; version?: string }) {
  const { t, locale } = useLocale();
  const state = useArticle(id);
  const doc = state.status === "ready" ? state.document : null;
  const currentVersion = state.status === "ready" ? state.version : undefined;
  const parsed = useMemo(() => (doc ? parseSpan(start, end, doc.body.length) : null), [doc, start, end]);
  const check = useMemo(
    () => (doc && parsed && parsed !== "invalid" ? checkSpan(doc.body, parsed, quote, version, currentVersion) : null),
    [doc, parsed, quote, version, currentVersion],
  );
  const span = check ? (check.kind === "changed" ? null : check.span) : parsed;

  useEffect(() => {
    if (doc) document.title = `${doc.title} · ${t.appTitle}`;
  }, [doc, t.appTitle]);

  return (
    <div className="min-h-dvh">
      <BackToChatHeader width="max-w-3xl" />
      <main className="mx-auto max-w-3xl px-4 py-6 sm:px-6">
        {state.status === "loading" && <p className="text-slate-500">{t.articleLoading}</p>}
        {state.status === "not-found" && (
          <p role="alert" className="text-red-800 dark:text-red-200">
            {t.articleNotFound}
          </p>
        )}
        {state.status === "error" && (
          <p role="alert" className="text-red-800 dark:text-red-200">
            {t.articleError} {state.message}
          </p>
        )}
        {doc && (
          <article aria-labelledby="article-title">
            <h1 id="article-title" lang={doc.lang} className="text-2xl leading-tight font-semibold tracking-tight sm:text-3xl">
              {doc.title}
            </h1>
            <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
              {doc.date && (
                <Fact label={t.eventDate}>
                  <time dateTime={doc.date}>{formatDate(doc.date, locale)}</time>
                </Fact>
              )}
              {doc.published && (
                <Fact label={t.publishedOn}>
                  <time dateTime={doc.published}>{formatDate(doc.published, locale)}</time>
                </Fact>
              )}
              {doc.source && <Fact label={t.outlet}>{doc.source}</Fact>}
              {doc.url && SAFE_URL.test(doc.url) && (
                <div className="flex min-w-0 gap-1">
                  <dt className="sr-only">{t.originalArticle}</dt>
                  <dd className="min-w-0">
                    <a
                      href={doc.url}
                      target="_blank"
                      rel="noopener noreferrer nofollow"
                      className="text-sky-800 underline underline-offset-2 dark:text-sky-300"
                    >
                      {t.originalArticle} ↗
                    </a>
                  </dd>
                </div>
              )}
              {state.status === "ready" && state.alsoReportedBy.length > 0 && (
                <Fact label={t.colDuplicates} data-also-reported-by>
                  {state.alsoReportedBy.map((copy) => copy.source ?? copy.title).join(", ")}
                </Fact>
              )}
            </dl>
            {check && check.kind !== "holds" && (
              <p
                role="status"
                data-span-check={check.kind}
                className="mt-4 rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
              >
                {check.kind === "refound" ? t.spanRefound : t.spanChanged}
              </p>
            )}
            {span === "invalid" && (
              <p role="status" className="mt-4 rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100">
                {t.invalidSpan}
              </p>
            )}
            <hr className="my-5 border-slate-200 dark:border-slate-800" />
            <ArticleBody body={doc.body} span={span === "invalid" ? null : span} lang={doc.lang} />
          </article>
        )}
      </main>
    </div>
  );
}
