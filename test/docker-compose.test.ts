/**
 * docker-compose.yml and the Dockerfile, checked without a Docker engine.
 *
 * 1. The compose file is valid against the Compose Specification's JSON
 *    schema. The schema is the copy of the compose-spec repository's
 *    schema/compose-spec.json that the `dclint` package (a devDependency,
 *    MIT; the schema itself is Apache-2.0) ships and keeps current, so the
 *    check runs offline on any machine that has run `npm install`.
 * 2. It agrees with the code: every service lib/config.ts knows is there, on
 *    its default port, with a health check of that port's /health; the
 *    gateway reaches each subgraph by its service name; start order waits
 *    for health; and every variable set is one lib/config.ts reads and
 *    accepts (the environment of each service is run through readEnv).
 * 3. The health-check commands really work: each one is run against a
 *    throwaway HTTP server on 127.0.0.1 answering 200, then 503.
 * 4. The `replicas` profile: two more gateways sharing state through its
 *    Redis, behind nginx, whose configuration names exactly those replicas.
 * 5. Optionally, when Debian's `docker-compose` or the `docker compose`
 *    plugin is installed, `config` must accept the file too, with and
 *    without the profile.
 */
import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type SchemaObject } from 'ajv';
import { parseDocument } from 'yaml';
import {
  configuredDatabaseUrl,
  DEFAULT_PORTS,
  demoDataEnabled,
  ENV_VARIABLES,
  PROJECT_ROOT,
  readEnv,
  SUBGRAPH_NAMES,
  subgraphPort,
  subgraphUrl,
  type Env,
  type SubgraphName,
} from '../lib/config.js';

// ---------------------------------------------------------------------------
// The part of the Compose format these tests read (after schema validation).
// ---------------------------------------------------------------------------
type Scalar = string | number | boolean | null;

interface Healthcheck {
  test?: string | string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
  disable?: boolean;
}

interface Service {
  profiles?: string[];
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, string> | string[] };
  image?: string;
  command?: string | string[];
  environment?: Record<string, Scalar> | string[];
  healthcheck?: Healthcheck;
  depends_on?: string[] | Record<string, { condition: string }>;
  ports?: (string | number | { target: number; published?: string | number })[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
}

interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

type NodeService = SubgraphName | 'gateway';
const NODE_SERVICES: readonly NodeService[] = ['gateway', ...SUBGRAPH_NAMES];
/** The profile with several gateways sharing state through Redis, behind a reverse proxy. */
const REPLICAS_PROFILE = 'replicas';
const GATEWAY_REPLICAS = ['gateway-a', 'gateway-b'] as const;
const PROXY_PORT = 8080;
const NGINX_CONF = path.join(PROJECT_ROOT, 'deploy', 'compose', 'nginx.conf');
const PORT_VARIABLE: Record<NodeService, keyof Env> = {
  gateway: 'GATEWAY_PORT',
  ngos: 'NGOS_PORT',
  councils: 'COUNCILS_PORT',
  partners: 'PARTNERS_PORT',
};
/** Each service's compiled entry point (`npm run build`), and the source it is compiled from. */
const ENTRY_POINT: Record<NodeService, string> = {
  gateway: 'dist/gateway/src/index.js',
  ngos: 'dist/subgraphs/ngos/src/index.js',
  councils: 'dist/subgraphs/councils/src/index.js',
  partners: 'dist/subgraphs/partners/src/index.js',
};
const sourceOf = (entry: string) => entry.replace(/^dist\//, '').replace(/\.js$/, '.ts');

const COMPOSE_PATH = path.join(PROJECT_ROOT, 'docker-compose.yml');
const DOCKERFILE_PATH = path.join(PROJECT_ROOT, 'Dockerfile');
const TSC = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** The Compose Specification JSON schema, as shipped by the dclint package. */
function loadComposeSchema(): SchemaObject {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('dclint/package.json'));
  const schema = JSON.parse(
    fs.readFileSync(path.join(packageDir, 'schemas', 'compose.schema.json'), 'utf8'),
  ) as SchemaObject;
  // It declares "https://json-schema.org/draft-07/schema", a spelling of the
  // draft-07 meta-schema Ajv does not register; Ajv's default is draft-07.
  delete schema.$schema;
  return schema;
}

