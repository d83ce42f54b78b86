/** The schemas clients read the API with (lib/api-schemas.ts) accept what the routes really answer, and reject what is not theirs. */
import { describe, expect, it } from "vitest";
import { addResponseSchema, apiErrorBodySchema, documentListSchema, documentResponseSchema, eventsResponseSchema, healthReportSchema } from "@/lib/api-schemas";
import { parseRequestError } from "@/app/_components/chat/RequestErrorAlert";
import { sharedRoutes } from "../support/routes";

const routes = sharedRoutes();

describe("the API's bodies as clients validate them", () => {
  it("health, the document list, one document and an error body from the routes all validate", async () => {
    expect(healthReportSchema.safeParse(await (await routes.health()).json()).success).toBe(true);
    const list = documentListSchema.parse(await (await routes.documents()).json());
    expect(list.documents.length).toBeGreaterThan(0);
    const one = documentResponseSchema.parse(await (await routes.document(list.documents[0]!.id)).json());
    expect(one.document.body.length).toBeGreaterThan(0);
    expect(apiErrorBodySchema.safeParse(await (await routes.document("khong-co-bai-nay")).json()).success).toBe(true);
    expect(eventsResponseSchema.safeParse(await (await routes.events()).json()).success).toBe(true);
  });

  it("each kind of addition result the Articles page shows validates", () => {
    const results = [
      { file: "a.txt", status: "added", id: "a", title: "A", chunks: 3 },
      { file: "b.txt", status: "duplicate", id: "b", title: "B", duplicateOf: "a", duplicateOfTitle: "A", similarity: 0.93 },
      { file: "c.txt", status: "refused", code: "refused:article", reason: "empty" },
    ];
    expect(addResponseSchema.parse({ results }).results?.map((r) => r.status)).toEqual(["added", "duplicate", "refused"]);
  });

  it("a body that is not the API's (a proxy's page, another shape) is refused", () => {
    expect(healthReportSchema.safeParse({ ok: true, profiles: "none" }).success).toBe(false);
    expect(documentListSchema.safeParse({ documents: [{ id: 1 }] }).success).toBe(false);
  });

  it("a health report whose article or chunk count is not a whole number of at least 0 is refused", async () => {
    const report = await (await routes.health()).json();
    for (const documents of [-1, 2.5]) expect(healthReportSchema.safeParse({ ...report, index: { ...report.index, documents } }).success).toBe(false);
    expect(healthReportSchema.safeParse({ ...report, index: { ...report.index, chunks: -3 } }).success).toBe(false);
  });

  it("a failed chat request shows the route's message and hint, or the raw text when it is not an error body", () => {
    const body = JSON.stringify({ error: { code: "rate_limited:chat", message: "Too many questions", hint: "Wait a minute" } });
    expect(parseRequestError(new Error(body))).toEqual({ message: "Too many questions", hint: "Wait a minute" });
    expect(parseRequestError(new Error('{"unexpected":true}'))).toEqual({ message: '{"unexpected":true}' });
    expect(parseRequestError(new Error("Failed to fetch"))).toEqual({ message: "Failed to fetch" });
  });
});
