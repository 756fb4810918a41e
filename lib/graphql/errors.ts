/**
 * Errors a client can act on: a stable `extensions.code` and a message that
 * says what is wrong and what to do.
 */
import { GraphQLError } from 'graphql';
import { isUuid } from '../domain/ids.js';

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) },
  });
}

/** Throws BAD_USER_INPUT unless exactly one of the named arguments is given. */
export function requireExactlyOne(args: Record<string, unknown>, names: string[]): void {
  const given = names.filter((name) => args[name] !== undefined && args[name] !== null);
  if (given.length !== 1) {
    throw badUserInput(
      `give exactly one of ${names.join(', ')}; got ${given.length ? given.join(' and ') : 'none'}`,
      names[0],
    );
  }
}

/** Throws BAD_USER_INPUT unless the id has the form of this API's ids (UUIDs). */
export function validateId(id: string, argumentName = 'id'): string {
  if (!isUuid(id)) {
    throw badUserInput(
      `"${id.length > 60 ? `${id.slice(0, 60)}...` : id}" is not an id: ids here are UUIDs such as 3f2c8a1e-5b7d-4c9e-8f10-2a3b4c5d6e7f`,
      argumentName,
    );
  }
  return id;
}
