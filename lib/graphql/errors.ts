/**
 * Errors a client can act on: a stable `extensions.code` and a message that
 * says what is wrong and what to do.
 */
import { GraphQLError } from 'graphql';

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) },
  });
}

/** Throws BAD_USER_INPUT unless exactly one of the named arguments is given. */
export function requireExactlyOne(args: Record<string, unknown>, names: string[]): void {
  const given = names.filter((name) => args[name] !== undefined && args[name] !== null);
  if (given.length !== 1) {
    throw badUserInput(`give exactly one of ${names.join(', ')}; got ${given.length ? given.join(' and ') : 'none'}`, names[0]);
  }
}
