/** The chat request: the AI SDK transport's body ({ id, messages, trigger, messageId }) plus the profile id. */
import { z } from "zod";
import { MAX_MESSAGE_CHARS, MAX_MESSAGES, MAX_QUESTION_CHARS } from "@/lib/limits";

export { MAX_MESSAGE_CHARS, MAX_MESSAGES, MAX_QUESTION_CHARS };

const part = z
  .object({ type: z.string().max(100), text: z.string().max(MAX_MESSAGE_CHARS, `a message part is longer than ${MAX_MESSAGE_CHARS} characters`).optional() })
  .passthrough();

const message = z.object({
  id: z.string().max(200).optional(),
  role: z.enum(["user", "assistant", "system"]),
  parts: z.array(part).max(200),
  metadata: z.unknown().optional(),
});

export const chatRequestSchema = z.object({
  id: z.string().max(200).optional(),
  messages: z.array(message).min(1, "messages must hold at least the question").max(MAX_MESSAGES, `at most ${MAX_MESSAGES} messages (start a new chat)`),
  profileId: z.string().max(40).optional(),
  trigger: z.string().max(40).optional(),
  messageId: z.string().max(200).optional(),
});

export type ChatRequest = z.infer<typeof chatRequestSchema>;
