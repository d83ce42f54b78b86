/** The command-line options every scale worker of `npm run bench` takes (scripts/bench.ts passes them), for node:util's parseArgs. */
export const WORKER_OPTIONS = {
  /** The scale's folder: its synthetic corpus and index (`corpus/`, `data/`). */
  dir: { type: "string" },
  /** The scale: how many chunks the synthetic corpus is made to hold. */
  chunks: { type: "string" },
  seed: { type: "string", default: "42" },
  /** How many retrieval queries to time. */
  queries: { type: "string", default: "200" },
} as const;
