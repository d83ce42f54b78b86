/**
 * Front matter read as plain data: YAML (or JSON) only. A block opened in another language
 * (`---js`, `---javascript`, `---coffee`…) is refused and never evaluated: gray-matter would run it.
 */
import matter from "gray-matter";

/** Front-matter languages that are data, not code; "" is a plain `---` opener (YAML). */
const DATA_LANGUAGES = new Set(["", "yaml", "yml", "json"]);
const OPENER = /^\uFEFF?---([^\r\n]*)\r?\n/;

/** Front matter that cannot be read as data; the message says what to change. */
export class FrontMatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FrontMatterError";
  }
}

const refuseCode = (language: string) => () => {
  throw new FrontMatterError(`front matter in "${language}" is code, not data; it was not run (use a plain --- YAML block)`);
};

/** Engines gray-matter would evaluate, each replaced by a refusal, should a language slip past the check below. */
const NO_CODE_ENGINES = {
  javascript: refuseCode("javascript"),
  js: refuseCode("js"),
  coffee: refuseCode("coffee"),
  coffeescript: refuseCode("coffeescript"),
  cson: refuseCode("cson"),
};

export interface FrontMatter {
  data: Record<string, unknown>;
  content: string;
}

/** Split `text` into its front matter (as data) and the article text. Throws FrontMatterError for code or unknown languages. */
export function parseFrontMatter(text: string): FrontMatter {
  const language = OPENER.exec(text)?.[1]?.trim().toLowerCase();
  if (language !== undefined && !DATA_LANGUAGES.has(language)) {
    throw new FrontMatterError(
      /^(js|javascript|coffee|coffeescript|cson)$/.test(language)
        ? `front matter in "${language}" is code, not data; it was not run (use a plain --- YAML block)`
        : `front matter in an unknown language "${language}" (use a plain --- YAML block)`,
    );
  }
  // A fresh options object turns gray-matter's content cache off.
  const parsed = matter(text, { engines: NO_CODE_ENGINES });
  const data = parsed.data && typeof parsed.data === "object" && !Array.isArray(parsed.data) ? (parsed.data as Record<string, unknown>) : {};
  return { data, content: parsed.content };
}

/** Parse a whole YAML file (the corpus sidecar) as data. */
export function parseYamlData(text: string): Record<string, unknown> {
  return parseFrontMatter(`---\n${text.replace(/^\uFEFF/, "")}\n---\n`).data;
}
