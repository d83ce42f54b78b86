/** Choosing the UI language: a saved choice first, then the browser's languages, then Vietnamese. */
import { LOCALES, type Locale } from "./strings";

/** localStorage key holding the user's explicit language choice. */
export const LOCALE_STORAGE_KEY = "vntq.locale";

/** Language used when nothing else decides (server render, unknown browser language). */
export const DEFAULT_LOCALE: Locale = "vi";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Map browser language tags ("en-US", "vi") to a supported locale; the first supported tag wins. */
export function localeFromLanguages(languages: ReadonlyArray<string | undefined | null>): Locale | null {
  for (const tag of languages) {
    if (!tag) continue;
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return null;
}

/** Resolve the locale from a saved choice and the browser's language list. */
export function resolveLocale(saved: string | null | undefined, languages: ReadonlyArray<string>): Locale {
  if (isLocale(saved)) return saved;
  return localeFromLanguages(languages) ?? DEFAULT_LOCALE;
}

/** The other locale, for a two-language toggle. */
export function otherLocale(locale: Locale): Locale {
  return locale === "vi" ? "en" : "vi";
}

/** BCP 47 tag used for dates and numbers. */
export function intlTag(locale: Locale): string {
  return locale === "vi" ? "vi-VN" : "en-GB";
}

/**
 * Source of a tiny inline script that sets `<html lang>` before first paint, mirroring
 * `resolveLocale`. It only reads localStorage and navigator; it writes nothing but the attribute.
 */
export const LANG_BOOT_SCRIPT = [
  "(function(){try{",
  `var s=localStorage.getItem(${JSON.stringify(LOCALE_STORAGE_KEY)});var l=(s==="vi"||s==="en")?s:null;`,
  "if(!l){var ls=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language];",
  'for(var i=0;i<ls.length;i++){var b=String(ls[i]||"").toLowerCase().split(/[-_]/)[0];if(b==="vi"||b==="en"){l=b;break;}}}',
  `document.documentElement.lang=l||${JSON.stringify(DEFAULT_LOCALE)};`,
  "}catch(e){}})();",
].join("");
