/**
 * Structured logging (pino), one logger per service, named after it.
 *
 * JSON lines, except on a terminal in development, where pino-pretty (a
 * devDependency) makes them readable. LOG_FORMAT=json or pretty forces either.
 * Services log to stdout; command-line tools log to stderr, so their stdout
 * carries only their output (a token, a JSON report).
 */
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/** Where a logger writes: a stream (tests read the logs from one), or stdout / stderr. */
export type LogDestination = DestinationStream | 'stdout' | 'stderr';

function options(service: string, level: string): LoggerOptions {
  return {
    name: service,
    level,
    // Tokens and personal data never reach the logs, whatever a caller sends.
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        '*.password',
        '*.email',
        '*.phone',
        '*.token',
        'variables',
      ],
      censor: '[redacted]',
    },
  };
}

/** Pretty when asked (LOG_FORMAT=pretty), or on a terminal in development unless LOG_FORMAT=json. */
export function wantsPretty(fd: 1 | 2, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.LOG_FORMAT === 'pretty') return true;
  if (env.LOG_FORMAT === 'json' || (env.NODE_ENV ?? 'development') !== 'development') return false;
  return Boolean(fd === 1 ? process.stdout.isTTY : process.stderr.isTTY);
}

/** A service's (or tool's) logger; `destination` defaults to stdout. */
export function createLogger(
  service: string,
  level: string = process.env.LOG_LEVEL ?? 'info',
  destination: LogDestination = 'stdout',
): Logger {
  if (typeof destination === 'object') return pino(options(service, level), destination);
  const fd = destination === 'stderr' ? 2 : 1;
  if (wantsPretty(fd)) {
    try {
      return pino({
        ...options(service, level),
        transport: {
          target: 'pino-pretty',
          options: { destination: fd, colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
        },
      });
    } catch {
      // pino-pretty is a devDependency: without it, JSON lines.
    }
  }
  return pino(options(service, level), pino.destination({ fd, sync: true }));
}

/** A command-line tool's logger: on stderr, so its stdout carries only its output. */
export function createCliLogger(tool: string, level?: string): Logger {
  return createLogger(tool, level, 'stderr');
}
