/**
 * `npm run token -- --role analyst [--sub alice] [--org XI-IATI-EC_INTPA] [--ttl 3600]`
 * prints a bearer token for the development gateway, signed with
 * AUTH_JWT_SECRET (the development default unless set). Production verifies
 * tokens from a real identity provider (AUTH_JWKS_URL / AUTH_JWKS_FILE).
 */
import { parseCli } from '../lib/cli-args.js';
import { exitOnConfigError, readEnv } from '../lib/config.js';
import { signCallerToken } from '../lib/auth/tokens.js';
import { ROLES, type Role } from '../lib/auth/viewer.js';

const signable = ROLES.filter((role) => role !== 'public');

const { values, fail } = parseCli({
  usage: `Usage: npm run token -- --role <${signable.join('|')}> [--sub NAME] [--org ORG-REF] [--ttl SECONDS]

Prints a bearer token (and nothing else) on stdout, signed with AUTH_JWT_SECRET:
the development default unless set; in production (NODE_ENV=production) only
with the secret given explicitly, the one the services were started with.
Refused when AUTH_JWKS_URL or AUTH_JWKS_FILE is set: then the services accept
only the identity provider's tokens.

  --role   what the caller may see and do: ${signable.join(', ')}
  --sub    the caller's name in the token (default dev-<role>)
  --org    a donor's organization (IATI reference), required for --role donor
  --ttl    lifetime in seconds, at most a week (default 3600)`,
  options: {
    role: { type: 'string' },
    sub: { type: 'string' },
    org: { type: 'string' },
    ttl: { type: 'string', default: '3600' },
  },
});
const role = values.role;
if (!role || !(signable as readonly string[]).includes(role)) fail(`--role must be one of ${signable.join(', ')}`);
const ttlSeconds = Number(values.ttl);
if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > 7 * 24 * 3600)
  fail('--ttl must be a whole number of seconds, at most a week');
if (role === 'donor' && !values.org) fail('a donor token needs --org, its organization (e.g. --org XI-IATI-EC_INTPA)');

try {
  const env = readEnv();
  // With a key set, only the identity provider's tokens are accepted: one signed here would be refused.
  if (env.AUTH_JWKS_URL || env.AUTH_JWKS_FILE)
    fail(
      "AUTH_JWKS_URL/AUTH_JWKS_FILE is set: the services accept only your identity provider's tokens; get one from it",
    );
  // In production readEnv has already refused a missing or development AUTH_JWT_SECRET: a token is signed only
  // with a secret the operator gave explicitly, for evaluating the stack.
  if (env.NODE_ENV === 'production' && !process.env.AUTH_JWT_SECRET)
    fail('production: set AUTH_JWT_SECRET to the secret the services use (32+ characters)');
  const token = await signCallerToken(env, {
    role: role as Exclude<Role, 'public'>,
    subject: values.sub ?? `dev-${role}`,
    organization: values.org ?? null,
    ttlSeconds,
  });
  process.stdout.write(`${token}\n`);
} catch (error) {
  exitOnConfigError(error);
}
