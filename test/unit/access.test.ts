/**
 * The @access rules on a schema of their own: what the gateway refuses
 * before planning, and what a subgraph refuses when a request reaches it.
 */
import { describe, expect, test } from '@jest/globals';
import { buildSchema, execute, parse } from 'graphql';
import { checkOperationAccess, enforceAccessInSubgraph, readAccessRules } from '../../lib/auth/access.js';
import type { Role, Viewer } from '../../lib/auth/viewer.js';

const SDL = /* GraphQL */ `
  directive @access(roles: [String!]!, nullWhenDenied: Boolean = false) on OBJECT | FIELD_DEFINITION
  type Query {
    open: String
    audit: [Entry!] @access(roles: ["analyst"])
    person: Person
    secretThing: Secret
  }
  type Entry {
    who: String
  }
  type Person {
    name: String
    phone: String @access(roles: ["analyst"], nullWhenDenied: true)
  }
  type Secret @access(roles: ["donor"]) {
    amount: String
  }
`;

const as = (role: Role): Viewer => ({ role, subject: role === 'public' ? null : role, organization: null });
const rules = readAccessRules(parse(SDL));

function gatewayRefuses(query: string, role: Role): string[] {
  return checkOperationAccess(buildSchema(SDL), parse(query), rules, as(role)).map((e) => String(e.extensions.field));
}

describe('the gateway check', () => {
  test('refuses a restricted field, naming it, before anything runs', () => {
    expect(gatewayRefuses('{ open audit { who } }', 'public')).toEqual(['Query.audit']);
    expect(gatewayRefuses('{ audit { who } }', 'registrar')).toEqual(['Query.audit']);
    expect(gatewayRefuses('{ audit { who } }', 'analyst')).toEqual([]);
    expect(gatewayRefuses('{ audit { who } }', 'admin')).toEqual([]);
  });

  test('finds restricted fields inside fragments and aliases', () => {
    expect(gatewayRefuses('{ ...F } fragment F on Query { a: audit { who } }', 'public')).toEqual(['Query.audit']);
    expect(gatewayRefuses('{ ... on Query { secretThing { amount } } }', 'analyst')).toContain('Secret');
  });

  test('a restricted type guards every field that returns it and every field of it', () => {
    expect(gatewayRefuses('{ secretThing { amount } }', 'public').sort()).toEqual(['Query.secretThing', 'Secret']);
    expect(gatewayRefuses('{ secretThing { amount } }', 'donor')).toEqual([]);
  });

  test('lets nullWhenDenied fields through (the subgraph nulls them)', () => {
    expect(gatewayRefuses('{ person { name phone } }', 'public')).toEqual([]);
  });

  test('an unknown role in the SDL is a start-up error', () => {
    expect(() => readAccessRules(parse('type Query { a: String @access(roles: ["superuser"]) }'))).toThrow(
      /unknown role "superuser"/,
    );
  });
});

describe('the subgraph check', () => {
  const schema = enforceAccessInSubgraph(buildSchema(SDL), rules);
  const root = {
    open: 'yes',
    audit: [{ who: 'registrar-1' }],
    person: { name: 'Aigerim', phone: '+7 701 000 00 00' },
    secretThing: { amount: '10.00' },
  };
  const run = (query: string, role: Role) =>
    execute({ schema, document: parse(query), rootValue: root, contextValue: { viewer: as(role) } }) as Promise<{
      data?: Record<string, unknown> | null;
      errors?: readonly { message: string; extensions: Record<string, unknown> }[];
    }>;

  test('refuses what the gateway would, even when the gateway check is bypassed', async () => {
    const result = await run('{ open audit { who } }', 'public');
    expect(result.data).toEqual({ open: 'yes', audit: null });
    expect(result.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0]?.message).toMatch(/Query\.audit is open only to analyst or admin/);
  });

  test('nulls a nullWhenDenied field with a FORBIDDEN error, and serves it to the right role', async () => {
    const denied = await run('{ person { name phone } }', 'registrar');
    expect(denied.data).toEqual({ person: { name: 'Aigerim', phone: null } });
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const allowed = await run('{ person { name phone } }', 'analyst');
    expect(allowed).toEqual({ data: { person: { name: 'Aigerim', phone: '+7 701 000 00 00' } } });
  });

  test('a context without a viewer is treated as public', async () => {
    const result = (await execute({
      schema,
      document: parse('{ audit { who } }'),
      rootValue: root,
      contextValue: {},
    })) as {
      errors?: readonly { extensions: Record<string, unknown> }[];
    };
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
