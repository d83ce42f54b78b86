/**
 * The evaluation question-set format, read by `npm run eval -- --questions FILE` and written by the
 * chat's "Export feedback (JSONL)": a JSON file `{ questions: [...] }` (the development sets), a JSON
 * array of questions, or JSON Lines with one question per line (the feedback export).
 */
import { z } from "zod";

/** One evaluation question. Extra fields (a feedback line's rating, note, answer…) are kept, not checked. */
export const evalQuestionSchema = z.looseObject({
  id: z.string().min(1),
  /** "vi", "vi-ascii", "en"… ("en" questions are also scored apart); feedback lines use "feedback-good"/"feedback-bad". */
  kind: z.string().min(1),
  question: z.string().min(1),
  /** Earlier questions of the conversation, oldest first, for follow-ups. */
  history: z.array(z.string()).optional(),
  /** Articles that answer the question; empty: the question should be abstained on. */
  expectDocs: z.array(z.string()),
  /** Gold phrases of the expected articles' bodies, matched diacritic-insensitively. */
  facts: z.array(z.string()),
  /** Every fact must be in the answer (a timeline's first and last event), not just one. */
  allFacts: z.boolean().optional(),
});

export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export interface QuestionSet {
  questions: EvalQuestion[];
  /** Site chrome that must never reach a passage; the seeds' list when absent. */
  chromeMarkers?: string[];
}

const questionSetSchema = z.object({ questions: z.array(evalQuestionSchema), chromeMarkers: z.array(z.string()).optional() });

/** Thrown for a question file that is neither format, naming the line or question that is wrong. */
export class QuestionSetError extends Error {
  override name = "QuestionSetError";
}

function describe(issues: z.core.$ZodIssue[]): string {
  return issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`).join("; ");
}

/** Parse a question file's text: JSON (`{ questions }` or an array) or JSON Lines. */
export function parseQuestionSet(text: string, fileName: string): QuestionSet {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new QuestionSetError(`${fileName}: no questions (the file is empty)`);
  let whole: unknown;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    whole = undefined; // not one JSON value: JSON Lines
  }
  if (whole !== undefined && !(isObject(whole) && "id" in whole)) {
    const set = questionSetSchema.safeParse(Array.isArray(whole) ? { questions: whole } : whole);
    if (!set.success) throw new QuestionSetError(`${fileName}: not a question set (${describe(set.error.issues)})`);
    return set.data;
  }
  // JSON Lines (a file of one line is also one JSON value, hence the "id" check above).
  const questions: EvalQuestion[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim().length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new QuestionSetError(`${fileName}:${i + 1}: not JSON (each line of a JSON Lines file is one question object)`);
    }
    const parsed = evalQuestionSchema.safeParse(value);
    if (!parsed.success) throw new QuestionSetError(`${fileName}:${i + 1}: not a question (${describe(parsed.error.issues)})`);
    questions.push(parsed.data);
  });
  return { questions };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
