"use client";
/** The saved conversations: open one, or delete it. */
import { useLocale } from "../LocaleProvider";
import type { Conversation } from "./store";

interface Props {
  conversations: Conversation[];
  currentId: string | null;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
}

export function ConversationList({ conversations, currentId, onSelect, onDelete }: Props) {
  const { t } = useLocale();
  if (conversations.length === 0) {
    return <p className="px-2 text-sm text-slate-500 dark:text-slate-400">{t.conversationsEmpty}</p>;
  }
  return (
    <ul className="space-y-1" aria-label={t.conversations}>
      {conversations.map((c) => {
        const active = c.id === currentId;
        const title = c.title || t.untitledConversation;
        return (
          <li key={c.id} className="group flex items-center gap-1">
            <button
              type="button"
              onClick={() => onSelect(c.id)}
              aria-current={active ? "true" : undefined}
              className={
                "min-w-0 flex-1 truncate rounded-md px-2 py-1.5 text-left text-sm focus-visible:outline-2 focus-visible:outline-sky-500 " +
                (active
                  ? "bg-slate-200 font-medium dark:bg-slate-800"
                  : "hover:bg-slate-100 dark:hover:bg-slate-900")
              }
              title={title}
            >
              {title}
            </button>
            <button
              type="button"
              onClick={() => onDelete(c.id)}
              aria-label={`${t.deleteConversation}: ${title}`}
              title={t.deleteConversation}
              className="shrink-0 rounded-md px-2 py-1 text-slate-400 hover:bg-slate-100 hover:text-red-700 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-slate-900"
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
