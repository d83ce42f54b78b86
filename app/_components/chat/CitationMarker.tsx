"use client";
/** An inline [n] marker that opens the cited span in the article view. */
import { useRouter } from "next/navigation";
import { useLocale } from "../LocaleProvider";
import { articleHref, type CitationTarget } from "./citations";

export function CitationMarker({ target }: { target: CitationTarget }) {
  const router = useRouter();
  const { t } = useLocale();
  const unverified = target.supported === false;
  const label = `${t.citationLabel(target.n, target.title)}${unverified ? ` (${t.unverified})` : ""}`;
  return (
    <button
      type="button"
      data-citation={target.n}
      data-unverified={unverified ? "true" : undefined}
      aria-label={label}
      title={unverified ? `${label}. ${t.unverifiedHint}` : label}
      onClick={() => router.push(articleHref(target.docId, target.start, target.end))}
      className={
        "mx-0.5 inline-flex min-w-[1.6rem] items-center justify-center rounded-md px-1 align-baseline text-[0.8em] font-semibold leading-5 not-italic " +
        "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-500 " +
        (unverified
          ? "border border-dashed border-amber-500 bg-amber-50 text-amber-800 hover:bg-amber-100 dark:bg-amber-950/40 dark:text-amber-200"
          : "bg-sky-100 text-sky-800 hover:bg-sky-200 dark:bg-sky-900/60 dark:text-sky-100 dark:hover:bg-sky-800")
      }
    >
      {target.n}
    </button>
  );
}
