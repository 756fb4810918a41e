/**
 * deploy/kubernetes, checked without a cluster: every overlay is built with
 * `kubectl kustomize` (the kustomize built into kubectl) when kubectl is on
 * the PATH, else the base's files are read directly; every object is
 * validated against the Kubernetes API's OpenAPI schemas shipped by
 * `kubernetes-models`; and the manifests agree with the code: probes on the
 * services' /health/live and /health/ready, resources everywhere, secrets only
 * by reference, the committed supergraph in the ConfigMap, every variable one
 * lib/config.ts or sync/config.ts reads.
 */
import { describe, test, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { parseAllDocuments } from 'yaml';
import { ENV_VARIABLES, PROJECT_ROOT } from '../../lib/config.js';
import { SYNC_ENV_VARIABLES } from '../../sync/config.js';

const DEPLOY = path.join(PROJECT_ROOT, 'deploy', 'kubernetes');
const OVERLAYS = fs.readdirSync(path.join(DEPLOY, 'overlays'));

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: unknown };
}
interface Probe {
  httpGet?: { path: string; port: string | number };
  tcpSocket?: unknown;
  exec?: unknown;
}
interface Container {
  name: string;
  command?: string[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string }[];
}
interface PodSpec {
  containers: Container[];
  volumes?: { name: string; configMap?: { name: string } }[];
}

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

function parseYaml(text: string, where: string): K8sObject[] {
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length) throw new Error(`${where}: ${doc.errors[0]!.message}`);
    return doc.toJS() as K8sObject;
  });
}

/** The objects an overlay produces, as `kubectl apply -k` would send them. */
function build(overlay: string): K8sObject[] {
  const dir = path.join(DEPLOY, 'overlays', overlay);
  if (!kubectl) {
    // Without kubectl: the base's own manifests (generators and patches not applied).
    const base = path.join(DEPLOY, 'base');
    return fs
      .readdirSync(base)
      .filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml')
      .flatMap((f) => parseYaml(fs.readFileSync(path.join(base, f), 'utf8'), f));
  }
  const run = spawnSync('kubectl', ['kustomize', '--load-restrictor', 'LoadRestrictionsNone', dir], {
    encoding: 'utf8',
    maxBuffer: 50 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`kubectl kustomize ${overlay} failed:\n${run.stderr}`);
  return parseYaml(run.stdout, overlay);
}

/** The kubernetes-models class for an object's apiVersion and kind (core objects live under `v1`). */
async function modelFor(object: K8sObject): Promise<new (data: unknown) => { validate(): void }> {
  const module = (await import(`kubernetes-models/${object.apiVersion}/${object.kind}`)) as Record<
    string,
    new (data: unknown) => { validate(): void }
  >;
  const model = module[object.kind] ?? module.default;
  if (!model) throw new Error(`no model for ${object.apiVersion} ${object.kind}`);
  return model;
}

function podSpec(object: K8sObject): PodSpec | undefined {
  const spec = object.spec as
    { template?: { spec: PodSpec }; jobTemplate?: { spec: { template: { spec: PodSpec } } } } | undefined;
  return spec?.template?.spec ?? spec?.jobTemplate?.spec.template.spec;
}

const byKind = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);
const component = (o: K8sObject) => o.metadata.labels?.['app.kubernetes.io/component'];

