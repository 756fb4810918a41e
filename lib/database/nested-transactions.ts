/**
 * A transaction's Prisma client that code written for the plain client can
 * use unchanged: its own `$transaction` calls become savepoints inside the
 * outer transaction (a failed inner one is rolled back to its savepoint, as
 * it would have been rolled back alone), so a whole mutation can run in one
 * transaction with the row that remembers its answer (idempotent-writes.ts).
 */

interface RawClient {
  $executeRawUnsafe(query: string): Promise<number>;
}

type Work<TClient, T> = (client: TClient) => Promise<T>;

/** `tx` as the client the code expects (its type), with `$transaction` as savepoints. */
export function nestable<TClient>(tx: RawClient): TClient {
  let savepoints = 0;
  const client: object = new Proxy(tx, {
    get(target, property) {
      if (property !== '$transaction') {
        const value = Reflect.get(target, property) as unknown;
        // Prisma's own methods run on the client they belong to, not on this proxy.
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      }
      return async (work: Work<TClient, unknown> | Promise<unknown>[]) => {
        // The array form: the statements in order, on this transaction's connection.
        if (Array.isArray(work)) {
          const results: unknown[] = [];
          for (const statement of work) results.push(await statement);
          return results;
        }
        const name = `nested_${++savepoints}`;
        await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
        try {
          const result = await work(client as TClient);
          await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
          return result;
        } catch (error) {
          await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`);
          throw error;
        }
      };
    },
  });
  return client as TClient;
}
