"use client";
/** A question the user asked, shown as plain text; it can be edited and sent again. */
import { useState, type FormEvent } from "react";
import { MAX_QUESTION_CHARS } from "@/lib/limits";
import type { ChatMessage } from "@/lib/types";
import { useLocale } from "../LocaleProvider";
import { messageText } from "./citations";
import { LabelledControl } from "../LabelledControl";

interface Props {
  message: ChatMessage;
  /** Resend an edited question (the answers after it are replaced); absent while an answer streams. */
  onEdit?: (text: string) => void;
}

export function UserMessage({ message, onEdit }: Props) {
  const { t } = useLocale();
  const text = messageText(message);
  const [draft, setDraft] = useState<string | null>(null);

  if (draft !== null && onEdit) {
    const value = draft.trim();
    const ok = value.length > 0 && value.length <= MAX_QUESTION_CHARS && value !== text.trim();
    const submit = (e: FormEvent) => {
      e.preventDefault();
      if (!ok) return;
      setDraft(null);
      onEdit(value);
    };
    return (
      <form data-role="user-edit" onSubmit={submit} className="ml-auto flex w-full max-w-[85%] flex-col gap-2">
        <LabelledControl id={`edit-${message.id}`} label={t.editLabel} hidden>
          <textarea
            id={`edit-${message.id}`}
            value={draft}
            // biome-ignore lint/a11y/noAutofocus: appears on the user's own click on Edit; focus follows the action.
            autoFocus
            rows={Math.min(6, Math.max(2, draft.split("\n").length))}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                e.preventDefault();
                setDraft(null);
              } else if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
                submit(e);
              }
            }}
            className="block w-full resize-y rounded-xl border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
          />
        </LabelledControl>
        <div className="flex justify-end gap-2">
          <button type="button" className="action-btn" onClick={() => setDraft(null)}>
            {t.editCancel}
          </button>
          <button type="submit" disabled={!ok} className="rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-600 disabled:opacity-50">
            {t.editSend}
          </button>
        </div>
      </form>
    );
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a message is a group of text and its actions, not a form (fieldset).
    <div data-role="user" role="group" aria-label={t.you} className="group flex items-start justify-end gap-1">
      {onEdit && (
        <button
          type="button"
          data-edit-question
          onClick={() => setDraft(text)}
          aria-label={t.editLabel}
          title={t.editLabel}
          className="mt-1.5 shrink-0 rounded-md px-1.5 py-0.5 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          <span aria-hidden="true">✎</span>
        </button>
      )}
      <p data-question className="max-w-[85%] rounded-2xl rounded-br-sm bg-sky-700 px-4 py-2 break-words whitespace-pre-wrap text-white dark:bg-sky-800">
        {text}
      </p>
    </div>
  );
}
