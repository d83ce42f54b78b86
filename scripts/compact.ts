/**
 * `node --import tsx scripts/compact.ts`: fold the additions and removals into a new build when
 * the delta has reached DELTA_COMPACT_CHUNKS (lib/index/compact.ts). The server runs it in a process of its own
 * after an addition, so that the rebuild's CPU work never holds up its answers.
 */
import { readConfig } from "../lib/config";
import { compactIfDue } from "../lib/index/build";
import { describeDue } from "../lib/index/compact";

try {
  const done = await compactIfDue(readConfig());
  console.log(
    done
      ? `the ${describeDue(done.due)} (DELTA_COMPACT_CHUNKS ${done.due.threshold}) were folded into a new build: ${done.build.documents} articles, ${done.build.chunks} chunks in ${done.build.seconds.toFixed(1)} s`
      : "nothing to fold: the additions and removals are below DELTA_COMPACT_CHUNKS",
  );
} catch (error) {
  console.error(
    `folding the additions into a new build failed (the current archive keeps answering): ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
