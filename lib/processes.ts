/**
 * Starting the services as separate processes and waiting until they answer
 * their health checks, for `npm start` and the end-to-end tests alike.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';
import { probe } from './health-probe.js';
import { isListeningMessage } from './listening.js';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /**
   * Where the service listens, as it reports once bound (lib/listening.ts): with port 0 it picks a
   * free port itself, so nothing is picked in advance for another process to take meanwhile.
   * Rejects if the process exits first.
   */
  address: Promise<ServiceAddress>;
  /** Everything the process wrote, for error messages (the last 20 kB). */
  output: () => string;
}

export interface ServiceAddress {
  port: number;
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql */
  url: string;
  healthUrl: string;
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

/**
 * Starts one service with the given environment, which holds its port (0: any): compiled in
 * production or when asked, else through tsx.
 */
export function spawnService(
  name: keyof typeof ENTRY_POINTS & string,
  options: { env: NodeJS.ProcessEnv; echo?: boolean; compiled?: boolean },
): ServiceProcess {
  const compiled = options.compiled ?? (RUNNING_COMPILED || options.env.NODE_ENV === 'production');
  // Echoed (to stderr: logs, while stdout carries what a command prints) to a terminal: the service writes
  // readable lines, as it would on the terminal itself.
  const pretty = options.echo && process.stderr.isTTY && !options.env.LOG_FORMAT;
  const child = spawn(process.execPath, serviceArgs(name, compiled), {
    cwd: PROJECT_ROOT,
    env: pretty ? { ...options.env, LOG_FORMAT: 'pretty' } : options.env,
    // The fourth channel (IPC) is where the service reports the port it bound.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const address = new Promise<ServiceAddress>((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!isListeningMessage(message)) return;
      child.off('exit', onExit);
      resolve({ port: message.port, url: message.url, healthUrl: message.url.replace(/\/graphql$/, '/health/ready') });
    };
    const onExit = (code: number | null, signal: string | null) => {
      child.off('message', onMessage);
      reject(new Error(`${name} exited with ${signal ?? `code ${code}`} before it listened:\n${output}`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
  // Callers that never wait for the address (a process expected to fail) must not leave an unhandled rejection.
  address.catch(() => undefined);
  return { name, child, address, output: () => output };
}

/**
 * Resolves with the service's address once it has reported it and answers its health check with
 * 200; rejects if it exits first or the time runs out.
 */
export async function waitForHealth(service: ServiceProcess, timeoutMs = 120_000): Promise<ServiceAddress> {
  const deadline = Date.now() + timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${service.name} did not report its port within ${timeoutMs} ms:\n${service.output()}`)),
      timeoutMs,
    );
  });
  let address: ServiceAddress;
  try {
    address = await Promise.race([service.address, timedOut]);
  } finally {
    clearTimeout(timer);
  }
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
      // node:http, not fetch: fetch refuses some ports (6000, ...), and would wait here forever.
      if ((await probe(address.healthUrl, 2000)).status === 200) return address;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${service.name} did not answer ${address.healthUrl} within ${timeoutMs} ms:\n${service.output()}`);
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
