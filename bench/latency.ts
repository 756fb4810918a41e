/** Latency figures of a run: median and 99th percentile (nearest rank), in milliseconds. */
export interface Latency {
  samples: number;
  median: number;
  p99: number;
  min: number;
  max: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function latency(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    samples: sorted.length,
    median: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    min: round(sorted[0]!),
    max: round(sorted.at(-1)!),
  };
}
