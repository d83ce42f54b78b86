import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseQuestionSet, QuestionSetError } from "@/lib/eval/question-set";

/** Synthetic questions (not from the corpus). */
const a = { id: "a", kind: "vi", question: "Vòng hai khi nào?", expectDocs: ["vong-hai"], facts: ["19/5"] };
const b = { id: "b", kind: "en", question: "And the third?", history: ["When was round two?"], expectDocs: [], facts: [], rating: "down" };

describe("question sets for npm run eval", () => {
  it("reads the development sets as they are", () => {
    const file = path.join("tests", "fixtures", "dev-questions.json");
    const raw = JSON.parse(readFileSync(file, "utf8")) as { questions: unknown[] };
    const set = parseQuestionSet(readFileSync(file, "utf8"), file);
    expect(set.questions).toHaveLength(raw.questions.length);
    expect(set.questions).toEqual(raw.questions);
  });

  it("reads JSON Lines, one question a line, blank lines and CRLF allowed, extra fields kept", () => {
    const set = parseQuestionSet(`${JSON.stringify(a)}\r\n\n${JSON.stringify(b)}\n`, "f.jsonl");
    expect(set.questions).toEqual([a, b]);
  });

  it("reads a file of one JSON line and a bare JSON array", () => {
    expect(parseQuestionSet(JSON.stringify(a), "f.jsonl").questions).toEqual([a]);
    expect(parseQuestionSet(JSON.stringify([a, b]), "f.json").questions).toEqual([a, b]);
  });

  it("names the line and the field that are wrong", () => {
    expect(() => parseQuestionSet(`${JSON.stringify(a)}\n{"id":"x","kind":"vi","question":"?","facts":[]}\n`, "f.jsonl")).toThrow(/f\.jsonl:2: .*expectDocs/);
    expect(() => parseQuestionSet(`${JSON.stringify(a)}\nnot json\n`, "f.jsonl")).toThrow(/f\.jsonl:2: not JSON/);
    expect(() => parseQuestionSet("", "f.jsonl")).toThrow(QuestionSetError);
    expect(() => parseQuestionSet('{"questions": 3}', "f.json")).toThrow(/f\.json: not a question set/);
  });
});
