/**
 * Who is asking. The gateway verifies the caller's token and passes the
 * identity to the subgraphs; resolvers and services see it as `viewer` in
 * their context and check it with `requireRole`.
 */
import { GraphQLError } from 'graphql';

/** Roles, from least to most trusted (admin may do everything). */
export const ROLES = ['public', 'analyst', 'registrar', 'donor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  role: Role;
  /** The token's subject (a user id); null for public callers. */
  subject: string | null;
  /** For donors: the org-id.guide reference of their organization (e.g. XI-IATI-EC_INTPA). */
  organization: string | null;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: 'public', subject: null, organization: null });

/** Whether the viewer has one of the roles; admin has every role. */
export function hasRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.role === 'admin' || roles.includes(viewer.role);
}

/** Throws UNAUTHENTICATED for a public caller, FORBIDDEN for a signed-in one without the role. */
export function requireRole(viewer: Viewer, roles: readonly Role[], what: string): void {
  if (hasRole(viewer, roles)) return;
  if (viewer.role === 'public') {
    throw new GraphQLError(`${what} needs a signed-in caller (role ${roles.join(' or ')}): send a bearer token`, {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  throw new GraphQLError(`${what} needs role ${roles.join(' or ')}; your role is ${viewer.role}`, {
    extensions: { code: 'FORBIDDEN' },
  });
}
