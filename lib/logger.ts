/** Structured JSON logging (pino), one logger per service, named after it. */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** A service's logger; `destination` defaults to stdout (tests pass a stream to read the logs). */
export function createLogger(
  service: string,
  level: string = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options = {
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
  return destination ? pino(options, destination) : pino(options);
}
