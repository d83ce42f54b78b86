"use client";
/** 👍/👎 on an answer with an optional note; kept with the conversation (and exportable as eval questions). */
import { useState } from "react";
import { useLocale } from "../LocaleProvider";
import type { Feedback } from "../conversations/store";
import { InlineTextForm } from "../InlineTextForm";

interface Props {
  feedback: Feedback | undefined;
  onChange: (feedback: Feedback | undefined) => void;
}

const RATINGS: ReadonlyArray<Feedback["rating"]> = ["up", "down"];

export function AnswerFeedback({ feedback, onChange }: Props) {
  const { t } = useLocale();
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState(feedback?.note ?? "");

  const rate = (rating: Feedback["rating"]) => {
    if (feedback?.rating === rating) {
      onChange(undefined);
      setNoteOpen(false);
      return;
    }
    onChange({ rating, note: feedback?.note, at: Date.now() });
    setNoteOpen(true);
  };

  return (
    <>
      {RATINGS.map((rating) => {
        const label = rating === "up" ? t.goodAnswer : t.badAnswer;
        return (
          <button
            key={rating}
            type="button"
            className="action-btn"
            data-feedback={rating}
            aria-pressed={feedback?.rating === rating}
            aria-label={label}
            title={label}
            onClick={() => rate(rating)}
          >
            <Thumb up={rating === "up"} />
          </button>
        );
      })}
      {feedback && noteOpen && (
        <InlineTextForm
          formData={{ "data-feedback-note": true }}
          className="flex w-full flex-wrap items-center gap-2"
          label={t.feedbackNoteLabel}
          placeholder={t.feedbackNoteLabel}
          value={note}
          maxLength={1000}
          onChange={setNote}
          onSave={() => {
            onChange({ ...feedback, note: note.trim() || undefined, at: Date.now() });
            setNoteOpen(false);
          }}
          inputClassName="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
          saveLabel={t.feedbackNoteSave}
          saveClassName="action-btn"
        />
      )}
      {feedback && !noteOpen && feedback.note && (
        <span data-feedback-saved className="text-xs text-slate-600 italic dark:text-slate-400">
          “{feedback.note}”
        </span>
      )}
    </>
  );
}

/** A thumb drawn inline: emoji fonts are missing on many Linux machines (the app runs offline, system fonts only). */
function Thumb({ up }: { up: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      style={up ? undefined : { transform: "rotate(180deg)" }}
    >
      <path d="M7 10v11H4a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h3zm0 0 4-8a3 3 0 0 1 3 3v4h5.5a2 2 0 0 1 2 2.3l-1.3 8A2 2 0 0 1 18.2 21H7" />
    </svg>
  );
}

/** ‹ 1/2 › between the answers Regenerate produced for one question. */
export function VersionNav({ index, total, onChange }: { index: number; total: number; onChange: (index: number) => void }) {
  const { t } = useLocale();
  if (total < 2) return null;
  return (
    <span data-versions className="inline-flex items-center gap-0.5 text-sm text-slate-700 dark:text-slate-200">
      <button type="button" className="action-btn px-1.5!" disabled={index === 0} onClick={() => onChange(index - 1)} aria-label={t.previousVersion}>
        <span aria-hidden="true">‹</span>
      </button>
      <span data-version-position className="min-w-8 text-center tabular-nums">
        <span aria-hidden="true">{t.versionPosition(index + 1, total)}</span>
        <span className="sr-only">{t.versionLabel(index + 1, total)}</span>
      </span>
      <button type="button" className="action-btn px-1.5!" disabled={index === total - 1} onClick={() => onChange(index + 1)} aria-label={t.nextVersion}>
        <span aria-hidden="true">›</span>
      </button>
    </span>
  );
}
