#!/usr/bin/env node
// `npx vn-ask …`: the ask CLI without npm's "> script" banner, so `--json` and `--stdin` output is pure JSON in a pipe.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("../scripts/ask.ts", import.meta.url));
const child = spawn(process.execPath, ["--import", "tsx", script, ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
