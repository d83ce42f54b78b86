"use client";
/** Top bar: app title, new chat, conversation menu toggle (small screens), model switch and language toggle. */
import type { ReactNode } from "react";
import Link from "next/link";
import { useLocale } from "../LocaleProvider";
import { LanguageToggle } from "./LanguageToggle";

interface Props {
  onNewChat: () => void;
  menuOpen: boolean;
  onToggleMenu: () => void;
  /** The model switch. */
  modelSwitch: ReactNode;
}

export function AppHeader({ onNewChat, menuOpen, onToggleMenu, modelSwitch }: Props) {
  const { t } = useLocale();
  return (
    // A container: beside the open source panel the chat column is narrow on a wide screen, so the
    // title's length follows the header's own width (container queries), not the window's.
    <header className="@container z-20 border-b sm:sticky sm:top-0 border-slate-200 bg-white px-4 py-2.5 sm:px-6 dark:border-slate-800 dark:bg-slate-950">
      {/* Tighter on phones, so the short title fits beside the buttons at 390 px. */}
      <div className="flex items-center gap-1.5 sm:gap-2">
        <button
          type="button"
          onClick={onToggleMenu}
          aria-expanded={menuOpen}
          aria-controls="conversation-menu"
          aria-label={t.conversations}
          className="rounded-md border border-slate-300 px-2 py-1.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 lg:hidden dark:border-slate-700 dark:hover:bg-slate-800"
        >
          <span aria-hidden="true">☰</span>
        </button>
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-base font-semibold sm:text-lg">
            <span className="@2xl:hidden">{t.appShortTitle}</span>
            <span className="hidden @2xl:inline">{t.appTitle}</span>
          </h1>
          <p className="hidden truncate text-xs text-slate-500 @2xl:block dark:text-slate-400">{t.appSubtitle}</p>
        </div>
        <button
          type="button"
          onClick={onNewChat}
          data-new-chat
          className="rounded-md border border-slate-300 px-2 py-1.5 text-sm font-medium sm:px-2.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          <span aria-hidden="true" className="text-base leading-none">
            +
          </span>
          <span className="sr-only @2xl:not-sr-only @2xl:ml-1">{t.newChat}</span>
        </button>
        <Link
          href="/articles"
          data-testid="articles-link"
          className="rounded-md border border-slate-300 px-2 py-1.5 text-sm font-medium sm:px-2.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {t.articlesNav}
        </Link>
        <LanguageToggle />
      </div>
      <div className="mt-2">{modelSwitch}</div>
    </header>
  );
}
