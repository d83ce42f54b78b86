/** Conversations saved in localStorage: load, save, list and delete, tolerant of corrupt or missing data. */
import { z } from "zod";
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

const feedbackSchema = z.object({ rating: z.enum(["up", "down"]), note: z.string().optional(), at: z.number() }) satisfies z.ZodType<Feedback>;

/**
 * A saved message as far as the UI reads it whole: id, role, parts that each name their type (a text
 * part holds its text) and an optional metadata object. The data parts' contents are checked where
 * they are read (`messageSources`), as for a message that arrives over the stream.
 */
const messageSchema = z.object({
  id: z.string(),
  role: z.enum(["user", "assistant", "system"]),
  parts: z.array(
    z
      .looseObject({ type: z.string(), text: z.string().optional() })
      .refine((p) => p.type !== "text" || typeof p.text === "string", "a text part holds its text"),
  ),
  metadata: z.looseObject({}).optional(),
});

const conversationSchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  messages: z.array(messageSchema),
  meta: z
    .object({
      customTitle: z.string().optional(),
      versions: z.record(z.string(), z.array(messageSchema)).optional(),
      feedback: z.record(z.string(), feedbackSchema).optional(),
    })
    .optional(),
});

/** The stored value around the conversations; each conversation is checked on its own, so one corrupt entry costs only itself. */
const savedSchema = z.object({ currentId: z.string().nullable().catch(null), conversations: z.array(z.unknown()) });

/** What was read back: the readable conversations, and how many entries were left out as unreadable (the whole value counts as one). */
export interface Loaded {
  saved: Saved;
  dropped: number;
}

/** Read the stored value (null: nothing saved yet); never throws. */
export function parseSaved(raw: string | null): Loaded {
  if (!raw) return { saved: empty(), dropped: 0 };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { saved: empty(), dropped: 1 };
  }
  const outer = savedSchema.safeParse(value);
  if (!outer.success) return { saved: empty(), dropped: 1 };
  const conversations: Conversation[] = [];
  for (const entry of outer.data.conversations) {
    const c = conversationSchema.safeParse(entry);
    // Checked above as far as the UI reads a message whole; the parts' finer types are the AI SDK's (see messageSchema).
    if (c.success) conversations.push(c.data as Conversation);
  }
  return { saved: { version: 1, currentId: outer.data.currentId, conversations }, dropped: outer.data.conversations.length - conversations.length };
}

export function loadSaved(): Loaded {
  try {
    return parseSaved(window.localStorage.getItem(CONVERSATIONS_KEY));
  } catch {
    return { saved: empty(), dropped: 0 }; // storage disabled: nothing was saved
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
