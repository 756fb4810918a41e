/**
 * Starting the services as separate processes and waiting until they answer
 * their health checks, for `npm start` and the end-to-end tests alike.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  healthUrl: string;
  /** Everything the process wrote, for error messages (the last 20 kB). */
  output: () => string;
}

const ENTRY_POINTS: Record<string, string> = {
  gateway: 'gateway/src/index.ts',
  ngos: 'subgraphs/ngos/src/index.ts',
  councils: 'subgraphs/councils/src/index.ts',
  partners: 'subgraphs/partners/src/index.ts',
};

/** Whether this code is the compiled build (dist/), which starts the compiled services. */
const RUNNING_COMPILED = import.meta.url.includes('/dist/lib/');

/**
 * The node arguments that start a service: the compiled JavaScript in
 * dist/ (`npm run build`) for the compiled build and in production, the
 * TypeScript through tsx's loader in development.
 */
export function serviceArgs(name: string, compiled: boolean): string[] {
  const entry = ENTRY_POINTS[name];
  if (!entry) throw new Error(`unknown service ${name}`);
  if (!compiled) return ['--import', 'tsx', path.join(PROJECT_ROOT, entry)];
  const built = path.join(PROJECT_ROOT, 'dist', entry.replace(/\.ts$/, '.js'));
  if (!fs.existsSync(built)) throw new Error(`${built} does not exist: run \`npm run build\` first`);
  return [built];
}

/** Starts one service with the given environment (compiled in production or when asked, else through tsx). */
export function spawnService(
  name: keyof typeof ENTRY_POINTS & string,
  options: { env: NodeJS.ProcessEnv; port: number; echo?: boolean; compiled?: boolean },
): ServiceProcess {
  const compiled = options.compiled ?? (RUNNING_COMPILED || options.env.NODE_ENV === 'production');
  // Echoed to a terminal: the service writes readable lines, as it would on the terminal itself.
  const pretty = options.echo && process.stdout.isTTY && !options.env.LOG_FORMAT;
  const child = spawn(process.execPath, serviceArgs(name, compiled), {
    cwd: PROJECT_ROOT,
    env: pretty ? { ...options.env, LOG_FORMAT: 'pretty' } : options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (options.echo) process.stdout.write(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { name, child, healthUrl: `http://127.0.0.1:${options.port}/health`, output: () => output };
}

/** Resolves when the service answers its health check with 200; rejects if it exits first or the time runs out. */
export async function waitForHealth(service: ServiceProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // A box, so TypeScript sees that the exit listener can change it between iterations.
  const exit: { code: number | null } = { code: null };
  const onExit = (code: number | null) => void (exit.code = code ?? -1);
  service.child.once('exit', onExit);
  try {
    while (Date.now() < deadline) {
      if (exit.code !== null || service.child.exitCode !== null) {
        throw new Error(
          `${service.name} exited with code ${exit.code ?? service.child.exitCode} before it was ready:\n${service.output()}`,
        );
      }
      try {
        const response = await fetch(service.healthUrl, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${service.name} did not answer ${service.healthUrl} within ${timeoutMs} ms:\n${service.output()}`);
  } finally {
    service.child.off('exit', onExit);
  }
}

/** Sends SIGTERM and waits for the process to exit (SIGKILL after `graceMs`). */
export async function stopService(service: ServiceProcess, graceMs = 10_000): Promise<void> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** A TCP port free on loopback right now (tests and benchmarks start services on such ports). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}
