/** The environment, read and validated once; shared by the scripts and the server. Empty strings count as unset. */
import path from "node:path";
import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().trim().optional());
const optionalUrl = z.preprocess(emptyAsUndefined, z.string().trim().url().optional());
const int = (fallback: number, min: number, max: number) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(fallback));

const schema = z.object({
  CORPUS_DIR: z.preprocess(emptyAsUndefined, z.string().default("corpus")),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("data")),
  /** Largest corpus file read, in bytes. */
  MAX_FILE_BYTES: int(5 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  /** Most files in one upload (POST /api/documents, npm run add). */
  MAX_UPLOAD_FILES: int(50, 1, 10_000),
  /** Largest upload in bytes, all its files together. */
  MAX_UPLOAD_BYTES: int(25 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  /** How long an addition or removal waits for another indexer to finish before answering busy:index. */
  INDEX_LOCK_WAIT_MS: int(15_000, 0, 600_000),
  /**
   * Added chunks in the delta at which it is folded into a new build (lib/index/compact.ts); 0 = only
   * by npm run index -- --force. Each question scans the added vectors exactly: ~1 ms at 1,000 (512
   * dimensions, measured on the 2-core VM), against the 20 ms hybrid p95 budget.
   */
  DELTA_COMPACT_CHUNKS: int(1_000, 0, 10_000_000),

  /** `local` (built in, offline) or `openai-compatible` (an /v1/embeddings endpoint). */
  EMBEDDINGS_PROVIDER: z.preprocess(emptyAsUndefined, z.enum(["local", "openai-compatible"]).default("local")),
  EMBEDDINGS_BASE_URL: optionalUrl,
  EMBEDDINGS_MODEL: optionalString,
  EMBEDDINGS_API_KEY: optionalString,
  EMBEDDINGS_BATCH_SIZE: int(64, 1, 2048),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_CHAT_MODEL: z.preprocess(emptyAsUndefined, z.string().default("gpt-4o-mini")),

  LOCAL_LLM_BASE_URL: optionalUrl,
  LOCAL_LLM_MODEL: optionalString,
  LOCAL_LLM_API_KEY: optionalString,
  LOCAL_LLM_LABEL: optionalString,

  /** Profile used when a request names none: offline, openai or local. */
  DEFAULT_PROFILE: optionalString,
  /** How long to wait for a model's first token before falling back to the extractive answer. */
  LLM_FIRST_TOKEN_TIMEOUT_MS: int(20_000, 100, 600_000),
  /** Longest silence between two tokens of a streaming answer. */
  LLM_STALL_TIMEOUT_MS: int(30_000, 100, 600_000),
  /**
   * How long an English question or a follow-up waits for the model to rewrite it into a Vietnamese
   * search query; past this the answer starts from the question's own retrieval (0: never rewrite).
   */
  REWRITE_BUDGET_MS: int(250, 0, 10_000),
  LLM_MAX_RETRIES: int(2, 0, 10),

  /** Where the archive lives: `embedded` (files in DATA_DIR, the default) or `postgres` (DATABASE_URL). */
  STORE: z.preprocess(emptyAsUndefined, z.enum(["embedded", "postgres"]).default("embedded")),
  /** PostgreSQL with pgvector, for STORE=postgres: `postgres://user:password@host:5432/db`. */
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
  ),
  /** Connections each app process keeps open to PostgreSQL. */
  PG_POOL_MAX: int(10, 1, 200),
  /** How long to wait for a connection before answering 503. */
  PG_CONNECT_TIMEOUT_MS: int(5_000, 100, 120_000),
  /** Longest a single query may run (PostgreSQL statement_timeout). */
  PG_STATEMENT_TIMEOUT_MS: int(10_000, 100, 3_600_000),

  HOST: z.preprocess(emptyAsUndefined, z.string().default("127.0.0.1")),
  PORT: int(3000, 1, 65_535),

  /** Host names (comma-separated, optional :port) the app answers to; loopback names and HOST always count. */
  ALLOWED_HOSTS: optionalString,
  /** Token (or password) people sign in with; required when HOST is not a loopback address. */
  APP_ACCESS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(12, "use at least 12 characters").optional()),
  /** Token that may add and remove articles (also signs in, as an admin). */
  APP_ADMIN_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(12, "use at least 12 characters").optional()),
  /** `1` serves a non-loopback HOST without a token (warned about in the log and the page). */
  ALLOW_UNAUTHENTICATED: z.preprocess(emptyAsUndefined, z.enum(["0", "1"]).default("0")),
  /** How long a sign-in lasts, in hours. */
  SESSION_HOURS: int(12, 1, 24 * 90),
  /** Per client (token, session or address): model-profile chat requests per minute, and answers streaming at once. */
  RATE_LIMIT_PER_MINUTE: int(20, 1, 100_000),
  MAX_CONCURRENT_STREAMS: int(3, 1, 10_000),
  /** Earlier turns forwarded to the model, in estimated tokens; the oldest are dropped first. */
  HISTORY_TOKEN_BUDGET: int(3000, 0, 200_000),
  /** Caps on one model answer: tokens the model may write, UTF-8 bytes relayed, and total time. */
  LLM_MAX_OUTPUT_TOKENS: int(1024, 16, 100_000),
  ANSWER_MAX_BYTES: int(32 * 1024, 1024, 10 * 1024 * 1024),
  ANSWER_MAX_MS: int(120_000, 1000, 3_600_000),
  /** Endpoint health found by a probe is reused this long: at most one upstream call per endpoint per period. */
  HEALTH_CACHE_MS: int(15_000, 0, 3_600_000),
  /** Time allowed for a request's headers, then for its whole body (scripts/serve.ts). */
  HEADERS_TIMEOUT_MS: int(10_000, 1000, 600_000),
  REQUEST_TIMEOUT_MS: int(20_000, 1000, 600_000),
});

export type AppConfig = z.infer<typeof schema> & { corpusDir: string; dataDir: string };

/** A configuration value that is present but wrong; the message names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Parse an environment (default: `process.env`) into a validated configuration. */
export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new ConfigError(`Invalid configuration: ${problems}. Fix these environment variables (see README, Configuration).`);
  }
  const config = parsed.data;
  if (config.EMBEDDINGS_PROVIDER === "openai-compatible" && !config.EMBEDDINGS_MODEL) {
    throw new ConfigError("EMBEDDINGS_PROVIDER=openai-compatible needs EMBEDDINGS_MODEL (e.g. bge-m3).");
  }
  if (config.LOCAL_LLM_BASE_URL && !config.LOCAL_LLM_MODEL) {
    throw new ConfigError("LOCAL_LLM_BASE_URL is set but LOCAL_LLM_MODEL is not: name the chat model to use (e.g. qwen2.5:7b).");
  }
  if (config.STORE === "postgres" && !config.DATABASE_URL) {
    throw new ConfigError("STORE=postgres needs DATABASE_URL (e.g. postgres://app:secret@localhost:5432/vntrade).");
  }
  return {
    ...config,
    corpusDir: path.resolve(config.CORPUS_DIR),
    dataDir: path.resolve(config.DATA_DIR),
  };
}

let cached: AppConfig | undefined;

/** The process-wide configuration, read on first use. */
export function getConfig(): AppConfig {
  cached ??= readConfig();
  return cached;
}
