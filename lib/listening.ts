/**
 * How a service process tells the process that started it where it listens.
 *
 * Services may be asked for port 0 (any free port): only the service knows
 * the port it bound, so it sends this message over the IPC channel its
 * starter opened (lib/processes.ts). A port picked by the starter and handed
 * over would race with every other process picking ports meanwhile.
 */
export const LISTENING = 'civic-graph:listening';

export interface ListeningMessage {
  type: typeof LISTENING;
  service: string;
  port: number;
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql */
  url: string;
}

/** Sends the message when the process was started with an IPC channel; run by hand, its log line says the same. */
export function reportListening(service: string, bound: { port: number; url: string }): void {
  const message: ListeningMessage = { type: LISTENING, service, port: bound.port, url: bound.url };
  // A starter gone already has nobody to tell: the callback keeps that from becoming an uncaught error.
  process.send?.(message, undefined, {}, () => undefined);
}

export function isListeningMessage(value: unknown): value is ListeningMessage {
  const message = value as Partial<ListeningMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === LISTENING &&
    typeof message.port === 'number' &&
    typeof message.url === 'string'
  );
}
