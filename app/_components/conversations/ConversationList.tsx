"use client";
/** The saved conversations: search, open, rename, export as Markdown, delete (with undo in the notice); feedback export. */
import { useId, useState } from "react";
import { fold } from "@/lib/text/normalize";
import { useLocale } from "../LocaleProvider";
import { messageText } from "../chat/citations";
import { displayTitle, type Conversation } from "./store";
import { LabelledControl } from "../LabelledControl";
import { InlineTextForm } from "../InlineTextForm";

interface Props {
  conversations: Conversation[];
  currentId: string | null;
  onSelect: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onExport: (c: Conversation) => void;
  onDelete: (id: string) => void;
  onExportFeedback: () => void;
}

/** Case- and diacritic-insensitive match of a search against a conversation's title and text. */
function matches(c: Conversation, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  return fold(displayTitle(c)).includes(q) || c.messages.some((m) => fold(messageText(m)).includes(q));
}

const ICON_BTN =
  "shrink-0 rounded-md px-1.5 py-1 text-slate-600 hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white";

export function ConversationList({ conversations, currentId, onSelect, onRename, onExport, onDelete, onExportFeedback }: Props) {
  const { t } = useLocale();
  const searchId = useId();
  const [query, setQuery] = useState("");
  const [renaming, setRenaming] = useState<{ id: string; value: string } | null>(null);

  if (conversations.length === 0) {
    return <p className="px-2 text-sm text-slate-600 dark:text-slate-400">{t.conversationsEmpty}</p>;
  }
  const shown = conversations.filter((c) => matches(c, query));
  const rated = conversations.some((c) => Object.keys(c.meta?.feedback ?? {}).length > 0);

  return (
    <div className="flex flex-col gap-2">
      <LabelledControl id={searchId} label={t.searchConversations} hidden>
        <input
          id={searchId}
          type="search"
          data-conversation-search
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t.searchConversations}
          className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
      </LabelledControl>
      {shown.length === 0 && <p className="px-2 text-sm text-slate-600 dark:text-slate-400">{t.noMatchingConversations}</p>}
      <ul className="space-y-1" aria-label={t.conversations}>
        {shown.map((c) => {
          const active = c.id === currentId;
          const title = displayTitle(c) || t.untitledConversation;
          if (renaming?.id === c.id) {
            return (
              <li key={c.id}>
                <InlineTextForm
                  className="flex items-center gap-1"
                  label={t.renameConversation}
                  inputData={{ "data-rename-input": true }}
                  value={renaming.value}
                  maxLength={120}
                  onChange={(value) => setRenaming({ id: c.id, value })}
                  onSave={() => {
                    onRename(c.id, renaming.value);
                    setRenaming(null);
                  }}
                  onCancel={() => setRenaming(null)}
                  inputClassName="min-w-0 flex-1 rounded-md border border-sky-500 bg-white px-2 py-1 text-sm dark:bg-slate-900"
                  saveLabel={t.renameSave}
                  saveClassName="action-btn px-2! py-0.5!"
                />
              </li>
            );
          }
          return (
            <li key={c.id} data-conversation className="group flex items-center gap-0.5">
              <button
                type="button"
                data-conversation-title
                onClick={() => onSelect(c.id)}
                aria-current={active ? "true" : undefined}
                className={
                  "min-w-0 flex-1 truncate rounded-md px-2 py-1.5 text-left text-sm focus-visible:outline-2 focus-visible:outline-sky-500 " +
                  (active ? "bg-slate-200 font-medium dark:bg-slate-800" : "hover:bg-slate-100 dark:hover:bg-slate-900")
                }
                title={title}
              >
                {title}
              </button>
              <button
                type="button"
                className={ICON_BTN}
                onClick={() => setRenaming({ id: c.id, value: title })}
                aria-label={`${t.renameConversation}: ${title}`}
                title={t.renameConversation}
              >
                <span aria-hidden="true">✎</span>
              </button>
              <button type="button" className={ICON_BTN} onClick={() => onExport(c)} aria-label={`${t.exportMarkdown}: ${title}`} title={t.exportMarkdown}>
                <span aria-hidden="true">⤓</span>
              </button>
              <button
                type="button"
                className={`${ICON_BTN} hover:text-red-700`}
                onClick={() => onDelete(c.id)}
                aria-label={`${t.deleteConversation}: ${title}`}
                title={t.deleteConversation}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      {rated && (
        <button type="button" data-export-feedback className="action-btn mt-2 self-start text-xs" onClick={onExportFeedback}>
          {t.exportFeedback}
        </button>
      )}
    </div>
  );
}
