/** UI internationalisation: strings, locale detection and date formatting. */
export { LOCALES, STRINGS, SUGGESTED_QUESTIONS, type Locale, type UiStrings } from "./strings";
export {
  DEFAULT_LOCALE,
  LANG_BOOT_SCRIPT,
  LOCALE_STORAGE_KEY,
  intlTag,
  isLocale,
  localeFromLanguages,
  otherLocale,
  resolveLocale,
} from "./detect";
export { formatDate } from "./format";
