/** Latency statistics: percentiles of a sample of durations, and a timer that runs a function over inputs after a warm-up. */

/** Milliseconds at the usual percentiles (nearest rank). */
export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /**
   * The process's CPU time per call (user + system, `process.cpuUsage`), where measured: on a
   * shared machine it moves less with the load than the wall time does.
   */
  cpu?: Omit<Latency, "cpu">;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarize(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(sorted.length, 1);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), mean };
}

/**
 * Time `run` once per input, after a warm-up over the first inputs (up to `warmup` of them, stopping
 * after two seconds: enough for the JIT and caches, affordable when one call takes a second).
 * A synchronous `run` is timed without an extra await, so sub-millisecond calls are not padded.
 * Returns the latency and each input's result from the timed pass.
 */
export async function measureResults<T, R>(inputs: readonly T[], run: (input: T) => R | Promise<R>, warmup = 30): Promise<{ latency: Latency; results: R[] }> {
  const warmUntil = performance.now() + 2000;
  for (const input of inputs.slice(0, warmup)) {
    await run(input);
    if (performance.now() > warmUntil) break;
  }
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const results: R[] = [];
  for (const input of inputs) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = run(input);
    results.push(result instanceof Promise ? await result : result);
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuSamples.push((used.user + used.system) / 1000);
  }
  return { latency: { ...summarize(samples), cpu: summarize(cpuSamples) }, results };
}

/** The latency part of `measureResults`; results are dropped as they come (some peers return every match). */
export async function measure<T>(inputs: readonly T[], run: (input: T) => unknown, warmup = 30): Promise<Latency> {
  const drop = (input: T) => {
    const result = run(input);
    return result instanceof Promise ? result.then(() => undefined) : undefined;
  };
  return (await measureResults(inputs, drop, warmup)).latency;
}

/** Round for display and JSON: three significant decimals below 10, one above. */
export function round(value: number): number {
  return Number(value.toFixed(Math.abs(value) < 10 ? 3 : 1));
}
