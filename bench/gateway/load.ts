/**
 * One measured run: autocannon sends one body to one URL with N connections
 * for a while; the target's memory is sampled meanwhile. RPS, p50 and p99
 * are of the answers served (2xx): a gateway that sheds load answers 503 at
 * once, and counting those would flatter both its throughput and its tail.
 * Non-2xx answers (shed ones among them), socket errors and timeouts count
 * as errors.
 */
import autocannon from 'autocannon';
import { latency } from '../latency.js';
import { treeCpuMs, treeRss } from './processes.js';

export interface RunResult {
  /** Answers served (2xx) per second. */
  rps: number;
  /** Median and 99th percentile latency of the answers served, ms. */
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** Largest resident memory seen during the run, in MB (the process and its workers). */
  rssMb: number;
  /** CPU time the target (and its workers) spent per answer served (2xx; shed requests cost it too), in ms; 0 when not measured. */
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
    const served: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const run = autocannon(
        {
          url: options.url,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...options.headers },
          body: options.body,
          connections: options.connections,
          duration: options.seconds,
          timeout: 30,
        },
        (error: unknown, done: autocannon.Result) => (error ? reject(error) : resolve(done)),
      );
      run.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
        if (status >= 200 && status < 300) served.push(ms);
      });
    });
    const cpu = pid ? treeCpuMs(pid) - cpuBefore : 0;
    const times = served.length ? latency(served) : { median: 0, p99: 0 };
    return {
      cpuMsPerRequest: served.length ? Math.round((cpu / served.length) * 100) / 100 : 0,
      rps: Math.round((served.length / options.seconds) * 10) / 10,
      p50: times.median,
      p99: times.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      requests: result.requests.total,
      rssMb: Math.round(Math.max(rss, sample()) / 1024 / 102.4) / 10,
    };
  } finally {
    clearInterval(sampler);
  }
}
