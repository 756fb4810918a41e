/**
 * The bad-input corpus: requests a careless or hostile client might send,
 * each with the exact error code it must get. test/security/corpus.test.ts
 * sends every case through the real gateway (or straight to a subgraph) and
 * checks the code, that every service still answers, and that no database
 * changed.
 */
import { secondRoundCases } from './corpus-second-round.js';

export interface CorpusCase {
  name: string;
  /** Where it goes: the gateway (default) or a subgraph. */
  target?: 'gateway' | 'ngos' | 'councils' | 'partners';
  /** GET sends `body.query` in the query string instead of a body. */
  method?: 'GET';
  /** A JSON body (serialized here), or raw text sent as is. */
  body?: unknown;
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Who sends it through the gateway (a valid token for that role); public when absent. */
  as?: 'analyst' | 'registrar' | 'donor' | 'admin';
  /** Set by the test: a bearer or internal token made at run time (expired, unsigned...). */
  token?:
    | 'unsigned'
    | 'expired'
    | 'wrong-secret'
    | 'wrong-issuer'
    | 'wrong-audience'
    | 'future'
    | 'no-role'
    | 'bad-role'
    | 'donor-without-org'
    | 'internal-forged'
    | 'internal-unsigned'
    | 'internal-expired'
    | 'far-expiry'
    | 'issued-in-future'
    | 'internal-long-lived'
    | 'internal-issued-in-future'
    | 'internal-public'
    | 'internal-donor-other-org'
    | 'internal-analyst';
  status: number;
  /** The error code, or null when the request must succeed with the data below. */
  code: string | null;
  /** For code null: the value of data's first field (a lookup that finds nothing is null, not an error). */
  data?: unknown;
  /** For code null: an expected failure returned as data, `data.<first field>.error.code`. */
  dataCode?: string;
  /** A request sent first (e.g. to register a persisted query); it must succeed. */
  setup?: Pick<CorpusCase, 'body' | 'as' | 'target' | 'token'>;
  /** The largest answer allowed, in bytes. */
  maxResponseBytes?: number;
  /** Text the answer must not contain anywhere (a schema hint, a file path). */
  mustNotContain?: string[];
  /** Values read from a subgraph's database at run time (an id); "$LOOKUP" in the body becomes the first column, "$LOOKUP.<column>" any. */
  lookup?: { subgraph: 'ngos' | 'councils' | 'partners'; sql: string };
}

const q = (query: string, variables?: Record<string, unknown>) => ({ query, ...(variables ? { variables } : {}) });

/** Strings a hostile client might put in any argument. */
export const INJECTIONS = [
  `' OR '1'='1`,
  `'; DROP TABLE ngos; --`,
  `1; SELECT pg_sleep(5)`,
  `" UNION SELECT password FROM pg_shadow --`,
  `<script>alert(1)</script>`,
  `\${jndi:ldap://127.0.0.1/x}`,
  `../../../../etc/passwd`,
  `{"$gt": ""}`,
  `\u0000\u0001\u001f`,
  `%00%27%22`,
  `𝕂𝔸ℤ🙂 ҚАЗАҚСТАН`,
  'A'.repeat(5000),
];

/** Lookups that take a free-text key: a hostile key finds nothing and is not an error. */
const FREE_TEXT_LOOKUPS = [
  ['partner(orgRef:)', 'query($v: String!) { partner(orgRef: $v) { id } }'],
  ['activity(iatiIdentifier:)', 'query($v: String!) { activity(iatiIdentifier: $v) { id } }'],
] as const;

/** Arguments that are validated: a hostile value is BAD_USER_INPUT. */
const VALIDATED_ARGUMENTS = [
  ['ngo(bin:)', 'query($v: String!) { ngo(bin: $v) { id } }'],
  ['ngo(id:)', 'query($v: ID!) { ngo(id: $v) { id } }'],
  ['council(id:)', 'query($v: ID!) { council(id: $v) { id } }'],
  ['partner(id:)', 'query($v: ID!) { partner(id: $v) { id } }'],
  ['activity(id:)', 'query($v: ID!) { activity(id: $v) { id } }'],
  ['ngos(filter.regionCodes)', 'query($v: ID!) { ngos(filter: { regionCodes: [$v] }) { totalCount } }'],
  ['councils(filter.regionCodes)', 'query($v: ID!) { councils(filter: { regionCodes: [$v] }) { totalCount } }'],
  [
    'councilProjects(filter.regionCodes)',
    'query($v: ID!) { councilProjects(filter: { regionCodes: [$v] }) { totalCount } }',
  ],
  [
    'transactions(filter.currencies)',
    'query($v: Currency!) { transactions(filter: { currencies: [$v] }) { totalCount } }',
  ],
  ['ngos(after:)', 'query($v: String!) { ngos(after: $v) { totalCount } }'],
] as const;

