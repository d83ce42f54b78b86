/** The commands' argument reader: what a user sees after a typo or `--help`. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { USAGE_EXIT_CODE, readCommandLine } from "../../../scripts/command-line";

const USAGE = "Usage: npm run demo -- [--corpus DIR]";

class Exit extends Error {
  constructor(readonly code: number | undefined) {
    super(`exit ${code}`);
  }
}

function run(args: string[]) {
  const printed: string[] = [];
  const errors: string[] = [];
  vi.spyOn(console, "log").mockImplementation((text: string) => void printed.push(text));
  vi.spyOn(console, "error").mockImplementation((text: string) => void errors.push(text));
  vi.spyOn(process, "exit").mockImplementation((code) => {
    throw new Exit(code as number | undefined);
  });
  try {
    const parsed = readCommandLine(USAGE, { args, options: { corpus: { type: "string" } } });
    return { parsed, printed, errors, code: undefined };
  } catch (error) {
    if (!(error instanceof Exit)) throw error;
    return { parsed: undefined, printed, errors, code: error.code };
  }
}

afterEach(() => vi.restoreAllMocks());

describe("readCommandLine", () => {
  it("answers a mistyped option with the reason and the usage, exit 2, no stack trace", () => {
    const { code, errors, printed } = run(["--corpsu", "x"]);
    expect(code).toBe(USAGE_EXIT_CODE);
    expect(errors.join("\n")).toContain("Unknown option '--corpsu'");
    expect(errors.join("\n")).toContain(USAGE);
    expect(errors.join("\n")).not.toMatch(/at .*node:internal/);
    expect(printed).toEqual([]);
  });

  it("answers an option missing its value the same way", () => {
    const { code, errors } = run(["--corpus"]);
    expect(code).toBe(USAGE_EXIT_CODE);
    expect(errors.join("\n")).toContain("--corpus");
  });

  it("prints the usage on --help and -h and exits 0", () => {
    for (const flag of ["--help", "-h"]) {
      const { code, printed, errors } = run([flag]);
      expect(code).toBe(0);
      expect(printed).toEqual([USAGE]);
      expect(errors).toEqual([]);
    }
  });

  it("returns the options it was given", () => {
    const { parsed, code } = run(["--corpus", "archive"]);
    expect(code).toBeUndefined();
    expect(parsed?.values.corpus).toBe("archive");
  });
});
