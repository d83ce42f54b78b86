/** Conversations as Markdown (answers with references and quotes) and feedback as eval question lines (JSON Lines). */
import type { ChatMessage } from "@/lib/types";
import { displayQuote, messageSources, messageText, sourceCards } from "../chat/citations";
import type { EvalQuestion } from "@/lib/eval/question-set";
import { displayTitle, type Conversation } from "./store";

export interface ExportLabels {
  question: string;
  answer: string;
  references: string;
  stopped: string;
}

/** Markdown of a conversation: each question, its answer, and the answer's numbered references with quotes. */
export function conversationMarkdown(c: Conversation, labels: ExportLabels): string {
  const out: string[] = [`# ${displayTitle(c) || "Conversation"}`, ""];
  for (const m of c.messages) {
    const text = messageText(m).trim();
    if (m.role === "user") {
      out.push(`## ${labels.question}`, "", text, "");
    } else if (m.role === "assistant") {
      out.push(`### ${labels.answer}${m.metadata?.model ? ` (${m.metadata.model})` : ""}`, "", text, "");
      if (m.metadata?.stopped) out.push(`_${labels.stopped}_`, "");
      const cards = sourceCards(messageSources(m), text);
      if (cards.length > 0) {
        out.push(`**${labels.references}**`, "");
        for (const card of cards) {
          const meta = [card.title, card.source, card.date, card.url].filter(Boolean).join(" — ");
          out.push(`${card.n}. ${meta}`);
          if (card.quote) out.push(`   > ${displayQuote(card.quote).replace(/\s+/g, " ")}`);
        }
        out.push("");
      }
    }
  }
  return `${out.join("\n").trim()}\n`;
}

/** A feedback line: an eval question plus what the user said about the answer. */
export type FeedbackQuestion = EvalQuestion & {
  rating: "up" | "down";
  note?: string;
  answer: string;
  citedDocs: string[];
  model: string | null;
  conversationId: string;
  at: string;
};

/**
 * One line per rated answer, in the eval question-file format ({ id, kind, question, expectDocs, facts })
 * plus what the user said. A 👍 answer's cited articles become `expectDocs`; a 👎 answer's citations
 * are suspect, so `expectDocs` and `facts` stay empty for a person to fill in before it joins the set.
 */
export function feedbackJsonl(conversations: Conversation[]): string {
  const lines: string[] = [];
  for (const c of conversations) {
    const feedback = c.meta?.feedback ?? {};
    const answers = [...c.messages, ...Object.values(c.meta?.versions ?? {}).flat()];
    for (const [answerId, verdict] of Object.entries(feedback)) {
      const answer = answers.find((m) => m.id === answerId && m.role === "assistant");
      if (!answer) continue;
      const asked = questionBefore(c.messages, answer, c.meta?.versions ?? {});
      if (!asked) continue;
      const text = messageText(answer);
      const cited = sourceDocs(answer);
      const line: FeedbackQuestion = {
        id: `feedback-${answerId}`,
        kind: verdict.rating === "up" ? "feedback-good" : "feedback-bad",
        question: asked.question,
        // A follow-up ("and the next round?") is only a question with the conversation before it.
        ...(asked.history.length > 0 ? { history: asked.history } : {}),
        expectDocs: verdict.rating === "up" ? cited : [],
        facts: [],
        rating: verdict.rating,
        ...(verdict.note ? { note: verdict.note } : {}),
        answer: text,
        citedDocs: cited,
        model: answer.metadata?.model ?? null,
        conversationId: c.id,
        at: new Date(verdict.at).toISOString(),
      };
      lines.push(JSON.stringify(line));
    }
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

/** The articles an answer's source cards cite, in order. */
function sourceDocs(answer: ChatMessage): string[] {
  return [...new Set(sourceCards(messageSources(answer), messageText(answer)).map((c) => c.docId))];
}

/** The question an answer (current or an earlier version) replied to, and the questions asked before it. */
function questionBefore(messages: ChatMessage[], answer: ChatMessage, versions: Record<string, ChatMessage[]>): { question: string; history: string[] } | null {
  let at = messages.findIndex((m) => m.id === answer.id) - 1;
  if (at < 0 || messages[at]?.role !== "user") {
    const questionId = Object.entries(versions).find(([, older]) => older.some((m) => m.id === answer.id))?.[0];
    at = questionId === undefined ? -1 : messages.findIndex((m) => m.id === questionId && m.role === "user");
  }
  if (at < 0) return null;
  const history = messages
    .slice(0, at)
    .filter((m) => m.role === "user")
    .map((m) => messageText(m).trim());
  return { question: messageText(messages[at]!).trim(), history };
}

/** Offer text as a file download (no server round trip). */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: letters and digits kept (Vietnamese included), the rest dashes. */
export function fileSlug(title: string): string {
  return (
    title
      .normalize("NFC")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "conversation"
  );
}