function composeValidator(): (data: unknown) => string[] {
  // The schema uses union types ("type": ["string", "number"]) and a few
  // keywords without a "type" next to them: allowed, while unknown keywords
  // in the schema still fail (strictSchema stays on).
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false });
  const validate = ajv.compile(loadComposeSchema());
  return (data) =>
    validate(data)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Parses YAML as Compose does: YAML 1.2 with `<<` merge keys. */
function parseCompose(text: string): { data: unknown; problems: string[] } {
  const doc = parseDocument(text, { merge: true, prettyErrors: true });
  return { data: doc.toJS() as unknown, problems: [...doc.errors, ...doc.warnings].map((e) => e.message) };
}

/**
 * What an operator sets in the shell or .env before `docker compose up`: the
 * production secrets, which the file requires (${VAR:?message}).
 */
const SECRET_ENV: Record<string, string> = { INTERNAL_TOKEN_SECRET: 'x'.repeat(48), AUTH_JWT_SECRET: 'y'.repeat(48) };
/** The same stack with an identity provider's key set instead of an HS256 secret. */
const JWKS_ENV: Record<string, string> = {
  INTERNAL_TOKEN_SECRET: 'x'.repeat(48),
  AUTH_JWKS_URL: 'https://idp.example.org/.well-known/jwks.json',
  AUTH_ISSUER: 'https://idp.example.org/',
  AUTH_AUDIENCE: 'civic-graph-api',
};
let HOST_ENV = SECRET_ENV;

/**
 * Compose interpolation with that host environment: a set variable gives its
 * value; otherwise ${VAR:-default} and ${VAR-default} give the default,
 * ${VAR} and $VAR give "", $$ is "$", and ${VAR:?message} (required) is an error.
 */
function interpolate(value: string): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (
      match: string,
      name: string | undefined,
      op: string | undefined,
      arg: string | undefined,
      bare: string | undefined,
    ) => {
      if (match === '$$') return '$';
      const set = HOST_ENV[name ?? bare ?? ''];
      if (set !== undefined) return set;
      if (op === ':-' || op === '-') return arg ?? '';
      if (op === ':?' || op === '?') throw new Error(`${match} requires a variable from the host environment`);
      return '';
    },
  );
}

/** A service's environment as name -> value, list or map form, interpolated. */
function environmentOf(service: Service): Record<string, string> {
  const raw = service.environment ?? {};
  const entries: [string, string][] = Array.isArray(raw)
    ? raw.map((item) => {
        const at = item.indexOf('=');
        return at < 0 ? [item, ''] : [item.slice(0, at), item.slice(at + 1)];
      })
    : Object.entries(raw).map(([name, value]) => [name, value === null ? '' : String(value)]);
  return Object.fromEntries(entries.map(([name, value]) => [name, interpolate(value)]));
}

function dependsOn(service: Service): Record<string, string> {
  const raw = service.depends_on ?? [];
  // The short (list) form means condition service_started.
  if (Array.isArray(raw)) return Object.fromEntries(raw.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(raw).map(([name, dep]) => [name, dep.condition]));
}

function healthcheckArgv(service: Service): string[] {
  const check = service.healthcheck?.test;
  if (check === undefined) return [];
  return typeof check === 'string' ? ['CMD-SHELL', check] : check;
}

function buildContext(service: Service): string | undefined {
  if (service.build === undefined) return undefined;
  return typeof service.build === 'string' ? service.build : (service.build.context ?? '.');
}

