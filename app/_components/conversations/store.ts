/** Conversations saved in localStorage: load, save, list and delete, tolerant of corrupt or missing data. */
import type { ChatMessage } from "@/lib/types";

/** A user's verdict on one answer, kept with the conversation. */
export interface Feedback {
  rating: "up" | "down";
  note?: string;
  at: number;
}

/** What a conversation keeps besides its messages (optional: older saves have none). */
export interface ConversationMeta {
  /** A name the user gave; without one the first question is the title. */
  customTitle?: string;
  /** Earlier answers to a question, by the question's message id, oldest first (Regenerate keeps them). */
  versions?: Record<string, ChatMessage[]>;
  /** 👍/👎 by answer message id. */
  feedback?: Record<string, Feedback>;
}

export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  messages: ChatMessage[];
  meta?: ConversationMeta;
}

/** The title shown for a conversation: the user's name for it, else its first question. */
export function displayTitle(c: Conversation): string {
  return c.meta?.customTitle?.trim() || c.title;
}

interface Saved {
  version: 1;
  currentId: string | null;
  conversations: Conversation[];
}

export const CONVERSATIONS_KEY = "vntq.conversations.v1";
/** Oldest conversations beyond this are dropped to keep localStorage small. */
const MAX_CONVERSATIONS = 30;

function empty(): Saved {
  return { version: 1, currentId: null, conversations: [] };
}

function isConversation(value: unknown): value is Conversation {
  const c = value as Conversation;
  return !!c && typeof c.id === "string" && Array.isArray(c.messages) && typeof c.updatedAt === "number";
}

export function loadSaved(): Saved {
  try {
    const raw = window.localStorage.getItem(CONVERSATIONS_KEY);
    if (!raw) return empty();
    const parsed = JSON.parse(raw) as Partial<Saved>;
    const conversations = Array.isArray(parsed.conversations) ? parsed.conversations.filter(isConversation) : [];
    return { version: 1, currentId: typeof parsed.currentId === "string" ? parsed.currentId : null, conversations };
  } catch {
    return empty();
  }
}

export function writeSaved(saved: Saved): void {
  const trimmed: Saved = {
    ...saved,
    conversations: [...saved.conversations].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, MAX_CONVERSATIONS),
  };
  try {
    window.localStorage.setItem(CONVERSATIONS_KEY, JSON.stringify(trimmed));
  } catch {
    // Quota exceeded or storage disabled: keep working in memory.
  }
}

export function newConversationId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A title from the first question of a conversation. */
export function titleOf(messages: ChatMessage[]): string {
  const first = messages.find((m) => m.role === "user");
  const text =
    first?.parts
      .map((p) => (p.type === "text" ? p.text : ""))
      .join("")
      .trim() ?? "";
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
