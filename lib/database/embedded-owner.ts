/**
 * Who started the embedded PostgreSQL on a data folder: the starting process
 * writes its pid next to the data. A server whose owner is gone was left by a
 * crashed run; it is stopped (fast shutdown, then harder) so a new one can
 * start under a living owner.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';

/** Next to the data folder: the pid of the process that started the server on it. */
export function ownerFile(dataDir: string): string {
  return `${dataDir}.owner`;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * A process that has exited but not been reaped still answers signal 0. A crashed
 * run's processes are handed to init, which may reap them late: they are gone all the same.
 */
export function isZombie(pid: number): boolean {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: the first is the state.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false; // no /proc (not Linux), or gone meanwhile: signal 0 has answered
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The pid of the PostgreSQL server running on the data folder, if one is. */
export function runningServer(dataDir: string): number | undefined {
  const pid = readPid(path.join(dataDir, 'postmaster.pid'));
  return pid && processAlive(pid) ? pid : undefined;
}

/** The living process (this one included) that started the server on the data folder, if any. */
export function livingOwner(dataDir: string): number | undefined {
  const owner = readPid(ownerFile(dataDir));
  return owner && processAlive(owner) ? owner : undefined;
}

export function claim(dataDir: string): void {
  fs.writeFileSync(ownerFile(dataDir), `${process.pid}\n`);
}

export function release(dataDir: string): void {
  fs.rmSync(ownerFile(dataDir), { force: true });
}

/** Stops a server left by a crashed run: fast shutdown, then immediate, then kill, waiting for it to go. */
export async function stopOrphan(pid: number, logger: Logger): Promise<void> {
  for (const [signal, waitMs] of [
    ['SIGINT', 10_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if (!processAlive(pid)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    logger.warn({ pid, signal }, 'the old PostgreSQL did not stop; trying harder');
  }
  throw new Error(`The PostgreSQL left running (pid ${pid}) could not be stopped: stop it by hand`);
}
