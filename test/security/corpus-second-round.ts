/**
 * Cases from the second security round (issue 16): an independent attack run
 * found an anonymous search denial of service, a subgraph entity without its
 * own check, cross-donor writes, limits skipped by persisted queries, client
 * mistakes answered as internal errors, unclean stored text and unbounded
 * token lifetimes. Each row of its table has its cases here.
 */
import { createHash } from 'node:crypto';
import type { CorpusCase } from './corpus.js';

const q = (query: string, variables?: Record<string, unknown>) => ({ query, ...(variables ? { variables } : {}) });

/** The attack run's search text: common name words, 80 "а" and 20 "о" (180 characters). */
const ATTACK_TEXT = `фонд ассоциация объединение центр союз общественный развития молодежи поддержки ${'а'.repeat(80)}${'о'.repeat(20)}`;
/** The same words cut to the longest text a search takes (100 characters, 10 words). */
const ALLOWED_TEXT = `фонд ассоциация объединение центр союз общественный развития молодежи поддержки ${'а'.repeat(20)}`;
const SEARCH = 'query($t: String!) { searchNgos(text: $t, first: 100) { totalCount nodes { ngo { id } } } }';
const searches = (n: number, text: string) =>
  q(
    `query($t: String!) { ${Array.from({ length: n }, (_, i) => `s${i}: searchNgos(text: $t, first: 100) { totalCount }`).join(' ')} }`,
    { t: text },
  );

function searchCases(): CorpusCase[] {
  return [
    {
      name: 'round 2: the attack run’s 180-character search text',
      body: q(SEARCH, { t: ATTACK_TEXT }),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'round 2: a search text of 11 words',
      body: q(SEARCH, { t: 'фонд центр союз фонд центр союз фонд центр союз фонд центр' }),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'round 2: a search text of 101 characters',
      body: q(SEARCH, { t: 'а'.repeat(101) }),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'round 2: 29 aliased searches of the attack text',
      body: searches(29, ATTACK_TEXT),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'round 2: 6 aliased searches of an ordinary text',
      body: searches(6, 'Экологический центр'),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'round 2: a batch of 5 searches of the longest text allowed',
      body: Array.from({ length: 5 }, () => q(SEARCH, { t: ALLOWED_TEXT })),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'round 2: a batch of 5 searches of an ordinary text',
      body: Array.from({ length: 5 }, () => q(SEARCH, { t: 'Экологический центр' })),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'round 2: searches by GET are costed too',
      method: 'GET',
      body: searches(6, 'Экологический центр'),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
  ];
}

/** A valid, cheap query of about 3,500 tokens: within an analyst's limit (6,000), over the public's (3,000). */
const longQuery = (n: number) =>
  `query Long${n} { region(code: "KZ-75") { ${Array.from({ length: 1750 }, () => '...F').join(' ')} } } fragment F on Region { code }`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (hash: string, version = 1) => ({ extensions: { persistedQuery: { version, sha256Hash: hash } } });

function arrivalCases(): CorpusCase[] {
  // Each case registers its own document: the gateway's persisted-query cache is shared by the whole corpus.
  const variant = longQuery;
  return [
    {
      name: 'round 2: a 3,500-token query registered by an analyst, sent by hash by the public',
      setup: { as: 'analyst', body: { query: variant(1), ...persisted(sha256(variant(1))) } },
      body: persisted(sha256(variant(1))),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'round 2: a 3,500-token query registered by an analyst, sent by hash by GET',
      setup: { as: 'analyst', body: { query: variant(2), ...persisted(sha256(variant(2))) } },
      method: 'GET',
      body: { query: '', ...persisted(sha256(variant(2))) },
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'round 2: a 3,500-token query registered by an analyst, sent by hash in a batch',
      setup: { as: 'analyst', body: { query: variant(3), ...persisted(sha256(variant(3))) } },
      body: [q('{ regions { code } }'), persisted(sha256(variant(3)))],
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'round 2: a 3,500-token query sent as text by the public',
      body: q(variant(4)),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
  ];
}

const EU_REPORT = {
  subgraph: 'partners' as const,
  sql: `SELECT id FROM recipient_reports WHERE activity_identifier LIKE 'XI-IATI-EC_INTPA-%' ORDER BY id LIMIT 1`,
};
const REPORT_ENTITY = q(
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on RecipientReport { id recipientOrgRef ref value { amount currency } description } } }',
  { r: [{ __typename: 'RecipientReport', id: '$LOOKUP' }] },
);

function entityCases(): CorpusCase[] {
  return [
    {
      name: 'round 2: partners _entities RecipientReport with a public gateway token',
      target: 'partners',
      token: 'internal-public',
      lookup: EU_REPORT,
      body: REPORT_ENTITY,
      status: 200,
      code: 'FORBIDDEN',
    },
    {
      name: 'round 2: partners _entities RecipientReport with another donor’s gateway token',
      target: 'partners',
      token: 'internal-donor-other-org',
      lookup: EU_REPORT,
      body: REPORT_ENTITY,
      status: 200,
      code: null,
      data: [null],
    },
    {
      name: 'round 2: partners _entities RecipientReport with an analyst’s gateway token',
      target: 'partners',
      token: 'internal-analyst',
      lookup: EU_REPORT,
      body: q('query($r: [_Any!]!) { _entities(representations: $r) { ... on RecipientReport { id } } }', {
        r: [{ __typename: 'RecipientReport', id: '$LOOKUP' }],
      }),
      status: 200,
      code: null,
    },
  ];
}

export function secondRoundCases(): CorpusCase[] {
  return [...searchCases(), ...arrivalCases(), ...entityCases()];
}
