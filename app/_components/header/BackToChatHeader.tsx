"use client";
/** The header of the pages beside the chat (an article, the Articles page): the way back to the chat and the language toggle. */
import Link from "next/link";
import { useLocale } from "../LocaleProvider";
import { LanguageToggle } from "./LanguageToggle";

/** `width` is the page's content width, so the header's ends line up with the page below it. */
export function BackToChatHeader({ width }: { width: "max-w-3xl" | "max-w-5xl" }) {
  const { t } = useLocale();
  return (
    <header className="@container sticky top-0 z-10 border-b border-slate-200 bg-white px-4 py-2.5 sm:px-6 dark:border-slate-800 dark:bg-slate-950">
      <div className={`mx-auto flex ${width} items-center gap-2`}>
        <Link
          href="/"
          className="rounded-md px-1 py-1 text-sm font-medium text-sky-800 hover:underline focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-sky-300"
        >
          ← {t.backToChat}
        </Link>
        <span className="flex-1" />
        <LanguageToggle />
      </div>
    </header>
  );
}
