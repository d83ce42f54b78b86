"use client";
/** One assistant answer: model label, failure alert, text with citation links, sources and actions. */
import { memo, useCallback, useMemo, type ReactNode } from "react";
import type { ChatMessage } from "@/lib/types";
import { useLocale } from "../LocaleProvider";
import { useSourcePanel } from "../sources/SourcePanelContext";
import type { Feedback } from "../conversations/store";
import { AnswerFeedback, VersionNav } from "./AnswerFeedback";
import { AnswerMarkdown, PlainAnswer } from "./AnswerMarkdown";
import { CopyButton } from "./CopyButton";
import { FailureAlert } from "./FailureAlert";
import { PassageList } from "./PassageList";
import { SourceCards } from "./SourceCards";
import { citationTargets, copyText, messageSources, panelTargets, sourceCards } from "./citations";
import { classifyParts } from "./parts";

/** While streaming, markdown is re-parsed on every update: beyond this many characters the text is drawn plain. */
export const STREAM_MARKDOWN_MAX = 8_000;
/** While streaming plain text, only this many trailing characters are drawn. */
export const STREAM_TAIL_CHARS = 20_000;
/** A finished answer longer than this stays plain text (parsing it as markdown would freeze the tab). */
export const MARKDOWN_MAX = 60_000;

interface Props {
  message: ChatMessage;
  /** This answer is still streaming. */
  busy: boolean;
  /** Offer "Regenerate" (last answer, chat idle). */
  onRegenerate?: () => void;
  /** The question this answers; its earlier answers are versions. */
  questionId?: string;
  versionIndex: number;
  versionTotal: number;
  onShowVersion: (questionId: string, index: number) => void;
  feedback: Feedback | undefined;
  onFeedback: (answerId: string, feedback: Feedback | undefined) => void;
}

/** Props are plain values and stable callbacks, so earlier answers are not redrawn while a new one streams. */
export const AssistantMessage = memo(function AssistantMessage(props: Props) {
  const { message, busy, onRegenerate, questionId, versionIndex, versionTotal, onShowVersion, feedback, onFeedback } = props;
  const { t } = useLocale();
  // Only the stable `open`: depending on the panel's state would remount every marker when it changes.
  const { open: openPanel } = useSourcePanel();
  const parts = useMemo(() => classifyParts(message.parts), [message.parts]);
  const sources = useMemo(() => messageSources(message), [message]);
  const targets = useMemo(() => citationTargets(sources), [sources]);
  // A model that stopped midway: its partial text and the quoted fallback are separate blocks, never glued.
  const text = parts.texts.join("\n\n");
  // Cards and the panel's list need the whole text scanned: done once the answer is complete.
  const cards = useMemo(() => (busy ? [] : sourceCards(sources, text)), [busy, sources, text]);
  const meta = message.metadata;

  const openCitation = useCallback(
    (n: number, from: HTMLElement) => {
      const list = panelTargets(targets, text);
      const all = list.some((x) => x.n === n) ? list : [...targets.values()].sort((a, b) => a.n - b.n);
      openPanel(
        all,
        all.findIndex((x) => x.n === n),
        from,
      );
    },
    [targets, text, openPanel],
  );

  let body: ReactNode = null;
  if (text) {
    if (busy && text.length > STREAM_MARKDOWN_MAX) body = <PlainAnswer text={text} tail={STREAM_TAIL_CHARS} />;
    else if (!busy && text.length > MARKDOWN_MAX) body = <PlainAnswer text={text} />;
    else body = <AnswerMarkdown text={text} targets={targets} onOpenCitation={openCitation} />;
  } else if (busy) {
    body = <p className="animate-pulse text-sm text-slate-600 dark:text-slate-400">{t.thinking}</p>;
  }

  return (
    <article
      aria-label={t.assistant}
      data-role="assistant"
      data-status={busy ? "streaming" : "done"}
      data-stopped={meta?.stopped ? "true" : undefined}
      aria-busy={busy}
      className="min-w-0 scroll-mt-36"
    >
      <header className="mb-2 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
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
      {meta?.failure && <FailureAlert failure={meta.failure} live={busy} />}
      {busy && text.length > STREAM_MARKDOWN_MAX && <p className="mb-1 text-xs text-slate-600 italic dark:text-slate-400">{t.streamingTail}</p>}
      {!busy && text.length > MARKDOWN_MAX && <p className="mb-1 text-xs text-slate-600 italic dark:text-slate-400">{t.longAnswerPlain}</p>}
      {body}
      {meta?.stopped && (
        <p
          data-stopped-mark
          className="mt-2 inline-flex items-center gap-1 rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200"
          title={t.stoppedHint}
        >
          <span aria-hidden="true">■</span> {t.stopped}
          <span className="sr-only">: {t.stoppedHint}</span>
        </p>
      )}
      {!busy && <SourceCards cards={cards} targets={panelTargets(targets, text)} />}
      {!busy && <PassageList passages={sources.passages} />}
      {!busy && text && (
        <div data-answer-actions className="mt-3 flex flex-wrap items-center gap-2">
          <CopyButton getText={() => copyText(text, cards, t.references)} />
          {onRegenerate && (
            <button type="button" className="action-btn" aria-label={t.regenerateLabel} onClick={onRegenerate}>
              {t.regenerate}
            </button>
          )}
          {questionId && <VersionNav index={versionIndex} total={versionTotal} onChange={(v) => onShowVersion(questionId, v)} />}
          <AnswerFeedback key={message.id} feedback={feedback} onChange={(f) => onFeedback(message.id, f)} />
        </div>
      )}
    </article>
  );
});