function injectionCases(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const [name, query] of VALIDATED_ARGUMENTS) {
    for (const value of INJECTIONS) {
      cases.push({
        name: `injection into ${name}: ${value.slice(0, 30)}`,
        body: q(query, { v: value }),
        status: value.includes('\u0000') ? 400 : 200,
        code: 'BAD_USER_INPUT',
      });
    }
  }
  for (const [name, query] of FREE_TEXT_LOOKUPS) {
    for (const value of INJECTIONS) {
      // PostgreSQL text cannot hold NUL: the gateway refuses it anywhere; any other text is a key that finds nothing.
      const nul = value.includes('\u0000');
      cases.push({
        name: `injection into ${name}: ${value.slice(0, 30)}`,
        body: q(query, { v: value }),
        status: nul ? 400 : 200,
        code: nul ? 'BAD_USER_INPUT' : null,
        data: null,
      });
    }
  }
  return cases;
}

const BAD_BINS = [
  '',
  '12345678901',
  '1234567890123',
  '95044000167X',
  '950440001674',
  '000000000001',
  ' 950440001673',
  '950440001673 ',
  '９５０４４０００１６７３',
];
const BAD_CURRENCIES = ['', 'EURO', 'eur', 'E', 'XXXXX', '123', 'KZT ', 'US$'];
const BAD_DATES = [
  '2025-13-01',
  '2025-02-30',
  '20250101',
  '01.01.2025',
  'yesterday',
  '2025-1-1',
  '',
  '2025-01-01T00:00:00Z',
  '99999-01-01',
];

