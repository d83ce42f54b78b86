"use client";
/** One assistant answer: model label, failure alert, markdown with citation markers, sources and actions. */
import { useMemo } from "react";
import type { ChatMessage } from "@/lib/types";
import { useLocale } from "../LocaleProvider";
import { AnswerMarkdown } from "./AnswerMarkdown";
import { CopyButton } from "./CopyButton";
import { FailureAlert } from "./FailureAlert";
import { PassageList } from "./PassageList";
import { SourceCards } from "./SourceCards";
import { citationTargets, copyText, messageSources, sourceCards } from "./citations";
import { classifyParts } from "./parts";

interface Props {
  message: ChatMessage;
  /** This answer is still streaming. */
  busy: boolean;
  /** Offer "Regenerate" (last answer, chat idle). */
  onRegenerate?: () => void;
}

export function AssistantMessage({ message, busy, onRegenerate }: Props) {
  const { t } = useLocale();
  const parts = useMemo(() => classifyParts(message.parts), [message.parts]);
  const sources = useMemo(() => messageSources(message), [message]);
  const targets = useMemo(() => citationTargets(sources), [sources]);
  const text = parts.texts.join("");
  const cards = useMemo(() => sourceCards(sources, text), [sources, text]);
  const meta = message.metadata;

  return (
    <article
      aria-label={t.assistant}
      data-role="assistant"
      data-status={busy ? "streaming" : "done"}
      aria-busy={busy}
      className="min-w-0 scroll-mt-36"
    >
      <header className="mb-2 flex flex-wrap items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
        <span className="font-semibold text-slate-700 dark:text-slate-200">{t.assistant}</span>
        {meta?.model && (
          <span
            data-model-label
            className="rounded-full border border-slate-300 px-2 py-0.5 font-mono text-[0.7rem] dark:border-slate-700"
            title={`${t.answeredBy} ${meta.model}`}
          >
            <span className="sr-only">{t.answeredBy} </span>
            {meta.model}
          </span>
        )}
      </header>
      {meta?.failure && <FailureAlert failure={meta.failure} />}
      {text ? (
        <AnswerMarkdown text={text} targets={targets} />
      ) : busy ? (
        <p className="animate-pulse text-sm text-slate-500 dark:text-slate-400">{t.thinking}</p>
      ) : null}
      <SourceCards cards={cards} />
      <PassageList passages={sources.passages} />
      {!busy && text && (
        <div className="mt-3 flex flex-wrap gap-2">
          <CopyButton getText={() => copyText(text, cards, t.references)} />
          {onRegenerate && (
            <button type="button" className="action-btn" aria-label={t.regenerateLabel} onClick={onRegenerate}>
              {t.regenerate}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
