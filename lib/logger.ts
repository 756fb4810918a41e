/** Structured JSON logging (pino), one logger per service, named after it. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(service: string, level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    // Tokens and personal data never reach the logs, whatever a caller sends.
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.email', '*.phone'], censor: '[redacted]' },
  });
}
