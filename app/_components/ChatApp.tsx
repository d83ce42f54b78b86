"use client";
/** The chat page: header with model switch, saved conversations, and the current conversation. */
import { useCallback, useEffect, useRef, useState } from "react";
import { useLocale } from "./LocaleProvider";
import { ChatSession } from "./chat/ChatSession";
import { COMPOSER_ID } from "./chat/Composer";
import { ConversationList } from "./conversations/ConversationList";
import { useConversations } from "./conversations/useConversations";
import { AppHeader } from "./header/AppHeader";
import { ProfileSelector } from "./header/ProfileSelector";
import { useHealth } from "./header/useHealth";
import { useSelectedProfile } from "./header/useSelectedProfile";
import { NoticeBar, type Notice } from "./NoticeBar";
import { conversationMarkdown, download, feedbackJsonl, fileSlug } from "./conversations/export";
import { displayTitle } from "./conversations/store";
import { SourcePanel } from "./sources/SourcePanel";
import { SourcePanelProvider } from "./sources/SourcePanelContext";

/** Focus the question box after React has rendered the new conversation. */
const focusComposer = () => window.setTimeout(() => document.getElementById(COMPOSER_ID)?.focus(), 0);

export function ChatApp() {
  const { t } = useLocale();
  const store = useConversations();
  const health = useHealth();
  const [profileId, setProfileId] = useSelectedProfile(health.report);
  const [menuOpen, setMenuOpen] = useState(false);

  const newChat = useCallback(() => {
    store.startNew();
    setMenuOpen(false);
    focusComposer();
  }, [store]);
  const select = useCallback(
    (id: string) => {
      store.select(id);
      setMenuOpen(false);
    },
    [store],
  );

  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback((text: string, undo?: () => void) => setNotice({ key: Date.now(), text, undo }), []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  // Said once, when the saved conversations are read: those that could not be read are not shown.
  const droppedTold = useRef(false);
  useEffect(() => {
    if (store.dropped === 0 || droppedTold.current) return;
    droppedTold.current = true;
    notify(t.droppedConversations(store.dropped));
  }, [store.dropped, notify, t]);

  const remove = (id: string) => {
    const wasCurrent = store.current?.id === id;
    const removed = store.remove(id);
    if (removed) notify(t.deletedNotice(displayTitle(removed) || t.untitledConversation), () => store.restore(removed, wasCurrent));
  };
  const exportLabels = { question: t.mdQuestion, answer: t.mdAnswer, references: t.references, stopped: t.stopped };

  const list = (
    <ConversationList
      conversations={store.conversations}
      currentId={store.current?.id ?? null}
      onSelect={select}
      onRename={store.rename}
      onExport={(c) => download(`${fileSlug(displayTitle(c))}.md`, conversationMarkdown(c, exportLabels), "text/markdown;charset=utf-8")}
      onDelete={remove}
      onExportFeedback={() => download("feedback.jsonl", feedbackJsonl(store.conversations), "application/x-ndjson;charset=utf-8")}
    />
  );

  return (
    <SourcePanelProvider>
      <div className="flex min-h-dvh">
        <a
          href={`#${COMPOSER_ID}`}
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow dark:focus:bg-slate-900"
        >
          {t.skipToComposer}
        </a>
        <aside
          aria-label={t.conversations}
          className="sticky top-0 hidden h-dvh w-64 shrink-0 flex-col gap-3 overflow-y-auto border-r border-slate-200 bg-slate-50 p-3 lg:flex dark:border-slate-800 dark:bg-slate-900/40"
        >
          <h2 className="px-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{t.conversations}</h2>
          {list}
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <AppHeader
            onNewChat={newChat}
            menuOpen={menuOpen}
            onToggleMenu={() => setMenuOpen((o) => !o)}
            modelSwitch={
              <ProfileSelector
                report={health.report}
                probing={health.probing}
                error={health.error}
                selectedId={profileId}
                onSelect={setProfileId}
                onReprobe={health.reprobe}
              />
            }
          />
          {menuOpen && (
            <nav
              id="conversation-menu"
              aria-label={t.conversations}
              className="border-b border-slate-200 bg-slate-50 p-3 lg:hidden dark:border-slate-800 dark:bg-slate-900"
            >
              {list}
            </nav>
          )}
          <main className="flex flex-1 flex-col">
            {store.ready && store.current ? (
              <ChatSession
                key={store.current.id}
                id={store.current.id}
                initialMessages={store.current.messages}
                initialMeta={store.current.meta}
                notify={notify}
                profileId={profileId}
                onSave={store.save}
                onModelFailure={health.reprobe}
              />
            ) : (
              <div className="flex-1" aria-busy="true" />
            )}
          </main>
        </div>
        <SourcePanel />
        <NoticeBar notice={notice} onDismiss={dismissNotice} />
      </div>
    </SourcePanelProvider>
  );
}
