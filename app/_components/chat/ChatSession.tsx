"use client";
/** One conversation: useChat over /api/chat with the chosen profile, its messages, versions, edits, feedback and persistence. */
import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { MAX_MESSAGE_CHARS } from "@/lib/limits";
import type { ChatMessage } from "@/lib/types";
import { useLocale } from "../LocaleProvider";
import type { ConversationMeta, Feedback } from "../conversations/store";
import { WelcomeScreen } from "../welcome/WelcomeScreen";
import { AssistantMessage } from "./AssistantMessage";
import { Composer } from "./Composer";
import { RequestErrorAlert } from "./RequestErrorAlert";
import { UserMessage } from "./UserMessage";
import { useAutoScroll } from "./useAutoScroll";

/** Most recent messages sent as history; the server only reads their text. */
const HISTORY_LIMIT = 20;

/** The request's messages: the last few, text parts only (passages and citations stay in the browser). */
function compactHistory(messages: ChatMessage[]) {
  return messages.slice(-HISTORY_LIMIT).map((m) => ({
    id: m.id,
    role: m.role,
    parts: m.parts.filter((p) => p.type === "text").map((p) => ({ type: "text" as const, text: p.type === "text" ? p.text.slice(0, MAX_MESSAGE_CHARS) : "" })),
  }));
}

interface Props {
  id: string;
  initialMessages: ChatMessage[];
  initialMeta: ConversationMeta | undefined;
  profileId: string | null;
  onSave: (id: string, messages: ChatMessage[], meta: ConversationMeta) => void;
  /** Called after an answer whose model failed, so the health display can refresh. */
  onModelFailure: () => void;
  /** Show a notice with an optional Undo. */
  notify: (text: string, undo?: () => void) => void;
}

