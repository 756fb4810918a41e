/**
 * DEVELOPMENT-ONLY secrets, used when the environment sets none so that
 * `npm start` works on a fresh machine. They are public (this file is in the
 * repository): production refuses to start with them (lib/config.ts).
 */
export const DEV_SECRETS = {
  AUTH_JWT_SECRET: 'dev-only-civic-graph-caller-token-secret-do-not-use-in-production',
  INTERNAL_TOKEN_SECRET: 'dev-only-civic-graph-internal-token-secret-do-not-use-in-production',
} as const;
