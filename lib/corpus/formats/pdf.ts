/**
 * A PDF with a text layer, read by pdfjs-dist (legacy build, which runs on Node 20): its text in
 * reading order, lines joined into paragraphs, and the title and date from the document info.
 * Scripts, forms and fonts are never evaluated or loaded; a PDF without text (scanned) is refused.
 */
import type { DocumentMetadata } from "../document";

export interface PdfArticle {
  text: string;
  metadata: DocumentMetadata & { titles: string[] };
}

/** A PDF that cannot be read as an article; the message says why. */
export class PdfRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdfRefusedError";
  }
}

/** Fewer characters of text per page than this and the PDF is a scan: its pages are pictures of text. */
const MIN_CHARS_PER_PAGE = 40;
/** A gap between two lines larger than this many line heights starts a new paragraph. */
const PARAGRAPH_GAP = 1.6;

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

/** "D:20250718210500+07'00'" → "2025-07-18T21:05". */
function pdfDate(value: unknown): string | undefined {
  const m = typeof value === "string" ? value.match(/^D:(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2}))?/) : null;
  if (!m) return undefined;
  return m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

/** Lines of one page with paragraph breaks where the vertical gap is wide. */
function pageText(items: TextItem[]): string {
  const lines: { text: string; y: number; height: number }[] = [];
  let current = "";
  let y: number | null = null;
  let height = 0;
  for (const item of items) {
    if (y === null) y = item.transform[5] ?? 0;
    current += item.str;
    height = Math.max(height, item.height);
    if (item.hasEOL) {
      lines.push({ text: current, y, height });
      current = "";
      y = null;
      height = 0;
    }
  }
  if (current.trim()) lines.push({ text: current, y: y ?? 0, height });
  let out = "";
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous) {
      const gap = Math.abs(previous.y - line.y);
      const newParagraph = gap > PARAGRAPH_GAP * Math.max(previous.height, line.height, 1) || previous.text.trim() === "";
      // Lines of one paragraph join with a space; a word hyphenated across them joins whole.
      if (newParagraph) out += "\n\n";
      else if (/\p{L}-$/u.test(out)) out = out.slice(0, -1);
      else out += " ";
    }
    out += line.text.trim();
  });
  return out.replace(/\n{3,}/g, "\n\n").trim();
}

/** Read a PDF's text. Throws PdfRefusedError for a file that is not a PDF, is encrypted, or has no text layer. */
export async function readPdf(bytes: Uint8Array): Promise<PdfArticle> {
  if (!Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-")) {
    throw new PdfRefusedError("not a PDF (the file does not start with a PDF header)");
  }
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdfjs takes ownership of the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as Error)?.name;
    throw new PdfRefusedError(
      name === "PasswordException" ? "the PDF is password-protected" : `not a readable PDF (${(error as Error)?.message ?? String(error)})`,
    );
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((item): item is TextItem & typeof item => "str" in item) as TextItem[]));
      page.cleanup();
    }
    const text = pages.filter(Boolean).join("\n\n");
    if (text.replace(/\s+/g, "").length < MIN_CHARS_PER_PAGE * pdf.numPages) {
      throw new PdfRefusedError("a scanned PDF without a text layer (its pages are images); run OCR on it first, or paste its text");
    }
    const { info } = (await pdf.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    const title = typeof info.Title === "string" && info.Title.trim() ? info.Title.trim() : undefined;
    return { text, metadata: { titles: title ? [title] : [], published: pdfDate(info.CreationDate) } };
  } finally {
    await pdf.destroy();
  }
}
