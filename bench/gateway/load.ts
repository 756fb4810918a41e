/**
 * One measured run: autocannon sends one body to one URL with N connections
 * for a while; the target's memory is sampled meanwhile. Non-2xx answers,
 * socket errors and timeouts count as errors.
 */
import autocannon from 'autocannon';
import { treeCpuMs, treeRss } from './processes.js';

export interface RunResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** Largest resident memory seen during the run, in MB (the process and its workers). */
  rssMb: number;
  /** CPU time the target (and its workers) spent per request answered, in ms; 0 when not measured. */
  cpuMsPerRequest: number;
}

export async function measure(options: {
  url: string;
  body: string;
  connections: number;
  seconds: number;
  /** The process to watch; none for the direct subgraph call (its memory is not the question). */
  pid?: number;
  headers?: Record<string, string>;
}): Promise<RunResult> {
  const { pid } = options;
  const sample = () => (pid ? treeRss(pid) : 0);
  let rss = sample();
  const cpuBefore = pid ? treeCpuMs(pid) : 0;
  const sampler = setInterval(() => void (rss = Math.max(rss, sample())), 500);
  try {
    const result = await autocannon({
      url: options.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: options.body,
      connections: options.connections,
      duration: options.seconds,
      timeout: 30,
    });
    const cpu = pid ? treeCpuMs(pid) - cpuBefore : 0;
    return {
      cpuMsPerRequest: result.requests.total ? Math.round((cpu / result.requests.total) * 100) / 100 : 0,
      rps: Math.round(result.requests.average * 10) / 10,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      requests: result.requests.total,
      rssMb: Math.round(Math.max(rss, sample()) / 1024 / 102.4) / 10,
    };
  } finally {
    clearInterval(sampler);
  }
}