describe.each(OVERLAYS)('overlay %s', (overlay) => {
  const objects = build(overlay);

  test('builds, and every object is valid against the Kubernetes API schema', async () => {
    expect(objects.length).toBeGreaterThan(10);
    for (const object of objects) {
      const Model = await modelFor(object);
      expect(() => new Model(object).validate()).not.toThrow();
    }
  });

  test('a broken object is refused by the same validation', async () => {
    const deployment = byKind(objects, 'Deployment')[0]!;
    const broken = structuredClone(deployment) as K8sObject & { spec: { replicas: unknown } };
    broken.spec.replicas = 'two';
    expect(await modelFor(broken)).toBe(Deployment);
    expect(() => new Deployment(broken as unknown as Deployment).validate()).toThrow();
  });

  test('the gateway: at least 2 replicas, a HorizontalPodAutoscaler and a PodDisruptionBudget', () => {
    const gateway = byKind(objects, 'Deployment').find((d) => component(d) === 'gateway');
    expect(gateway).toBeDefined();
    expect((gateway!.spec as { replicas: number }).replicas).toBeGreaterThanOrEqual(2);
    const hpa = byKind(objects, 'HorizontalPodAutoscaler').find(
      (h) => (h.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name === gateway!.metadata.name,
    );
    expect((hpa?.spec as { minReplicas: number } | undefined)?.minReplicas).toBeGreaterThanOrEqual(2);
    const labels = (gateway!.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata
      .labels;
    const pdb = byKind(objects, 'PodDisruptionBudget').find((p) =>
      Object.entries((p.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels).every(
        ([k, v]) => labels[k] === v,
      ),
    );
    expect(pdb).toBeDefined();
  });

  test('each subgraph is its own Deployment with its own database URL from a Secret', () => {
    for (const name of ['ngos', 'councils', 'partners']) {
      const deployment = byKind(objects, 'Deployment').find((d) => d.metadata.name.endsWith(`-${name}`));
      expect({ name, found: !!deployment }).toEqual({ name, found: true });
      const env = podSpec(deployment!)!.containers[0]!.env ?? [];
      const url = env.find((e) => e.name === `${name.toUpperCase()}_DATABASE_URL`);
      expect(url?.valueFrom?.secretKeyRef?.key).toBe(`${name.toUpperCase()}_DATABASE_URL`);
    }
  });

  test('every civic-graph container has probes on /health/live and /health/ready, and every container has requests and limits', () => {
    const workloads = objects.filter((o) => podSpec(o));
    expect(workloads.length).toBeGreaterThanOrEqual(6);
    for (const workload of workloads) {
      for (const container of podSpec(workload)!.containers) {
        const where = `${workload.kind}/${workload.metadata.name}/${container.name}`;
        for (const kind of ['requests', 'limits'] as const) {
          expect({
            where,
            kind,
            cpu: !!container.resources?.[kind]?.cpu,
            memory: !!container.resources?.[kind]?.memory,
          }).toEqual({ where, kind, cpu: true, memory: true });
        }
        if (workload.kind !== 'Deployment') continue;
        if (component(workload) === 'gateway' || component(workload) === 'subgraph') {
          expect({
            where,
            live: container.livenessProbe?.httpGet?.path,
            ready: container.readinessProbe?.httpGet?.path,
          }).toEqual({ where, live: '/health/live', ready: '/health/ready' });
        } else {
          expect({ where, probes: !!container.livenessProbe && !!container.readinessProbe }).toEqual({
            where,
            probes: true,
          });
        }
      }
    }
  });

  test('no secret in the manifests: no Secret objects, secret-like variables only by secretKeyRef', () => {
    expect(byKind(objects, 'Secret')).toHaveLength(0);
    const secretLike = /SECRET|PASSWORD|TOKEN|_DATABASE_URL$|^DATABASE_URL$|API_KEY/;
    const containers = objects.flatMap((o) => podSpec(o)?.containers ?? []);
    const vars = containers.flatMap((c) => c.env ?? []).filter((e) => secretLike.test(e.name));
    expect(vars.length).toBeGreaterThan(0);
    for (const v of vars) expect({ name: v.name, literal: v.value }).toEqual({ name: v.name, literal: undefined });
    for (const map of byKind(objects, 'ConfigMap')) {
      for (const key of Object.keys(map.data ?? {}))
        expect({ key, secretLike: secretLike.test(key) }).toEqual({ key, secretLike: false });
    }
  });

  test('every variable the manifests set is one lib/config.ts or sync/config.ts reads', () => {
    const known = new Set<string>([...ENV_VARIABLES, ...SYNC_ENV_VARIABLES]);
    const names = new Set<string>();
    for (const c of objects.flatMap((o) => podSpec(o)?.containers ?? [])) {
      if (c.name === 'redis') continue;
      for (const e of c.env ?? []) names.add(e.name);
    }
    for (const map of byKind(objects, 'ConfigMap').filter((m) => m.metadata.name.startsWith('civic-graph-config'))) {
      for (const key of Object.keys(map.data ?? {})) names.add(key);
    }
    expect(names.size).toBeGreaterThan(5);
    expect([...names].filter((n) => !known.has(n))).toEqual([]);
  });

  test('the gateway mounts the committed supergraph from a ConfigMap at SUPERGRAPH_PATH', () => {
    if (!kubectl) return; // generators run only through kustomize
    const gateway = byKind(objects, 'Deployment').find((d) => component(d) === 'gateway')!;
    const spec = podSpec(gateway)!;
    const config = byKind(objects, 'ConfigMap').find((m) => m.metadata.name.startsWith('civic-graph-config'))!;
    const supergraphPath = config.data!.SUPERGRAPH_PATH!;
    const mount = spec.containers[0]!.volumeMounts!.find((m) => supergraphPath.startsWith(m.mountPath + '/'))!;
    const volume = spec.volumes!.find((v) => v.name === mount.name)!;
    const map = byKind(objects, 'ConfigMap').find((m) => m.metadata.name === volume.configMap!.name)!;
    const file = path.basename(supergraphPath);
    expect(map.data![file]).toBe(fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'supergraph.graphql'), 'utf8'));
  });

  test("the syncs announce their changes to the gateway's Service, signed with the secret from the Secret", () => {
    const config = byKind(objects, 'ConfigMap').find((m) => m.metadata.name.startsWith('civic-graph-config'));
    const gateway = byKind(objects, 'Service').find((svc) => svc.metadata.name.endsWith('civic-graph-gateway'));
    expect(config?.data?.GATEWAY_URL).toBe(`http://${gateway?.metadata.name ?? '?'}:4000/graphql`);
    const cronJobs = byKind(objects, 'CronJob');
    expect(cronJobs.length).toBeGreaterThan(0);
    for (const job of cronJobs) {
      const container = podSpec(job)!.containers[0]!;
      const secret = container.env?.find((e) => e.name === 'INTERNAL_TOKEN_SECRET')?.valueFrom?.secretKeyRef;
      expect({ job: job.metadata.name, secret }).toEqual({
        job: job.metadata.name,
        secret: { name: expect.stringMatching(/civic-graph-secrets$/), key: 'INTERNAL_TOKEN_SECRET' },
      });
      expect(container.envFrom?.some((e) => e.configMapRef?.name === config?.metadata.name)).toBe(true);
    }
  });

  test('every command runs a compiled entry point whose TypeScript source exists, and a CronJob per data source', () => {
    const commands = objects
      .flatMap((o) => podSpec(o)?.containers ?? [])
      .map((c) => c.command)
      .filter((c): c is string[] => !!c && c[0] === 'node');
    expect(commands.length).toBeGreaterThanOrEqual(7);
    for (const command of commands) {
      const source = command[1]!.replace(/^dist\//, '').replace(/\.js$/, '.ts');
      expect({ source, exists: fs.existsSync(path.join(PROJECT_ROOT, source)) }).toEqual({ source, exists: true });
    }
    const syncs = byKind(objects, 'CronJob').map((c) => podSpec(c)!.containers[0]!.command!.slice(2).join(' '));
    expect(syncs.map((s) => s.split(' ')[0]).sort()).toEqual(['egov', 'iati', 'nbk-rates']);
  });
});
