"use client";
/** Question box: Enter sends, Shift+Enter adds a line; a Stop button replaces Send while an answer streams. */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { MAX_QUESTION_CHARS } from "@/lib/limits";
import { useLocale } from "../LocaleProvider";
import { LabelledControl } from "../LabelledControl";

/** The counter appears once a question uses this share of the limit. */
const COUNTER_FROM = 0.8;

interface Props {
  busy: boolean;
  onSend: (text: string) => void;
  onStop: () => void;
}

export const COMPOSER_ID = "composer";

export function Composer({ busy, onSend, onStop }: Props) {
  const { t } = useLocale();
  const [value, setValue] = useState("");
  const area = useRef<HTMLTextAreaElement>(null);

  // Grow with the text up to a few lines.
  // biome-ignore lint/correctness/useExhaustiveDependencies: measures the textarea again whenever its text changes.
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, 200)}px`;
  }, [value]);

  const length = value.trim().length;
  const tooLong = length > MAX_QUESTION_CHARS;

  const submit = () => {
    const text = value.trim();
    if (!text || busy || tooLong) return;
    onSend(text);
    setValue("");
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // isComposing: Vietnamese input methods (Telex/VNI) use Enter to commit a composition.
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit();
  };

  return (
    <form onSubmit={onSubmit} className="flex items-end gap-2" aria-label={t.composerLabel}>
      <div className="min-w-0 flex-1">
        <LabelledControl id={COMPOSER_ID} label={t.composerLabel} hidden>
          <textarea
            id={COMPOSER_ID}
            ref={area}
            rows={1}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={onKeyDown}
            placeholder={t.composerPlaceholder}
            aria-describedby={tooLong ? "composer-limit composer-hint" : "composer-hint"}
            aria-invalid={tooLong || undefined}
            className="block max-h-[200px] w-full resize-none rounded-xl border border-slate-300 bg-white px-3 py-2.5 text-base leading-6 shadow-sm placeholder:text-slate-400 focus:border-sky-500 focus:outline-2 focus:outline-sky-500 dark:border-slate-700 dark:bg-slate-900"
          />
        </LabelledControl>
        <div className="mt-1 flex items-start gap-2 text-xs">
          <p id="composer-hint" className="hidden text-slate-600 sm:block dark:text-slate-400">
            {t.composerHint}
          </p>
          {length >= MAX_QUESTION_CHARS * COUNTER_FROM && (
            <p
              data-composer-counter
              aria-live="polite"
              className={`ml-auto shrink-0 tabular-nums ${tooLong ? "font-semibold text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}`}
            >
              {t.questionCounter(length, MAX_QUESTION_CHARS)}
            </p>
          )}
        </div>
        {tooLong && (
          <p id="composer-limit" role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
            {t.questionTooLong(MAX_QUESTION_CHARS)}
          </p>
        )}
      </div>
      {busy ? (
        <button
          type="button"
          onClick={onStop}
          aria-label={t.stopLabel}
          className="mb-0 h-11 shrink-0 rounded-xl bg-slate-800 px-4 font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 sm:mb-5 dark:bg-slate-200 dark:text-slate-900"
        >
          <span aria-hidden="true">■</span> {t.stop}
        </button>
      ) : (
        <button
          type="submit"
          disabled={!value.trim() || tooLong}
          className="mb-0 h-11 shrink-0 rounded-xl bg-sky-700 px-4 font-medium text-white hover:bg-sky-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 disabled:cursor-not-allowed disabled:opacity-50 sm:mb-5"
        >
          {t.send}
        </button>
      )}
    </form>
  );
}
