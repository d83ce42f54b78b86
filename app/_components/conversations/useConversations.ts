"use client";
/** Hook over the saved conversations: the current one, switching, new chat, saving, renaming, deleting and restoring. */
import { useCallback, useEffect, useState } from "react";
import type { ChatMessage } from "@/lib/types";
import { loadSaved, newConversationId, titleOf, writeSaved, type Conversation, type ConversationMeta } from "./store";

export interface ConversationsApi {
  /** False until localStorage has been read (first client render). */
  ready: boolean;
  /** Saved conversations left out on reading because they were unreadable (corrupt or from another version). */
  dropped: number;
  current: Conversation | null;
  /** Every conversation with messages, newest first. */
  conversations: Conversation[];
  select: (id: string) => void;
  startNew: () => void;
  save: (id: string, messages: ChatMessage[], meta: ConversationMeta) => void;
  rename: (id: string, title: string) => void;
  /** Delete; returns what was deleted so it can be restored. */
  remove: (id: string) => Conversation | null;
  /** Put a deleted conversation back (undo), and open it if it was open. */
  restore: (c: Conversation, reopen: boolean) => void;
}

function fresh(): Conversation {
  const now = Date.now();
  return { id: newConversationId(), title: "", createdAt: now, updatedAt: now, messages: [] };
}

export function useConversations(): ConversationsApi {
  const [state, setState] = useState<{ ready: boolean; dropped: number; currentId: string | null; conversations: Conversation[] }>({
    ready: false,
    dropped: 0,
    currentId: null,
    conversations: [],
  });

  useEffect(() => {
    const { saved, dropped } = loadSaved();
    const current = saved.conversations.find((c) => c.id === saved.currentId);
    if (current) {
      setState({ ready: true, dropped, currentId: current.id, conversations: saved.conversations });
    } else {
      const c = fresh();
      setState({ ready: true, dropped, currentId: c.id, conversations: [c, ...saved.conversations] });
    }
  }, []);

  // Persist after every change; empty conversations are not worth keeping.
  useEffect(() => {
    if (!state.ready) return;
    writeSaved({
      version: 1,
      currentId: state.currentId,
      conversations: state.conversations.filter((c) => c.messages.length > 0),
    });
  }, [state]);

  const select = useCallback((id: string) => setState((s) => ({ ...s, currentId: id })), []);

  const startNew = useCallback(() => {
    setState((s) => {
      const existing = s.conversations.find((c) => c.messages.length === 0);
      if (existing) return { ...s, currentId: existing.id };
      const c = fresh();
      return { ...s, currentId: c.id, conversations: [c, ...s.conversations] };
    });
  }, []);

  const save = useCallback((id: string, messages: ChatMessage[], meta: ConversationMeta) => {
    setState((s) => ({
      ...s,
      conversations: s.conversations.map((c) =>
        c.id === id ? { ...c, messages, meta: { ...meta, customTitle: c.meta?.customTitle }, title: titleOf(messages) || c.title, updatedAt: Date.now() } : c,
      ),
    }));
  }, []);

  const rename = useCallback((id: string, title: string) => {
    setState((s) => ({
      ...s,
      conversations: s.conversations.map((c) => (c.id === id ? { ...c, meta: { ...c.meta, customTitle: title.trim() || undefined } } : c)),
    }));
  }, []);

  const remove = useCallback(
    (id: string) => {
      const removed = state.conversations.find((c) => c.id === id) ?? null;
      setState((s) => {
        const conversations = s.conversations.filter((c) => c.id !== id);
        if (s.currentId !== id) return { ...s, conversations };
        const c = fresh();
        return { ...s, currentId: c.id, conversations: [c, ...conversations] };
      });
      return removed;
    },
    [state.conversations],
  );

  const restore = useCallback((c: Conversation, reopen: boolean) => {
    setState((s) => {
      if (s.conversations.some((x) => x.id === c.id)) return s;
      // The empty chat opened in its place is dropped when the restored one is reopened.
      const others = reopen ? s.conversations.filter((x) => x.id !== s.currentId || x.messages.length > 0) : s.conversations;
      return { ...s, currentId: reopen ? c.id : s.currentId, conversations: [c, ...others] };
    });
  }, []);

  const current = state.conversations.find((c) => c.id === state.currentId) ?? null;
  const listed = state.conversations.filter((c) => c.messages.length > 0).sort((a, b) => b.updatedAt - a.updatedAt);
  return { ready: state.ready, dropped: state.dropped, current, conversations: listed, select, startNew, save, rename, remove, restore };
}