export function ChatSession({ id, initialMessages, initialMeta, profileId, onSave, onModelFailure, notify }: Props) {
  const { t } = useLocale();
  const profileRef = useRef(profileId);
  profileRef.current = profileId;
  const [meta, setMeta] = useState<ConversationMeta>(() => ({ versions: initialMeta?.versions, feedback: initialMeta?.feedback }));
  /** Which version is on screen, by question id (absent: the latest). */
  const [shownVersion, setShownVersion] = useState<Record<string, number>>({});

  const transport = useMemo(
    () =>
      new DefaultChatTransport<ChatMessage>({
        api: "/api/chat",
        prepareSendMessagesRequest: ({ id: chatId, messages, trigger, messageId, body }) => ({
          body: {
            ...body,
            id: chatId,
            messages: compactHistory(messages),
            trigger,
            messageId,
            ...(profileRef.current ? { profileId: profileRef.current } : {}),
          },
        }),
      }),
    [],
  );

  const { messages, setMessages, sendMessage, regenerate, stop, status, error, clearError } = useChat<ChatMessage>({
    id,
    messages: initialMessages,
    transport,
    // Re-render at most every 40 ms while streaming.
    experimental_throttle: 40,
    onFinish: ({ message }) => {
      if (message.metadata?.failure) onModelFailure();
    },
  });

  const busy = status === "submitted" || status === "streaming";

  // Save whenever the chat is not mid-stream (the question is saved as soon as it is sent).
  const initial = useRef({ messages: initialMessages, meta });
  useEffect(() => {
    if (status === "streaming" || (messages === initial.current.messages && meta === initial.current.meta)) return;
    onSave(id, messages, meta);
  }, [id, messages, meta, status, onSave]);

  // Status too: the actions under an answer appear when it finishes, and must scroll into view.
  useAutoScroll(
    useMemo(() => [messages, status], [messages, status]),
    messages.length,
  );

  /** Stop the answer and mark it as stopped (the mark is saved with the conversation). */
  const stopAnswer = useCallback(() => {
    void stop().then(() =>
      setMessages((all) => {
        const last = all[all.length - 1];
        if (last?.role !== "assistant") return all;
        return [...all.slice(0, -1), { ...last, metadata: { ...last.metadata, stopped: true } }];
      }),
    );
  }, [stop, setMessages]);

  // Escape stops a streaming answer from anywhere on the page (the panel and previews handle their own Escape first).
  useEffect(() => {
    if (!busy) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented && !e.isComposing) stopAnswer();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [busy, stopAnswer]);

  const ask = useCallback(
    (text: string) => {
      if (error) clearError();
      void sendMessage({ text });
    },
    [sendMessage, error, clearError],
  );

  /** Regenerate the last answer, keeping the current one as an earlier version. */
  const regenerateLast = useCallback(() => {
    const last = messages[messages.length - 1];
    const question = messages[messages.length - 2];
    if (last?.role === "assistant" && question?.role === "user") {
      setMeta((m) => ({ ...m, versions: { ...m.versions, [question.id]: [...(m.versions?.[question.id] ?? []), last] } }));
      setShownVersion((v) => {
        const { [question.id]: _, ...rest } = v;
        return rest;
      });
    }
    if (error) clearError();
    void regenerate();
  }, [messages, regenerate, error, clearError]);

  /** Resend an edited question: the answers after it go, and Undo brings them back. */
  const editQuestion = useCallback(
    (index: number, text: string) => {
      const snapshot = { messages, meta };
      if (error) clearError();
      setMessages(messages.slice(0, index));
      void sendMessage({ text });
      notify(t.editedNotice, () => {
        void stop().then(() => {
          setMessages(snapshot.messages);
          setMeta(snapshot.meta);
        });
      });
    },
    [messages, meta, error, clearError, setMessages, sendMessage, notify, stop, t.editedNotice],
  );

  const setFeedback = useCallback((answerId: string, feedback: Feedback | undefined) => {
    setMeta((m) => {
      const next = { ...m.feedback };
      if (feedback) next[answerId] = feedback;
      else delete next[answerId];
      return { ...m, feedback: next };
    });
  }, []);

  const showVersion = useCallback((questionId: string, index: number) => setShownVersion((s) => ({ ...s, [questionId]: index })), []);

  const last = messages[messages.length - 1];
  const retry = useCallback(() => {
    clearError();
    void regenerate();
  }, [clearError, regenerate]);

  return (
    <div className="flex min-h-full flex-1 flex-col">
      <div className="flex-1 px-4 py-6 sm:px-6">
        {messages.length === 0 ? (
          <WelcomeScreen onAsk={ask} disabled={busy} />
        ) : (
          <ol className="mx-auto flex w-full max-w-3xl flex-col gap-6" aria-label={t.conversations} data-messages>
            {messages.map((m, i) => {
              if (m.role === "user") {
                return (
                  <li key={m.id}>
                    <UserMessage message={m} onEdit={busy ? undefined : (text) => editQuestion(i, text)} />
                  </li>
                );
              }
              if (m.role !== "assistant") return null;
              const question = messages[i - 1];
              const older = (question && meta.versions?.[question.id]) || [];
              const total = older.length + 1;
              const shown = question ? (shownVersion[question.id] ?? total - 1) : total - 1;
              const isLatest = shown === total - 1;
              const answer = isLatest ? m : older[shown]!;
              const isLast = i === messages.length - 1;
              return (
                <li key={m.id}>
                  <AssistantMessage
                    message={answer}
                    busy={busy && isLast && isLatest}
                    onRegenerate={!busy && isLast && isLatest ? regenerateLast : undefined}
                    questionId={question?.id}
                    versionIndex={shown}
                    versionTotal={total}
                    onShowVersion={showVersion}
                    feedback={meta.feedback?.[answer.id]}
                    onFeedback={setFeedback}
                  />
                </li>
              );
            })}
            {status === "submitted" && last?.role === "user" && (
              <li aria-live="polite" className="animate-pulse text-sm text-slate-600 dark:text-slate-400">
                {t.thinking}
              </li>
            )}
            {!busy && last?.role === "user" && !error && (
              <li>
                <button type="button" className="action-btn" onClick={() => void regenerate()} aria-label={t.regenerateLabel}>
                  {t.regenerate}
                </button>
              </li>
            )}
            {error && (
              <li>
                <RequestErrorAlert error={error} onRetry={retry} />
              </li>
            )}
          </ol>
        )}
      </div>
      <div className="sticky bottom-0 z-10 border-t border-slate-200 bg-white px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:px-6 dark:border-slate-800 dark:bg-slate-950">
        <div className="mx-auto w-full max-w-3xl">
          <Composer busy={busy} onSend={ask} onStop={stopAnswer} />
        </div>
      </div>
    </div>
  );
}