/** Runs a node -e health-check script with its port replaced; resolves to its exit code. */
function runHealthScript(script: string, port: number): Promise<number | null> {
  const rewritten = script.replace(/127\.0\.0\.1:\d+/g, `127.0.0.1:${port}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', rewritten], { stdio: 'ignore', timeout: 15_000 });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

/** The compose CLI to cross-check with, if one is installed (there is no engine needed for `config`). */
function findComposeCli(): string[] | undefined {
  const candidates = [['docker-compose'], ['docker', 'compose']];
  return candidates.find(([cmd, ...args]) => {
    const probe = spawnSync(cmd ?? '', [...args, 'version'], { stdio: 'ignore', timeout: 20_000 });
    return probe.status === 0;
  });
}

// ---------------------------------------------------------------------------
// Loaded once
// ---------------------------------------------------------------------------
const composeText = fs.readFileSync(COMPOSE_PATH, 'utf8');
const parsed = parseCompose(composeText);
// Narrowed by the schema test below; the tests after it read it through this type.
const compose = parsed.data as ComposeFile;

function service(name: string): Service {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------
describe('docker-compose.yml: Compose Specification', () => {
  const validate = composeValidator();

  test('parses as YAML without errors or warnings', () => {
    expect(parsed.problems).toEqual([]);
    expect(typeof parsed.data).toBe('object');
  });

  test('is valid against the Compose Specification JSON schema', () => {
    expect(validate(parsed.data)).toEqual([]);
  });

  test('the schema check rejects a broken file (it is not a no-op)', () => {
    const broken = structuredClone(compose);
    const gateway = broken.services.gateway;
    if (!gateway) throw new Error('no gateway service');
    gateway.depends_on = { ngos: { condition: 'service_ready' } };
    expect(validate(broken).join('\n')).toMatch(/depends_on/);
    expect(validate({ ...broken, servics: {} }).join('\n')).toMatch(/additional properties/);
  });
});

describe('docker-compose.yml agrees with lib/config.ts', () => {
  test('has postgres and every service the code knows, each node service built from the Dockerfile', () => {
    const inProfiles = (names: string[]) => names.filter((name) => service(name).profiles?.length);
    const all = Object.keys(compose.services);
    expect(all.filter((name) => !inProfiles([name]).length).sort()).toEqual(['postgres', ...NODE_SERVICES].sort());
    expect(inProfiles(all).sort()).toEqual([...GATEWAY_REPLICAS, 'proxy', 'redis'].sort());
    for (const name of NODE_SERVICES) {
      expect({ name, context: buildContext(service(name)) }).toEqual({ name, context: '.' });
    }
    expect(buildContext(service('postgres'))).toBeUndefined();
  });

  test.each(NODE_SERVICES)('%s: command runs its compiled entry point with node', (name) => {
    expect(service(name).command).toEqual(['node', ENTRY_POINT[name]]);
    // The build compiles that source to that path (tsconfig.build.json: rootDir ".", outDir "dist").
    expect(fs.existsSync(path.join(PROJECT_ROOT, sourceOf(ENTRY_POINT[name])))).toBe(true);
  });

  test.each(NODE_SERVICES)('%s: passes every identity setting through from the host', (name) => {
    HOST_ENV = JWKS_ENV;
    try {
      const env = readEnv(environmentOf(service(name)));
      expect({ url: env.AUTH_JWKS_URL, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE }).toEqual({
        url: JWKS_ENV.AUTH_JWKS_URL,
        issuer: JWKS_ENV.AUTH_ISSUER,
        audience: JWKS_ENV.AUTH_AUDIENCE,
      });
      expect(Object.keys(environmentOf(service(name)))).toEqual(
        expect.arrayContaining(['AUTH_JWKS_URL', 'AUTH_JWKS_FILE', 'AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_JWT_SECRET']),
      );
      // Neither a key set nor a secret: the services refuse to start, naming both ways out.
      HOST_ENV = { INTERNAL_TOKEN_SECRET: 'x'.repeat(48) };
      expect(() => readEnv(environmentOf(service(name)))).toThrow(/AUTH_JWT_SECRET.*AUTH_JWKS_URL/s);
    } finally {
      HOST_ENV = SECRET_ENV;
    }
  });

  test.each(NODE_SERVICES)('%s: no demo data (nor demo generator in the image) unless DEMO_DATA=auto', (name) => {
    const env = readEnv(environmentOf(service(name)));
    expect(demoDataEnabled(env)).toBe(false);
    const build = service(name).build;
    const args = typeof build === 'object' && build.args && !Array.isArray(build.args) ? build.args : {};
    expect(Object.fromEntries(Object.entries(args).map(([arg, value]) => [arg, interpolate(value)]))).toEqual({
      DEMO_DATA: 'off',
    });
  });

  test.each(NODE_SERVICES)(
    '%s: environment is accepted by readEnv, on its default port, listening on 0.0.0.0',
    (name) => {
      const env = readEnv(environmentOf(service(name)));
      expect(env[PORT_VARIABLE[name]]).toBe(DEFAULT_PORTS[name]);
      expect(env.HOST).toBe('0.0.0.0');
      expect(env.NODE_ENV).toBe('production');
    },
  );

  test.each(NODE_SERVICES)('%s: health check fetches http://127.0.0.1:<its port>/health with node', (name) => {
    const argv = healthcheckArgv(service(name));
    expect(argv.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
    const script = argv[3] ?? '';
    expect(script).toContain(`fetch('http://127.0.0.1:${DEFAULT_PORTS[name]}/health'`);
    // No other port anywhere in the script.
    expect([...script.matchAll(/127\.0\.0\.1:(\d+)/g)].map((m) => Number(m[1]))).toEqual([DEFAULT_PORTS[name]]);
  });

  test('every variable set on a node service is one lib/config.ts reads', () => {
    const known = new Set<string>(ENV_VARIABLES);
    expect(known.size).toBeGreaterThan(10); // the parse found the schema
    const unknown = NODE_SERVICES.flatMap((name) =>
      Object.keys(environmentOf(service(name)))
        .filter((variable) => !known.has(variable))
        .map((variable) => `${name}: ${variable}`),
    );
    expect(unknown).toEqual([]);
  });

  test.each(SUBGRAPH_NAMES)('%s: waits for a healthy postgres and gets its own database on it', (name) => {
    const sub = service(name);
    expect(dependsOn(sub)).toEqual({ postgres: 'service_healthy' });
    const databaseUrl = configuredDatabaseUrl(readEnv(environmentOf(sub)), name);
    expect(databaseUrl).toBeDefined();
    const url = new URL(databaseUrl ?? '');
    expect({ host: url.hostname, port: url.port, database: url.pathname }).toEqual({
      host: 'postgres',
      port: '5432',
      database: `/civic_${name}`,
    });
  });

  test('the database credentials match the postgres service', () => {
    const pgEnv = environmentOf(service('postgres'));
    for (const name of SUBGRAPH_NAMES) {
      const url = new URL(environmentOf(service(name)).DATABASE_URL ?? '');
      expect({ user: url.username, password: url.password, database: url.pathname.slice(1) }).toEqual({
        user: pgEnv.POSTGRES_USER,
        password: pgEnv.POSTGRES_PASSWORD,
        database: pgEnv.POSTGRES_DB,
      });
    }
  });

  test('gateway: reaches each subgraph by its service name and port, after each is healthy', () => {
    const gateway = service('gateway');
    const env = readEnv(environmentOf(gateway));
    for (const name of SUBGRAPH_NAMES) {
      expect(subgraphUrl(env, name)).toBe(`http://${name}:${DEFAULT_PORTS[name]}/graphql`);
      expect(subgraphPort(readEnv(environmentOf(service(name))), name)).toBe(DEFAULT_PORTS[name]);
    }
    expect(dependsOn(gateway)).toEqual(Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 'service_healthy'])));
  });

  test('gateway: its port is published to the host', () => {
    const published = (service('gateway').ports ?? []).map((p) =>
      typeof p === 'object' ? `${p.published ?? ''}:${p.target}` : String(p).replace(/^[\d.]+:(?=\d+:)/, ''),
    );
    expect(published).toContain(`${DEFAULT_PORTS.gateway}:${DEFAULT_PORTS.gateway}`);
  });

  test('postgres: official 17/18 image, pg_isready health check, data on a named volume', () => {
    const pg = service('postgres');
    expect(pg.image).toMatch(/^postgres:1[78](\b|$)/);
    expect(healthcheckArgv(pg).join(' ')).toMatch(/pg_isready/);
    const mounts = (pg.volumes ?? []).map((v) => (typeof v === 'string' ? v : `${v.source ?? ''}:${v.target}`));
    // postgres:18 keeps data under /var/lib/postgresql/18/docker and refuses
    // a mount at .../data; 17 and older use .../data.
    const target = pg.image?.startsWith('postgres:18') ? '/var/lib/postgresql' : '/var/lib/postgresql/data';
    const mount = mounts.find((m) => m.split(':')[1] === target);
    expect(mount).toBeDefined();
    const volumeName = mount?.split(':')[0] ?? '';
    expect(Object.keys(compose.volumes ?? {})).toContain(volumeName);
  });
});

