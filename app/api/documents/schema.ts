/** The JSON bodies of POST /api/documents: pasted text with what the user knows about it, or the undo of a removal. */
import { z } from "zod";

const field = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const pasteSchema = z.object({
  text: z.string().trim().min(1, "paste the article's text; it is empty").max(200_000, "the text is longer than 200,000 characters; upload it as a file"),
  title: field(300),
  date: field(40),
  source: field(200),
  url: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^https?:\/\//i.test(v), "the link must start with http:// or https://"),
  lang: z.enum(["vi", "en"]).optional(),
});

export const restoreSchema = z.object({ restore: z.string().min(1).max(200) });

export const documentsPostSchema = z.union([restoreSchema, pasteSchema]);

export type PasteRequest = z.infer<typeof pasteSchema>;