function valueCases(): CorpusCase[] {
  return [
    ...BAD_BINS.map((bin) => ({
      name: `invalid BIN ${JSON.stringify(bin)}`,
      body: q('query($b: String!) { ngo(bin: $b) { id } }', { b: bin }),
      status: 200,
      code: 'BAD_USER_INPUT',
    })),
    ...BAD_CURRENCIES.map((currency) => ({
      name: `invalid currency ${JSON.stringify(currency)} (variable)`,
      body: q('query($c: Currency!) { transactions(filter: { currencies: [$c] }) { totalCount } }', { c: currency }),
      // Custom scalars are checked by the subgraph that owns them; the gateway relays its BAD_USER_INPUT.
      status: 200,
      code: 'BAD_USER_INPUT',
    })),
    ...BAD_CURRENCIES.filter((c) => c !== '').map((currency) => ({
      name: `invalid currency ${JSON.stringify(currency)} (literal)`,
      body: q(`{ transactions(filter: { currencies: [${JSON.stringify(currency)}] }) { totalCount } }`),
      status: 200,
      code: 'BAD_USER_INPUT',
    })),
    ...BAD_DATES.map((date) => ({
      name: `invalid date ${JSON.stringify(date)}`,
      body: q('query($d: Date!) { ngos(filter: { registeredFrom: $d }) { totalCount } }', { d: date }),
      status: 200,
      code: 'BAD_USER_INPUT',
    })),
    {
      name: 'date range from after to (NGOs)',
      body: q('{ ngos(filter: { registeredFrom: "2025-01-02", registeredTo: "2025-01-01" }) { totalCount } }'),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'date range from after to (projects)',
      body: q(
        '{ councilProjects(filter: { consideredFrom: "2025-01-02", consideredTo: "2024-01-01" }) { totalCount } }',
      ),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'date range from after to (transactions)',
      body: q('{ transactions(filter: { valueDateFrom: "2025-01-02", valueDateTo: "2025-01-01" }) { totalCount } }'),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'SDG goal 0',
      body: q('{ activities(filter: { sdgGoals: [0] }) { totalCount } }'),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'SDG goal 18',
      body: q('{ activities(filter: { sdgGoals: [18] }) { totalCount } }'),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    { name: 'page size 0', body: q('{ ngos(first: 0) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'page size -1', body: q('{ councils(first: -1) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
    { name: 'page size 101', body: q('{ partners(first: 101) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
    {
      name: 'page size beyond Int',
      body: q('{ ngos(first: 99999999999) { totalCount } }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'both id and bin',
      body: q('{ ngo(id: "00000000-0000-0000-0000-000000000000", bin: "950440001673") { id } }'),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    { name: 'neither id nor orgRef', body: q('{ partner { id } }'), status: 200, code: 'BAD_USER_INPUT' },
    {
      name: 'unknown enum value',
      body: q('{ ngos(filter: { statuses: [DELETED] }) { totalCount } }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'string where an enum is expected',
      body: q('query($s: [NgoStatus!]) { ngos(filter: { statuses: $s }) { totalCount } }', { s: ['active'] }),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'number where a string is expected',
      body: q('query($b: String!) { ngo(bin: $b) { id } }', { b: 950440001673 }),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'missing required variable',
      body: q('query($b: String!) { ngo(bin: $b) { id } }'),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
  ] as CorpusCase[];
}

function malformedCases(): CorpusCase[] {
  return [
    { name: 'body is not JSON', raw: '{ query: ngos }', status: 400, code: 'BAD_REQUEST' },
    { name: 'truncated JSON', raw: '{"query": "{ regions { code } }"', status: 400, code: 'BAD_REQUEST' },
    { name: 'JSON with a trailing comma', raw: '{"query": "{ regions { code } }",}', status: 400, code: 'BAD_REQUEST' },
    { name: 'body is a JSON string', raw: '"{ regions { code } }"', status: 400, code: 'BAD_REQUEST' },
    { name: 'body is a JSON number', raw: '42', status: 400, code: 'BAD_REQUEST' },
    { name: 'body is JSON null', raw: 'null', status: 400, code: 'BAD_REQUEST' },
    { name: 'empty object', body: {}, status: 400, code: 'BAD_REQUEST' },
    { name: 'query is a number', body: { query: 42 }, status: 400, code: 'BAD_REQUEST' },
    { name: 'query is an object', body: { query: { regions: true } }, status: 400, code: 'BAD_REQUEST' },
    {
      name: 'variables is a string',
      body: { query: '{ regions { code } }', variables: 'x=1' },
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'extensions is a string',
      body: { query: '{ regions { code } }', extensions: 'x' },
      status: 400,
      code: 'BAD_REQUEST',
    },
    { name: 'empty query', body: { query: '' }, status: 400, code: 'BAD_REQUEST' },
    {
      name: 'text/plain body',
      raw: '{ regions { code } }',
      contentType: 'text/plain',
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'oversized body (200 kB)',
      body: { query: `{ regions { code } } # ${'x'.repeat(200_000)}` },
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'oversized variables (150 kB)',
      body: { query: '{ regions { code } }', variables: { junk: 'y'.repeat(150_000) } },
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'batch of 6 operations',
      body: Array.from({ length: 6 }, () => q('{ regions { code } }')),
      status: 400,
      code: 'BAD_REQUEST',
    },
    { name: 'empty batch', body: [], status: 400, code: 'BAD_REQUEST' },
    { name: 'syntax error', body: q('{ ngos { totalCount }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
    { name: 'garbage query', body: q('SELECT * FROM ngos'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
    { name: 'unterminated string', body: q('{ ngo(bin: "95044) { id } }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
    { name: 'unknown field', body: q('{ passwords { hash } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    {
      name: 'unknown argument',
      body: q('{ ngos(where: "1=1") { totalCount } }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'wrong argument type',
      body: q('{ ngos(first: "ten") { totalCount } }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    { name: 'missing selection on an object', body: q('{ ngos }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    {
      name: 'fragment cycle',
      body: q('{ ngos { nodes { ...A } } } fragment A on Ngo { region { code } ...B } fragment B on Ngo { ...A }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'self-referencing fragment',
      body: q('{ regions { ...R } } fragment R on Region { code ...R }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'fragment on an unknown type',
      body: q('{ regions { ...R } } fragment R on Secret { code }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'unused variable type mismatch',
      body: q('query($x: Int) { ngo(bin: $x) { id } }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'two anonymous operations',
      body: q('{ regions { code } } { regions { code } }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'operation name not in the document',
      body: { query: 'query A { regions { code } }', operationName: 'B' },
      status: 400,
      code: 'OPERATION_RESOLUTION_FAILURE',
    },
    {
      name: 'subscription (not supported)',
      body: q('subscription { regions { code } }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'introspection of a hidden field name',
      body: q('{ __type(name: "Query") { fields { name } } regions { password } }'),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
  ];
}

/** Council -> members -> council ... `levels` times: valid, and deeper than the public limit. */
function deepMembers(levels: number): string {
  let inner = 'fullName';
  for (let i = 0; i < levels; i += 1) inner = `council { members(first: 1) { nodes { ${inner} } } }`;
  return `{ councilMembers(first: 1) { nodes { ${inner} } } }`;
}

function complexityCases(): CorpusCase[] {
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: regions { code }`).join(' ')} }`;
  const deep = deepMembers(4);
  const directives = `{ regions { ${Array.from({ length: 25 }, () => '... on Region @include(if: true) { code }').join(' ')} } }`;
  const expensive =
    '{ councils(first: 100) { nodes { members(first: 100) { nodes { council { projects(first: 100) { nodes { id } } } } } } } }';
  const manyTokens = `{ regions { ${Array.from({ length: 3100 }, () => 'code').join(' ')} } }`;
  return [
    { name: 'query deeper than the public limit', body: q(deep), status: 400, code: 'QUERY_TOO_COMPLEX' },
    { name: 'too many aliases for the public', body: q(aliases(31)), status: 400, code: 'QUERY_TOO_COMPLEX' },
    { name: 'alias flood (500)', body: q(aliases(500)), status: 400, code: 'QUERY_TOO_COMPLEX' },
    {
      name: 'too many aliases even for an analyst',
      body: q(aliases(61)),
      as: 'analyst',
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    { name: 'too many directives', body: q(directives), status: 400, code: 'QUERY_TOO_COMPLEX' },
    { name: 'too many tokens', body: q(manyTokens), status: 400, code: 'QUERY_TOO_COMPLEX' },
    // Compact enough for a URL (Node refuses headers over 16 kB): 4 tokens per inline fragment.
    {
      name: 'too many tokens by GET',
      method: 'GET',
      body: q(`{ regions { ${'...{code}'.repeat(800)} } }`),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    { name: 'too deep by GET', method: 'GET', body: q(deep), status: 400, code: 'QUERY_TOO_COMPLEX' },
    {
      name: 'a mutation by GET',
      method: 'GET',
      as: 'admin',
      body: q(
        'mutation { changeNgoStatus(id: "00000000-0000-4000-8000-000000000000", status: LIQUIDATED, reason: "x") { ok } }',
      ),
      status: 405,
      code: 'BAD_REQUEST',
    },
    { name: 'nested pages over the cost budget', body: q(expensive), status: 400, code: 'QUERY_TOO_COMPLEX' },
    {
      name: 'nested pages over the cost budget via variables',
      body: q(
        'query($n: Int) { councils(first: $n) { nodes { members(first: $n) { nodes { council { projects(first: $n) { nodes { id } } } } } } } }',
        { n: 100 },
      ),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'cost hidden in fragments',
      body: q(
        '{ councils(first: 100) { nodes { ...M } } } fragment M on PublicCouncil { members(first: 100) { nodes { council { ...P } } } } fragment P on PublicCouncil { projects(first: 100) { nodes { id } } }',
      ),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'too many root fields',
      body: q(`{ ${Array.from({ length: 31 }, (_, i) => `r${i}: civilForums { edition }`).join(' ')} }`),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'depth within the analyst limit',
      body: q('{ ngos(first: 1) { nodes { region { code } } } }'),
      as: 'analyst',
      status: 200,
      code: null,
    },
  ];
}

function tokenCases(): CorpusCase[] {
  const tokens: CorpusCase['token'][] = [
    'unsigned',
    'expired',
    'wrong-secret',
    'wrong-issuer',
    'wrong-audience',
    'future',
    'no-role',
    'bad-role',
    'donor-without-org',
  ];
  return [
    ...tokens.map((token) => ({
      name: `caller token: ${token}`,
      body: q('{ regions { code } }'),
      token,
      status: 401,
      code: 'UNAUTHENTICATED',
    })),
    {
      name: 'Authorization: Basic',
      body: q('{ regions { code } }'),
      headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'Authorization: Bearer with nothing',
      body: q('{ regions { code } }'),
      headers: { authorization: 'Bearer ' },
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'Authorization: Bearer garbage',
      body: q('{ regions { code } }'),
      headers: { authorization: 'Bearer a.b' },
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'Authorization: Bearer with SQL',
      body: q('{ regions { code } }'),
      headers: { authorization: "Bearer ' OR 1=1 --" },
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'forged identity headers are ignored',
      body: q('{ councilMembers(first: 1) { nodes { contact { email } } } }'),
      headers: { 'x-user-role': 'admin', 'x-civic-gateway-token': 'forged' },
      status: 200,
      code: 'FORBIDDEN',
    },
    ...(['ngos', 'councils', 'partners'] as const).flatMap((target) => [
      {
        name: `${target}: direct call without the gateway's token`,
        target,
        body: q('{ __typename }'),
        status: 401,
        code: 'UNAUTHENTICATED',
      },
      {
        name: `${target}: direct call with a forged gateway token`,
        target,
        body: q('{ __typename }'),
        token: 'internal-forged' as const,
        status: 401,
        code: 'UNAUTHENTICATED',
      },
      {
        name: `${target}: direct call with an unsigned gateway token`,
        target,
        body: q('{ __typename }'),
        token: 'internal-unsigned' as const,
        status: 401,
        code: 'UNAUTHENTICATED',
      },
      {
        name: `${target}: direct call with an expired gateway token`,
        target,
        body: q('{ __typename }'),
        token: 'internal-expired' as const,
        status: 401,
        code: 'UNAUTHENTICATED',
      },
      {
        name: `${target}: direct call with forged identity headers`,
        target,
        body: q('{ __typename }'),
        headers: { 'x-user-role': 'admin', authorization: 'Bearer x.y.z' },
        status: 401,
        code: 'UNAUTHENTICATED',
      },
    ]),
  ];
}

function accessCases(): CorpusCase[] {
  return [
    {
      name: 'public reads personal data',
      body: q('{ councilMembers(first: 1) { nodes { contact { email } } } }'),
      status: 200,
      code: 'FORBIDDEN',
    },
    {
      name: 'registrar reads personal data',
      body: q('{ councilMembers(first: 1) { nodes { contact { phone } } } }'),
      as: 'registrar',
      status: 200,
      code: 'FORBIDDEN',
    },
    {
      name: 'donor reads personal data through a fragment',
      body: q('{ councilMembers(first: 1) { nodes { ...C } } } fragment C on CouncilMember { contact { email } }'),
      as: 'donor',
      status: 200,
      code: 'FORBIDDEN',
    },
  ];
}

const REGISTER = `mutation($input: RegisterNgoInput!) { registerNgo(input: $input) { ok error { code field } } }`;
const VALID_NGO = {
  bin: '250140009999',
  names: { ru: 'Общественное объединение «Проверка»' },
  legalForm: 'PUBLIC_ASSOCIATION',
  registeredOn: '2025-01-15',
  regionCode: 'KZ-75',
  sectors: ['EDUCATION'],
};
const UPDATE = `mutation($id: ID!, $input: UpdateNgoInput!) { updateNgo(id: $id, input: $input) { ok error { code field } } }`;
const STATUS = `mutation($id: ID!, $status: NgoStatus!, $reason: String!) { changeNgoStatus(id: $id, status: $status, reason: $reason) { ok error { code field } } }`;
const REPORT = `mutation($input: RecipientReportInput!) { submitRecipientReport(input: $input) { ok error { code field } } }`;
const VALID_REPORT = {
  recipientOrgRef: 'KZ-BIN-950440001673',
  activityIdentifier: 'XI-IATI-EC_INTPA-KZ-NO-SUCH-GRANT',
  ref: 'corpus-1',
  type: 'INCOMING_FUNDS',
  transactionDate: '2025-03-01',
  valueDate: '2025-03-01',
  amount: '1000.00',
  currency: 'EUR',
};
const RECONCILE =
  '{ reconciliation(donorOrgRef: "XI-IATI-EC_INTPA", from: "2020-01-01", to: "2025-12-31", currency: EUR) { csv } }';
/** An id no row has: a well-formed UUID. */
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

function mutationCases(): CorpusCase[] {
  const register = (
    name: string,
    input: Record<string, unknown>,
    dataCode: string,
    extra: Partial<CorpusCase> = {},
  ): CorpusCase => ({
    name: `registerNgo: ${name}`,
    body: q(REGISTER, { input }),
    as: 'registrar',
    status: 200,
    code: null,
    dataCode,
    ...extra,
  });
  const report = (name: string, input: Record<string, unknown>, expected: Partial<CorpusCase>): CorpusCase => ({
    name: `submitRecipientReport: ${name}`,
    body: q(REPORT, { input }),
    as: 'donor',
    status: 200,
    code: null,
    ...expected,
  });
  return [
    { name: 'registerNgo as the public', body: q(REGISTER, { input: VALID_NGO }), status: 403, code: 'FORBIDDEN' },
    {
      name: 'registerNgo as an analyst',
      body: q(REGISTER, { input: VALID_NGO }),
      as: 'analyst',
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'registerNgo as a donor',
      body: q(REGISTER, { input: VALID_NGO }),
      as: 'donor',
      status: 403,
      code: 'FORBIDDEN',
    },
    register('BIN with a wrong check digit', { ...VALID_NGO, bin: '250140009993' }, 'INVALID_INPUT'),
    register('BIN too short', { ...VALID_NGO, bin: '2501400099' }, 'INVALID_INPUT'),
    register('BIN with SQL', { ...VALID_NGO, bin: "' OR 1=1 --" }, 'INVALID_INPUT'),
    register(
      'BIN already registered',
      { ...VALID_NGO, bin: '950440001673', registeredOn: '1995-04-10' },
      'DUPLICATE_BIN',
    ),
    register('unknown region', { ...VALID_NGO, regionCode: 'KZ-99' }, 'INVALID_INPUT'),
    register('region with SQL', { ...VALID_NGO, regionCode: "KZ-75'; DROP TABLE ngos; --" }, 'INVALID_INPUT'),
    register('no sectors', { ...VALID_NGO, sectors: [] }, 'INVALID_INPUT'),
    register('empty Russian name', { ...VALID_NGO, names: { ru: '  ' } }, 'INVALID_INPUT'),
    register('registration date in the future', { ...VALID_NGO, registeredOn: '2999-01-01' }, 'INVALID_INPUT'),
    register('registration date in year 0', { ...VALID_NGO, registeredOn: '0000-01-01' }, 'unused', {
      status: 200,
      code: 'BAD_USER_INPUT',
      dataCode: undefined,
    }),
    register('registration date before the BIN says', { ...VALID_NGO, registeredOn: '1990-01-01' }, 'INVALID_INPUT'),
    register('malformed e-mail', { ...VALID_NGO, contacts: { email: 'not-an-email' } }, 'INVALID_INPUT'),
    register('unknown sector', { ...VALID_NGO, sectors: ['ALCHEMY'] }, 'unused', {
      status: 400,
      code: 'BAD_USER_INPUT',
      dataCode: undefined,
    }),
    register('invalid date', { ...VALID_NGO, registeredOn: '2025-02-30' }, 'unused', {
      code: 'BAD_USER_INPUT',
      dataCode: undefined,
    }),
    register('missing legal form', { ...VALID_NGO, legalForm: undefined }, 'unused', {
      status: 400,
      code: 'BAD_USER_INPUT',
      dataCode: undefined,
    }),
    {
      name: 'updateNgo with an id that is not one',
      body: q(UPDATE, { id: "1' OR '1'='1", input: { sectors: ['HEALTH'] } }),
      as: 'registrar',
      status: 200,
      code: null,
      dataCode: 'INVALID_INPUT',
    },
    {
      name: 'updateNgo of no NGO',
      body: q(UPDATE, { id: NO_SUCH_ID, input: { sectors: ['HEALTH'] } }),
      as: 'registrar',
      status: 200,
      code: null,
      dataCode: 'NOT_FOUND',
    },
    {
      name: 'updateNgo as the public',
      body: q(UPDATE, { id: NO_SUCH_ID, input: { sectors: ['HEALTH'] } }),
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'changeNgoStatus of no NGO',
      body: q(STATUS, { id: NO_SUCH_ID, status: 'LIQUIDATED', reason: 'court decision' }),
      as: 'registrar',
      status: 200,
      code: null,
      dataCode: 'NOT_FOUND',
    },
    {
      name: 'changeNgoStatus as a donor',
      body: q(STATUS, { id: NO_SUCH_ID, status: 'LIQUIDATED', reason: 'x' }),
      as: 'donor',
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'importIatiActivities as the public',
      body: q('mutation($x: String!) { importIatiActivities(xml: $x) { ok } }', { x: '<iati-activities/>' }),
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'importIatiActivities as an analyst',
      body: q('mutation($x: String!) { importIatiActivities(xml: $x) { ok } }', { x: '<iati-activities/>' }),
      as: 'analyst',
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'importIatiActivities of a file that is not XML',
      body: q('mutation($x: String!) { importIatiActivities(xml: $x) { ok error { code } } }', { x: 'id,title\n1,x' }),
      as: 'admin',
      status: 200,
      code: null,
      dataCode: 'NOT_XML',
    },
    {
      name: 'importIatiActivities of an IATI organisation file',
      body: q('mutation($x: String!) { importIatiActivities(xml: $x) { ok error { code } } }', {
        x: '<iati-organisations version="2.03"/>',
      }),
      as: 'admin',
      status: 200,
      code: null,
      dataCode: 'NOT_IATI',
    },
    {
      name: 'importIatiActivities of an XML bomb',
      body: q('mutation($x: String!) { importIatiActivities(xml: $x) { ok error { code } } }', {
        x: '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><iati-activities version="2.03">&b;</iati-activities>',
      }),
      as: 'admin',
      status: 200,
      code: null,
      dataCode: 'MALFORMED_XML',
    },
    {
      name: 'importExchangeRates as a donor',
      body: q('mutation($x: String!) { importExchangeRates(xml: $x) { ok } }', { x: '<rates/>' }),
      as: 'donor',
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'submitRecipientReport as the public',
      body: q(REPORT, { input: VALID_REPORT }),
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'submitRecipientReport as a registrar',
      body: q(REPORT, { input: VALID_REPORT }),
      as: 'registrar',
      status: 403,
      code: 'FORBIDDEN',
    },
    report('amount as a number', { ...VALID_REPORT, amount: 1000.5 }, { status: 200, code: 'BAD_USER_INPUT' }),
    report('amount with an exponent', { ...VALID_REPORT, amount: '1e6' }, { status: 200, code: 'BAD_USER_INPUT' }),
    report('amount with grouping', { ...VALID_REPORT, amount: '1,000.00' }, { status: 200, code: 'BAD_USER_INPUT' }),
    report('currency not ISO 4217', { ...VALID_REPORT, currency: 'EURO' }, { status: 200, code: 'BAD_USER_INPUT' }),
    report('impossible date', { ...VALID_REPORT, valueDate: '2025-02-30' }, { status: 200, code: 'BAD_USER_INPUT' }),
    report('unknown activity', VALID_REPORT, { dataCode: 'INVALID_REPORT' }),
    report(
      'for another organization than the donor',
      { ...VALID_REPORT, recipientOrgRef: "KZ-BIN-990940003030' --" },
      { dataCode: 'INVALID_REPORT' },
    ),
    {
      name: 'importRecipientReportsCsv of text that is not CSV',
      body: q('mutation($c: String!) { importRecipientReportsCsv(csv: $c) { ok error { code } } }', {
        c: '\u0001\u0002 not csv "unterminated',
      }),
      as: 'donor',
      status: 200,
      code: null,
      dataCode: 'NOT_CSV',
    },
    { name: 'reconciliation as the public', body: q(RECONCILE), status: 403, code: 'FORBIDDEN' },
    { name: 'reconciliation as a registrar', body: q(RECONCILE), as: 'registrar', status: 403, code: 'FORBIDDEN' },
    {
      name: 'reconciliation over a reversed period',
      body: q(RECONCILE.replace('from: "2020-01-01", to: "2025-12-31"', 'from: "2025-12-31", to: "2020-01-01"')),
      as: 'analyst',
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'reconciliation for two subjects at once',
      body: q(
        RECONCILE.replace(
          'donorOrgRef: "XI-IATI-EC_INTPA"',
          'donorOrgRef: "XI-IATI-EC_INTPA", recipientOrgRef: "KZ-BIN-950440001673"',
        ),
      ),
      as: 'analyst',
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'reconciliation with a negative tolerance',
      body: q(RECONCILE.replace('currency: EUR', 'currency: EUR, tolerance: "-1.00"')),
      as: 'analyst',
      status: 200,
      code: 'BAD_USER_INPUT',
    },
  ];
}

export function corpus(): CorpusCase[] {
  return [
    ...malformedCases(),
    ...valueCases(),
    ...injectionCases(),
    ...complexityCases(),
    ...tokenCases(),
    ...accessCases(),
    ...mutationCases(),
    ...secondRoundCases(),
  ];
}
