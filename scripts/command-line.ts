/**
 * Every `npm run` command's arguments: Node's own `parseArgs` plus `--help`/`-h`, and a mistyped
 * option answered with one line and the usage (exit 2) instead of Node's stack trace.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";

/** Exit code of a command given arguments it does not take (as for a shell builtin's misuse). */
export const USAGE_EXIT_CODE = 2;

const HELP = { help: { type: "boolean", short: "h", default: false } } as const;

type WithHelp<T extends ParseArgsConfig> = T & { options: T["options"] & typeof HELP };

/** Parse the command line by `config`; `--help` prints `usage` and exits 0, a wrong argument prints why and exits 2. */
export function readCommandLine<const T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<WithHelp<T>>> {
  const withHelp = { ...config, options: { ...config.options, ...HELP } } as WithHelp<T>;
  let parsed: ReturnType<typeof parseArgs<WithHelp<T>>>;
  try {
    parsed = parseArgs(withHelp);
  } catch (error) {
    // Node marks its own argument errors with ERR_PARSE_ARGS_* codes; anything else is a bug, rethrown.
    const code = (error as { code?: unknown }).code;
    if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) throw error;
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(USAGE_EXIT_CODE);
  }
  // The generic T hides the added option from the compiler; it is there, with a default.
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
