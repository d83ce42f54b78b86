/**
 * Crash points for the crash-safety tests: when ARCHIVE_FAULT names a point, the process kills
 * itself there (SIGKILL: no cleanup runs), as a power cut or `kill -9` would. Unset, it does nothing.
 */
export type FaultPoint = "article-written" | "article-stored" | "delta-written" | "build-written";

export function faultPoint(point: FaultPoint): void {
  if (process.env.ARCHIVE_FAULT === point) process.kill(process.pid, "SIGKILL");
}
