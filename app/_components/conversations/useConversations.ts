"use client";
/** Hook over the saved conversations: the current one, switching, new chat, saving messages, deleting. */
import { useCallback, useEffect, useState } from "react";
import type { ChatMessage } from "@/lib/types";
import { loadSaved, newConversationId, titleOf, writeSaved, type Conversation } from "./store";

export interface ConversationsApi {
  /** False until localStorage has been read (first client render). */
  ready: boolean;
  current: Conversation | null;
  conversations: Conversation[];
  select: (id: string) => void;
  startNew: () => void;
  save: (id: string, messages: ChatMessage[]) => void;
  remove: (id: string) => void;
}

function fresh(): Conversation {
  const now = Date.now();
  return { id: newConversationId(), title: "", createdAt: now, updatedAt: now, messages: [] };
}

export function useConversations(): ConversationsApi {
  const [state, setState] = useState<{ ready: boolean; currentId: string | null; conversations: Conversation[] }>({
    ready: false,
    currentId: null,
    conversations: [],
  });

  useEffect(() => {
    const saved = loadSaved();
    const current = saved.conversations.find((c) => c.id === saved.currentId);
    if (current) {
      setState({ ready: true, currentId: current.id, conversations: saved.conversations });
    } else {
      const c = fresh();
      setState({ ready: true, currentId: c.id, conversations: [c, ...saved.conversations] });
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

  const save = useCallback((id: string, messages: ChatMessage[]) => {
    setState((s) => ({
      ...s,
      conversations: s.conversations.map((c) =>
        c.id === id ? { ...c, messages, title: titleOf(messages) || c.title, updatedAt: Date.now() } : c,
      ),
    }));
  }, []);

  const remove = useCallback((id: string) => {
    setState((s) => {
      const conversations = s.conversations.filter((c) => c.id !== id);
      if (s.currentId !== id) return { ...s, conversations };
      const c = fresh();
      return { ...s, currentId: c.id, conversations: [c, ...conversations] };
    });
  }, []);

  const current = state.conversations.find((c) => c.id === state.currentId) ?? null;
  const listed = state.conversations.filter((c) => c.messages.length > 0).sort((a, b) => b.updatedAt - a.updatedAt);
  return { ready: state.ready, current, conversations: listed, select, startNew, save, remove };
}