describe('docker-compose.yml: the node health checks work', () => {
  let server: http.Server;
  let port = 0;
  let status = 200;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const ok = req.url === '/health';
      res.writeHead(ok ? status : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ok && status === 200 ? { status: 'ok' } : { status: 'unavailable' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test.each([...NODE_SERVICES, ...GATEWAY_REPLICAS])(
    '%s: exits 0 when /health answers 200, 1 on 503 or when nothing listens',
    async (name) => {
      const script = healthcheckArgv(service(name))[3] ?? '';
      status = 200;
      expect(await runHealthScript(script, port)).toBe(0);
      status = 503;
      expect(await runHealthScript(script, port)).toBe(1);
      // A port nobody listens on: a freshly closed ephemeral one.
      const idle = http.createServer();
      await new Promise<void>((resolve) => idle.listen(0, '127.0.0.1', resolve));
      const idlePort = (idle.address() as AddressInfo).port;
      await new Promise<void>((resolve) => idle.close(() => resolve()));
      expect(await runHealthScript(script, idlePort)).toBe(1);
    },
  );
});

describe(`docker-compose.yml: profile "${REPLICAS_PROFILE}" (two gateways, Redis, a reverse proxy)`, () => {
  const nginx = fs.readFileSync(NGINX_CONF, 'utf8').replace(/#.*$/gm, '');

  test('redis, the gateway replicas and the proxy are in the profile, and only they', () => {
    for (const name of [...GATEWAY_REPLICAS, 'redis', 'proxy'])
      expect({ name, profiles: service(name).profiles }).toEqual({ name, profiles: [REPLICAS_PROFILE] });
  });

  test.each(GATEWAY_REPLICAS)('%s: the gateway, with REDIS_URL at the redis service, behind the proxy only', (name) => {
    const replica = service(name);
    expect(replica.command).toEqual(['node', ENTRY_POINT.gateway]);
    expect(buildContext(replica)).toBe('.');
    const env = readEnv(environmentOf(replica));
    expect(env.REDIS_URL).toBe('redis://redis:6379');
    expect(env.GATEWAY_PORT).toBe(DEFAULT_PORTS.gateway);
    expect(env.HOST).toBe('0.0.0.0');
    expect(env.NODE_ENV).toBe('production');
    // The proxy's X-Forwarded-For names the caller: the compose network is a private range.
    expect(env.TRUST_PROXY).toEqual(['uniquelocal']);
    for (const sub of SUBGRAPH_NAMES) expect(subgraphUrl(env, sub)).toBe(`http://${sub}:${DEFAULT_PORTS[sub]}/graphql`);
    expect(dependsOn(replica)).toEqual({
      ...Object.fromEntries(SUBGRAPH_NAMES.map((sub) => [sub, 'service_healthy'])),
      redis: 'service_healthy',
    });
    expect(replica.ports ?? []).toEqual([]);
    expect(healthcheckArgv(replica)).toEqual(healthcheckArgv(service('gateway')));
    const unknown = Object.keys(environmentOf(replica)).filter(
      (v) => !(ENV_VARIABLES as readonly string[]).includes(v),
    );
    expect(unknown).toEqual([]);
  });

  test('redis: the official image, no persistence, a health check', () => {
    const redis = service('redis');
    expect(redis.image).toMatch(/^redis:7(\b|$)/);
    expect(redis.command).toEqual(['redis-server', '--save', '', '--appendonly', 'no']);
    expect(healthcheckArgv(redis)).toEqual(['CMD', 'redis-cli', 'ping']);
    expect(redis.ports ?? []).toEqual([]);
  });

  test('proxy: nginx with deploy/compose/nginx.conf, balancing over exactly the replicas, published on 8080', () => {
    const proxy = service('proxy');
    expect(proxy.image).toMatch(/^nginx:/);
    const mounts = (proxy.volumes ?? []).map((v) => (typeof v === 'string' ? v : `${v.source ?? ''}:${v.target}`));
    expect(mounts).toEqual(['./deploy/compose/nginx.conf:/etc/nginx/conf.d/default.conf:ro']);
    expect(dependsOn(proxy)).toEqual(Object.fromEntries(GATEWAY_REPLICAS.map((name) => [name, 'service_healthy'])));
    expect(proxy.ports).toEqual([`${PROXY_PORT}:${PROXY_PORT}`]);
    // The configuration: one upstream of exactly the replicas on the gateway's port, listened to on the published port.
    const upstreams = [...nginx.matchAll(/^\s*server\s+([\w.-]+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(upstreams).toEqual(GATEWAY_REPLICAS.map((name) => `${name}:${DEFAULT_PORTS.gateway}`));
    expect(nginx).toMatch(new RegExp(`^\\s*listen ${PROXY_PORT};`, 'm'));
    expect(nginx).toMatch(/proxy_pass http:\/\/civic_gateways;/);
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    // Its health check asks the gateways' /health through nginx.
    expect(healthcheckArgv(proxy).join(' ')).toContain(`http://127.0.0.1:${PROXY_PORT}/health`);
  });
});

describe('Dockerfile', () => {
  const dockerfile = fs.readFileSync(DOCKERFILE_PATH, 'utf8');
  const instructions = dockerfile
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

  test('every path its build-context COPY instructions name exists', () => {
    const sources = instructions
      .filter((line) => /^COPY\s/i.test(line) && !/--from=/.test(line))
      .flatMap((line) =>
        line
          .split(/\s+/)
          .slice(1, -1)
          .filter((word) => !word.startsWith('--')),
      );
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((src) => src !== '.' && !fs.existsSync(path.join(PROJECT_ROOT, src)))).toEqual([]);
  });

  test('its dependency stage copies what the postinstall reads before `npm ci`', () => {
    // If the postinstall changes, the files it reads must be copied before
    // `npm ci` in the Dockerfile's deps stage; update both together.
    const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
    };
    expect(pkg.scripts?.postinstall).toBe('node scripts/prisma.mjs generate');
    const npmCi = instructions.findIndex((line) => /^RUN\s.*\bnpm ci\b/.test(line));
    const before = instructions.slice(0, npmCi).join('\n');
    expect(npmCi).toBeGreaterThan(0);
    for (const file of ['package.json', 'package-lock.json', 'scripts/prisma.mjs']) expect(before).toContain(file);
    for (const name of SUBGRAPH_NAMES) {
      expect(before).toContain(`subgraphs/${name}/prisma.config.ts`);
      expect(before).toContain(`subgraphs/${name}/prisma `);
    }
  });

  test('its build stage copies every folder the compiled code comes from; the runtime stage what the CLIs read', () => {
    // What `npm run build` compiles: the roots of tsconfig.build.json and everything they import (sync/, ...).
    const listed = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.build.json', '--listFilesOnly'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(listed.status).toBe(0);
    const folders = new Set(
      listed.stdout
        .split('\n')
        .map((file) => path.relative(PROJECT_ROOT, file.trim()))
        .filter((file) => file && !file.startsWith('node_modules') && !file.startsWith('..'))
        .map((file) => file.split(path.sep)[0]!),
    );
    expect(folders.size).toBeGreaterThan(3);
    const build = instructions.slice(
      instructions.findIndex((line) => /^FROM\s.*\bAS build$/i.test(line)),
      instructions.findIndex((line) => /^RUN npm run build\b/.test(line)),
    );
    expect([...folders].filter((folder) => !build.some((line) => line.startsWith(`COPY ${folder} `)))).toEqual([]);
    const runtime = instructions.slice(instructions.findLastIndex((line) => line.startsWith('FROM ')));
    expect(runtime).toContain('COPY sync/egov-datasets.yaml sync/');
  });

  test('runs as a non-root user, exposes the four ports, starts the gateway by default', () => {
    const last = (keyword: string): string | undefined =>
      instructions.filter((line) => line.startsWith(`${keyword} `)).at(-1);
    expect(last('FROM')).toMatch(/node|NODE_IMAGE/);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(last('USER')).toBeDefined();
    expect(last('USER')).not.toMatch(/\b(root|0)\b/);
    const exposed = (last('EXPOSE') ?? '').split(/\s+/).slice(1).map(Number);
    expect(exposed.sort((a, b) => a - b)).toEqual(Object.values(DEFAULT_PORTS).sort((a, b) => a - b));
    expect(JSON.parse((last('CMD') ?? 'CMD null').slice(4)) as unknown).toEqual(['node', ENTRY_POINT.gateway]);
  });

  test('compiles with `npm run build` and ships dist/ with production packages only', () => {
    // Built with the demo generator only when asked (DEMO_DATA=auto).
    expect(
      instructions.filter((line) =>
        /^RUN npm run build\b.*"auto".*rm -rf dist\/demo dist\/scripts\/seed\.js/.test(line),
      ),
    ).toHaveLength(1);
    expect(instructions.filter((line) => /npm prune --omit=dev/.test(line))).toHaveLength(1);
    expect(instructions).toContain('COPY --from=build /app/dist dist');
    expect(instructions).toContain('COPY --from=production-deps /app/node_modules node_modules');
    // The runtime stage (after the last FROM) never runs TypeScript or installs anything.
    const runtime = instructions.slice(instructions.findLastIndex((line) => line.startsWith('FROM ')));
    expect(runtime.filter((line) => /\btsx\b|npm (ci|install)/.test(line))).toEqual([]);
  });

  test('.dockerignore keeps local state and installed packages out of the build context', () => {
    const ignored = fs
      .readFileSync(path.join(PROJECT_ROOT, '.dockerignore'), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim());
    for (const entry of ['node_modules', '.data', 'test-results', 'coverage', '.git']) expect(ignored).toContain(entry);
  });
});

const composeCli = findComposeCli();
const cliTest = composeCli ? test : test.skip;
describe('docker-compose.yml: compose CLI cross-check (docker-compose is installed by .ci/run)', () => {
  /** `config` as the CLI resolves it with the given host environment (and profiles). */
  function composeConfig(
    hostEnv: Record<string, string>,
    profiles: string[] = [],
  ): { status: number | null; stderr: string; stdout: string } {
    const [cmd, ...args] = [...(composeCli ?? []), ...profiles.flatMap((p) => ['--profile', p])];
    const environment = { ...process.env };
    for (const name of ENV_VARIABLES) delete environment[name];
    return spawnSync(cmd ?? '', [...args, '-f', COMPOSE_PATH, 'config'], {
      cwd: PROJECT_ROOT,
      env: { ...environment, ...hostEnv },
      encoding: 'utf8',
      timeout: 60_000,
    });
  }

  cliTest.each([
    ['an HS256 secret', SECRET_ENV],
    ['a JWKS URL, issuer and audience', JWKS_ENV],
  ])(
    `\`${(composeCli ?? ['docker-compose']).join(' ')} config\` accepts the file with %s, passing it to every node service`,
    (_label, hostEnv) => {
      const result = composeConfig(hostEnv);
      // stderr is shown only when the command fails (warnings are allowed).
      expect({ status: result.status, stderr: result.status === 0 ? '' : result.stderr }).toEqual({
        status: 0,
        stderr: '',
      });
      const resolved = parseDocument(result.stdout).toJS() as ComposeFile;
      for (const name of NODE_SERVICES) {
        const environment = resolved.services[name]?.environment as Record<string, string>;
        for (const [variable, value] of Object.entries(hostEnv))
          expect({ name, variable, value: environment[variable] }).toEqual({ name, variable, value });
      }
    },
  );

  cliTest(
    `\`config\` accepts the file with --profile ${REPLICAS_PROFILE}: the replicas get REDIS_URL and the secrets`,
    () => {
      const result = composeConfig(SECRET_ENV, [REPLICAS_PROFILE]);
      expect({ status: result.status, stderr: result.status === 0 ? '' : result.stderr }).toEqual({
        status: 0,
        stderr: '',
      });
      const resolved = parseDocument(result.stdout).toJS() as ComposeFile;
      expect(Object.keys(resolved.services)).toEqual(expect.arrayContaining([...GATEWAY_REPLICAS, 'redis', 'proxy']));
      for (const name of GATEWAY_REPLICAS) {
        const environment = resolved.services[name]?.environment as Record<string, string>;
        expect({ name, redis: environment.REDIS_URL, secret: environment.INTERNAL_TOKEN_SECRET }).toEqual({
          name,
          redis: 'redis://redis:6379',
          secret: SECRET_ENV.INTERNAL_TOKEN_SECRET,
        });
      }
    },
  );

  cliTest('`config` refuses to run without INTERNAL_TOKEN_SECRET, naming it', () => {
    const result = composeConfig({ AUTH_JWT_SECRET: 'y'.repeat(48) });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/INTERNAL_TOKEN_SECRET/);
  });
});
