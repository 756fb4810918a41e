/**
 * The anonymous search denial of service of the second security round: a
 * long text of common name words made every search scan most of the trigram
 * index (2.6 s a call), and four such callers at once held every other NGO
 * search for minutes. Here four worst-case searches run concurrently (each
 * as a batch of aliases, as an attacker would send them) while an ordinary
 * search is timed; it must stay under 200 ms, and near what it takes alone.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startFederation, testEnv, type Federation, type GraphQLResponse } from '../support/federation.js';

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation({
    env: testEnv({ GATEWAY_LIMITS: JSON.stringify({ public: { requestsPerMinute: 100_000 } }) }),
  });
});

afterAll(async () => {
  await federation?.stop();
});

/** The attack run's text: common words of NGO names, then 80 "а" and 20 "о" (now refused as too long). */
const ATTACK_TEXT = `фонд ассоциация объединение центр союз общественный развития молодежи поддержки ${'а'.repeat(80)}${'о'.repeat(20)}`;
/** The worst text still allowed: the same common words, padded to the longest text and most words a search takes. */
const WORST_ALLOWED_TEXT = `фонд ассоциация объединение центр союз общественный развития молодежи поддержки ${'а'.repeat(20)}`;

const ORDINARY = '{ searchNgos(text: "Экологический", first: 10) { totalCount nodes { ngo { id } } } }';

async function post(body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(federation.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function timeOrdinary(): Promise<number> {
  const started = performance.now();
  const { body } = await post({ query: ORDINARY });
  const elapsed = performance.now() - started;
  expect((body as GraphQLResponse).errors).toBeUndefined();
  return elapsed;
}

async function median(runs: number, measure: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await measure());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** An attacker's request: worst-case searches under aliases. */
function worstRequest(aliases: number, text: string): unknown {
  const fields = Array.from(
    { length: aliases },
    (_, i) => `s${i}: searchNgos(text: $t, first: 100) { totalCount nodes { ngo { id } } }`,
  );
  return { query: `query($t: String!) { ${fields.join(' ')} }`, variables: { t: text } };
}

/** Two words that half the registry's names contain: the broadest search there is. */
const BROADEST_TEXT = 'общественное объединение';

/**
 * The attack run's request (29 aliases of its text), then as many of the
 * worst allowed texts as the public's cost limit lets through: the longest
 * text of common words, and the broadest.
 */
const ATTACKS = [worstRequest(29, ATTACK_TEXT), worstRequest(4, WORST_ALLOWED_TEXT), worstRequest(4, BROADEST_TEXT)];

test('the worst allowed text is as long as a search takes, and four of it pass the cost limit', async () => {
  expect(WORST_ALLOWED_TEXT).toHaveLength(100);
  expect(WORST_ALLOWED_TEXT.split(' ')).toHaveLength(10);
  const { status, body } = await post(ATTACKS[1]);
  expect(status).toBe(200);
  // Run, not refused; on a busy machine some aliases may run out of the request's search time, a client error.
  for (const error of (body as GraphQLResponse).errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect((await post(worstRequest(5, WORST_ALLOWED_TEXT))).status).toBe(400);
  expect((await post(ATTACKS[0])).status).toBe(400);
});

test('four concurrent worst-case searches leave an ordinary search under 200 ms', async () => {
  await timeOrdinary(); // warm the caches and connections
  const alone = await median(5, timeOrdinary);

  let attacking = true;
  const attackers = Array.from({ length: 4 }, async () => {
    const answers: number[] = [];
    // Bounded: each attacker sends at most 20 requests, and stops when the measurement is done.
    for (let i = 0; i < 20 && attacking; i += 1) answers.push((await post(ATTACKS[i % ATTACKS.length])).status);
    return answers;
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const underAttack = await median(7, timeOrdinary);
  attacking = false;
  const statuses = (await Promise.all(attackers)).flat();

  process.stdout.write(
    `ordinary search alone: ${alone.toFixed(1)} ms; under 4 concurrent worst-case callers: ${underAttack.toFixed(1)} ms (${statuses.length} attack requests)\n`,
  );
  // The load was real: the allowed attacks ran (200), the attack run's own request was refused (400).
  expect(statuses).toContain(200);
  expect(statuses).toContain(400);
  // Relative to the same search alone, measured just before: holds on a loaded machine too.
  expect(underAttack).toBeLessThan(Math.max(alone * 4, alone + 100));
  // The absolute bound of the issue, where the machine itself can answer an ordinary search well within it
  // (on two cores shared with other work even the search alone can take longer than 200 ms).
  if (alone < 100) expect(underAttack).toBeLessThan(200);
}, 120_000);
