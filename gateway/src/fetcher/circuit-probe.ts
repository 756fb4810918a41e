/**
 * Closing an open circuit as soon as its subgraph is ready again: while the
 * circuit is open, the subgraph's readiness is probed every `everyMs`, and a
 * 200 closes it, so a restarted subgraph serves again within a probe rather
 * than after the rest of the cool-down. A subgraph that says it is ready yet
 * keeps failing opens the circuit again after BREAKER_FAILURES failures.
 */
import { CircuitState, type CircuitBreakerPolicy, type ConsecutiveBreaker } from 'cockatiel';
import { probe } from '../../../lib/health-probe.js';

export function closeWhenReady(
  breaker: CircuitBreakerPolicy,
  failures: ConsecutiveBreaker,
  readinessUrl: string,
  everyMs: number,
): void {
  let timer: NodeJS.Timeout | undefined;
  // A function, as the state changes while a probe is on its way.
  const open = () => breaker.state === CircuitState.Open;
  const check = async () => {
    timer = undefined;
    // Half-open: a request is trying the subgraph itself; closed: nothing to do.
    if (!open()) return;
    const { status } = await probe(readinessUrl, Math.min(everyMs, 1_000));
    if (status === 200 && open()) {
      failures.success();
      // cockatiel closes a circuit from outside only through isolate() and its release.
      breaker.isolate().dispose();
      return;
    }
    schedule();
  };
  const schedule = () => {
    timer ??= setTimeout(() => void check(), everyMs);
    // A gateway that is stopping does not wait for its probes.
    timer.unref();
  };
  breaker.onBreak(schedule);
}
