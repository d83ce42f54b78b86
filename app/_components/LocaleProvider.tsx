"use client";
/** Provides the UI language (saved choice or browser language), its strings, and a switch that persists. */
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY, STRINGS, resolveLocale, type Locale, type UiStrings } from "@/lib/i18n";

interface LocaleContextValue {
  locale: Locale;
  t: UiStrings;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleContextValue>({
  locale: DEFAULT_LOCALE,
  t: STRINGS[DEFAULT_LOCALE],
  setLocale: () => {},
});

const CHANGE_EVENT = "vntq:locale";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener("languagechange", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener("languagechange", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** Fallback when localStorage is unavailable (private mode): the choice lasts for this page. */
let memoryChoice: Locale | null = null;

function readSaved(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY) ?? memoryChoice;
  } catch {
    return memoryChoice;
  }
}

function clientSnapshot(): Locale {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return resolveLocale(readSaved(), languages);
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const locale = useSyncExternalStore(subscribe, clientSnapshot, () => DEFAULT_LOCALE);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    memoryChoice = next;
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Private mode: memoryChoice keeps it for this page.
    }
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);

  const value = useMemo(() => ({ locale, t: STRINGS[locale], setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The current UI language, its strings and the switch. */
export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext);
}
