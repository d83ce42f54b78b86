import { describe, expect, it } from "vitest";
import { z } from "zod";
import { milestoneAsked, reportsMilestoneHappened } from "@/lib/retrieve/modality";
import signingCases from "../../fixtures/signing-as-done.json";

/** How each kind of text is read: a question asks whether the signing happened, a report says it (of the text a question asks about). */
const READS_AS_DONE = {
  question: (text: string) => milestoneAsked(text) !== null,
  report: (text: string, question?: string) => reportsMilestoneHappened(text, (question ? milestoneAsked(question) : null) ?? {}),
};
/** Texts and whether the signing in them is done (and why a case is there), a group per behaviour; an empty group is refused. */
const SIGNINGS = z
  .object({
    groups: z
      .array(
        z.object({
          of: z.enum(["question", "report"]),
          question: z.string().optional(),
          it: z.string(),
          cases: z.array(z.tuple([z.string(), z.boolean()], z.string())).min(1),
        }),
      )
      .min(1),
  })
  .parse(signingCases);

for (const { of, question, it: behaviour, cases } of SIGNINGS.groups) {
  describe(`a ${of} about a signing as done ${behaviour}`, () => {
    it.each(cases)("%j → %s", (text, done) => {
      expect(READS_AS_DONE[of](text, question)).toBe(done);
    });
  });
}
