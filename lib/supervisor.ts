/**
 * Keeping a service running for `npm start`: a process that exits without
 * being asked to is started again after a backoff (0.5 s, doubling to 30 s;
 * back to 0.5 s once it has stayed up a minute), while the others keep
 * serving. Only `stop()` ends it for good.
 */
import type { Logger } from './logger.js';
import { stopService, waitForHealth, type ServiceProcess } from './processes.js';

export interface Supervised {
  readonly name: string;
  current(): ServiceProcess;
  stop(): Promise<void>;
}

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;
const STABLE_AFTER_MS = 60_000;

export function supervise(
  spawn: () => ServiceProcess,
  options: { logger: Logger; graceMs: number; healthTimeoutMs?: number },
): Supervised {
  const { logger } = options;
  let running = spawn();
  let stopping = false;
  let delay = FIRST_DELAY_MS;
  let startedAt = Date.now();
  let timer: NodeJS.Timeout | undefined;

  const watch = (service: ServiceProcess) => {
    service.child.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt > STABLE_AFTER_MS) delay = FIRST_DELAY_MS;
      logger.error(
        { service: service.name, code, signal, restartInMs: delay, lastOutput: service.output().slice(-2000) },
        `${service.name} stopped unexpectedly; restarting it while the others keep serving`,
      );
      timer = setTimeout(() => {
        if (stopping) return;
        startedAt = Date.now();
        running = spawn();
        watch(running);
        waitForHealth(running, options.healthTimeoutMs ?? 300_000).then(
          () => logger.info({ service: running.name }, `${running.name} is back`),
          (error: unknown) => logger.error({ err: error, service: running.name }, `${running.name} did not come back`),
        );
      }, delay);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    });
  };
  watch(running);

  return {
    name: running.name,
    current: () => running,
    stop: async () => {
      stopping = true;
      clearTimeout(timer);
      await stopService(running, options.graceMs);
    },
  };
}
