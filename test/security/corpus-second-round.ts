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

const SUBMIT =
  'mutation($input: RecipientReportInput!) { submitRecipientReport(input: $input) { ok error { code field } } }';
const IMPORT_CSV =
  'mutation($c: String!) { importRecipientReportsCsv(csv: $c) { ok error { code } problemCount problems { line field reason } } }';
const CSV_HEADER =
  'recipient_org_ref,activity_identifier,ref,type,transaction_date,value_date,amount,currency,reported_on';
/** An activity of another donor than the EU (UNDP's), read at run time. */
const UNDP_ACTIVITY = {
  subgraph: 'partners' as const,
  sql: `SELECT a.iati_identifier FROM activities a JOIN partners p ON p.id = a.reporting_org_id WHERE p.org_ref = 'XM-DAC-41114' ORDER BY 1 LIMIT 1`,
};
const EU_ACTIVITY = {
  subgraph: 'partners' as const,
  sql: `SELECT a.iati_identifier FROM activities a JOIN partners p ON p.id = a.reporting_org_id WHERE p.org_ref = 'XI-IATI-EC_INTPA' ORDER BY 1 LIMIT 1`,
};
const reportFor = (recipientOrgRef: string, n: number) => ({
  recipientOrgRef,
  activityIdentifier: '$LOOKUP',
  ref: `round2-${n}`,
  type: 'INCOMING_FUNDS',
  transactionDate: '2025-03-01',
  valueDate: '2025-03-01',
  amount: '10320.00',
  currency: 'EUR',
});
const csvLines = (count: number, line: (i: number) => string) =>
  [CSV_HEADER, ...Array.from({ length: count }, (_, i) => line(i))].join('\n');

function reportCases(): CorpusCase[] {
  // The EU's donor token reports as its own organization: the check is whether that organization received the money.
  return [
    {
      name: 'round 2: a donor reports against another donor’s activity',
      as: 'donor',
      lookup: UNDP_ACTIVITY,
      body: q(SUBMIT, { input: reportFor('XI-IATI-EC_INTPA', 1) }),
      status: 200,
      code: null,
      dataCode: 'INVALID_REPORT',
    },
    {
      name: 'round 2: a donor reports receipts of its own activity, which it did not receive',
      as: 'donor',
      lookup: EU_ACTIVITY,
      body: q(SUBMIT, { input: reportFor('XI-IATI-EC_INTPA', 2) }),
      status: 200,
      code: null,
      dataCode: 'INVALID_REPORT',
    },
    {
      name: 'round 2: a CSV of 10,320 lines against another donor’s activity',
      as: 'donor',
      lookup: UNDP_ACTIVITY,
      body: q(IMPORT_CSV, {
        c: csvLines(10_320, (i) => `XI-IATI-EC_INTPA,$LOOKUP,r2-${i},1,2025-03-01,2025-03-01,1.00,EUR,2025-03-02`),
      }),
      status: 200,
      code: null,
      dataCode: 'TOO_LARGE',
      maxResponseBytes: 5000,
    },
    {
      name: 'round 2: a CSV of 10,320 invalid lines (990 kB)',
      as: 'donor',
      body: q(IMPORT_CSV, {
        c: csvLines(
          10_320,
          (i) => `XI-IATI-EC_INTPA,nothing-${i},,9,2025-13-01,yesterday,1e9,EURO,never-${'x'.repeat(20)}`,
        ),
      }),
      status: 200,
      code: null,
      dataCode: 'TOO_LARGE',
      maxResponseBytes: 5000,
    },
    {
      name: 'round 2: a CSV of 1,000 invalid lines answers the first 100 problems and a count',
      as: 'donor',
      body: q(IMPORT_CSV, {
        c: csvLines(1000, (i) => `XI-IATI-EC_INTPA,nothing-${i},,9,2025-13-01,yesterday,1e9,EURO,never`),
      }),
      status: 200,
      code: null,
      dataCode: 'INVALID_REPORT',
      maxResponseBytes: 60_000,
    },
  ];
}

const b64 = (text: string) => Buffer.from(text).toString('base64url');
/** Cursors a client might forge: well-formed base64url around hostile or impossible content. */
const FORGED_CURSORS = [
  b64("v1:' OR 1=1--"),
  b64('v1:00000000-0000-4000-8000-000000000000'),
  b64('v1:'),
  b64('v2:abc'),
  b64('{"id":"x"}'),
  b64('v1:not-a-uuid:extra'),
];
const LISTS_WITH_CURSORS: [string, string, CorpusCase['as']?][] = [
  ['ngos', 'query($a: String) { ngos(first: 2, after: $a) { totalCount } }'],
  ['councils', 'query($a: String) { councils(first: 2, after: $a) { totalCount } }'],
  ['councilMembers', 'query($a: String) { councilMembers(first: 2, after: $a) { totalCount } }'],
  ['councilProjects', 'query($a: String) { councilProjects(first: 2, after: $a) { totalCount } }'],
  ['partners', 'query($a: String) { partners(first: 2, after: $a) { totalCount } }'],
  ['activities', 'query($a: String) { activities(first: 2, after: $a) { totalCount } }'],
  ['transactions', 'query($a: String) { transactions(first: 2, after: $a) { totalCount } }'],
  ['searchNgos', 'query($a: String) { searchNgos(text: "центр", first: 2, after: $a) { totalCount } }'],
  ['auditLog', 'query($a: String) { auditLog(first: 2, after: $a) { totalCount } }', 'analyst'],
];

/** The one forged cursor that is well-formed: the id of no row, an empty page for a list (search cursors hold more). */
const WELL_FORMED = b64('v1:00000000-0000-4000-8000-000000000000');

function cursorCases(): CorpusCase[] {
  return LISTS_WITH_CURSORS.flatMap(([list, query, as]) =>
    FORGED_CURSORS.map((cursor) => ({
      name: `round 2: forged cursor ${Buffer.from(cursor, 'base64url').toString().slice(0, 24)} on ${list}`,
      body: q(query, { a: cursor }),
      ...(as ? { as } : {}),
      status: 200,
      code: cursor === WELL_FORMED && list !== 'searchNgos' ? null : 'BAD_USER_INPUT',
      mustNotContain: ['invocation in'],
    })),
  );
}

function schemaHintCases(): CorpusCase[] {
  const typo = (name: string, query: string): CorpusCase => ({
    name: `round 2: a misspelt field with introspection off (${name})`,
    body: q(query),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    mustNotContain: ['Did you mean'],
  });
  return [
    typo('reconciliatio', '{ reconciliatio }'),
    typo('ngo.nam', '{ ngos(first: 1) { nodes { nam } } }'),
    typo('an argument', '{ ngos(firs: 1) { totalCount } }'),
    typo('a type in a fragment', '{ ngos(first: 1) { nodes { ...on Ngoo { id } } } }'),
    typo('an enum value', '{ ngos(filter: { statuses: [ACTIV] }) { totalCount } }'),
  ];
}

const EXTREME_DATES = ['0000-01-01', '0001-01-01', '9999-12-31', '1899-12-31', '2200-01-01'];
const DATE_ARGUMENTS: [string, string][] = [
  ['exchangeRates(from:)', 'query($d: Date!) { exchangeRates(currency: USD, from: $d, to: "2025-01-01") { rate } }'],
  ['exchangeRates(to:)', 'query($d: Date!) { exchangeRates(currency: USD, from: "2025-01-01", to: $d) { rate } }'],
  ['ngos(registeredFrom:)', 'query($d: Date!) { ngos(filter: { registeredFrom: $d }) { totalCount } }'],
  [
    'councilProjects(consideredTo:)',
    'query($d: Date!) { councilProjects(filter: { consideredTo: $d }) { totalCount } }',
  ],
  ['transactions(valueDateFrom:)', 'query($d: Date!) { transactions(filter: { valueDateFrom: $d }) { totalCount } }'],
  [
    'convert(valueDate:)',
    'query($d: Date!) { convert(amount: "1.00", currency: USD, valueDate: $d, to: KZT) { converted { amount } } }',
  ],
];

function dateCases(): CorpusCase[] {
  return DATE_ARGUMENTS.flatMap(([argument, query]) =>
    EXTREME_DATES.map((date) => ({
      name: `round 2: date ${date} in ${argument}`,
      body: q(query, { d: date }),
      status: 200,
      code: 'BAD_USER_INPUT',
    })),
  );
}

function persistedQueryCases(): CorpusCase[] {
  return [
    {
      name: 'round 2: a persisted-query hash that does not match the query',
      body: { query: '{ regions { code } }', ...persisted('0'.repeat(64)) },
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'round 2: persisted-query version 2',
      body: { query: '{ regions { code } }', ...persisted(sha256('{ regions { code } }'), 2) },
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'round 2: a hash nobody registered',
      body: persisted('f'.repeat(64)),
      status: 200,
      code: 'PERSISTED_QUERY_NOT_FOUND',
    },
    {
      name: 'round 2: a persisted-query hash that is not a string',
      body: { query: '{ regions { code } }', extensions: { persistedQuery: { version: 1, sha256Hash: 42 } } },
      status: 400,
      code: 'BAD_USER_INPUT',
    },
  ];
}

function lifetimeCases(): CorpusCase[] {
  const refused = (name: string, token: CorpusCase['token'], target?: CorpusCase['target']): CorpusCase => ({
    name: `round 2: ${name}`,
    ...(target ? { target } : {}),
    token,
    body: q('{ __typename }'),
    status: 401,
    code: 'UNAUTHENTICATED',
  });
  return [
    refused('a caller token with exp in year 9999', 'far-expiry'),
    refused('a caller token issued a year ahead', 'issued-in-future'),
    ...(['ngos', 'councils', 'partners'] as const).flatMap((target) => [
      refused(`a gateway token valid for a year, to ${target}`, 'internal-long-lived', target),
      refused(`a gateway token issued in the future, to ${target}`, 'internal-issued-in-future', target),
    ]),
  ];
}

/** Text a careless or hostile client might store as a name: each refused with the field named (lib/domain/clean-text.ts). */
const UNCLEAN_TEXT: [string, string][] = [
  ['zero-width spaces only', '\u200B\u200B\u200B'],
  ['a byte-order mark and a word joiner only', '\uFEFF\u2060'],
  ['a lone surrogate', 'Фонд \uD800'],
  ['ANSI escapes', '\u001b[31mФонд\u001b[0m'],
  ['U+202E (right-to-left override)', 'Фонд \u202Eдноф'],
  ['a left-to-right isolate', '\u2066Фонд\u2069'],
  ['a C1 control', 'Фонд\u0085'],
];
const REGISTER = 'mutation($input: RegisterNgoInput!) { registerNgo(input: $input) { ok error { code field } } }';
const NEW_NGO = {
  bin: '250140009999',
  names: { ru: 'Общественное объединение «Проверка»' },
  legalForm: 'PUBLIC_ASSOCIATION',
  registeredOn: '2025-01-15',
  regionCode: 'KZ-75',
  sectors: ['EDUCATION'],
};
const AN_NGO = { subgraph: 'ngos' as const, sql: 'SELECT id::text FROM ngos ORDER BY bin LIMIT 1' };
/** A disbursement's activity and recipient: a report from that recipient (sent by an admin) is otherwise valid. */
const A_DISBURSEMENT = {
  subgraph: 'partners' as const,
  sql: `SELECT a.iati_identifier AS activity, t.receiver_org_ref AS recipient FROM transactions t JOIN activities a ON a.id = t.activity_id WHERE t.type = 3 AND t.receiver_org_ref LIKE 'KZ-BIN-%' ORDER BY 1, 2 LIMIT 1`,
};
const recipientReport = (n: number) => ({
  ...reportFor('$LOOKUP.recipient', n),
  activityIdentifier: '$LOOKUP.activity',
});
const REPORT_FIELDS =
  'recipient_org_ref,activity_identifier,ref,type,transaction_date,value_date,amount,currency,reported_on,description';
const iatiWithTitle = (title: string) =>
  `<iati-activities version="2.03"><iati-activity default-currency="USD"><iati-identifier>XM-DAC-41119-KZ-CLEAN-01</iati-identifier><reporting-org ref="XM-DAC-41119" type="40"><narrative>UNFPA</narrative></reporting-org><title><narrative>${title}</narrative></title><activity-status code="2"/></iati-activity></iati-activities>`;

function cleanTextCases(): CorpusCase[] {
  const refused = (path: string, body: unknown, dataCode: string, extra: Partial<CorpusCase> = {}): CorpusCase => ({
    name: `round 2: ${path}`,
    body,
    as: 'registrar',
    status: 200,
    code: null,
    dataCode,
    ...extra,
  });
  return UNCLEAN_TEXT.flatMap(([what, text]) => [
    refused(
      `registerNgo with a Russian name of ${what}`,
      q(REGISTER, { input: { ...NEW_NGO, names: { ru: text } } }),
      'INVALID_INPUT',
    ),
    refused(
      `registerNgo with an English name of ${what}`,
      q(REGISTER, { input: { ...NEW_NGO, names: { ru: 'Фонд', en: text } } }),
      'INVALID_INPUT',
    ),
    refused(
      `registerNgo with an address of ${what}`,
      q(REGISTER, { input: { ...NEW_NGO, contacts: { address: text } } }),
      'INVALID_INPUT',
    ),
    refused(
      `updateNgo with a Kazakh name of ${what}`,
      q(
        'mutation($id: ID!, $input: UpdateNgoInput!) { updateNgo(id: $id, input: $input) { ok error { code field } } }',
        {
          id: '$LOOKUP',
          input: { names: { ru: 'Фонд', kk: text } },
        },
      ),
      'INVALID_INPUT',
      { lookup: AN_NGO },
    ),
    refused(
      `changeNgoStatus with a reason of ${what}`,
      q(
        'mutation($id: ID!, $reason: String!) { changeNgoStatus(id: $id, status: SUSPENDED, reason: $reason) { ok error { code field } } }',
        { id: '$LOOKUP', reason: `${text}${text}${text}` },
      ),
      'INVALID_INPUT',
      { lookup: AN_NGO },
    ),
    refused(
      `submitRecipientReport with a description of ${what}`,
      q(SUBMIT, { input: { ...recipientReport(3), description: text } }),
      'INVALID_REPORT',
      { as: 'admin', lookup: A_DISBURSEMENT },
    ),
    refused(
      `submitRecipientReport with a ref of ${what}`,
      q(SUBMIT, { input: { ...recipientReport(4), ref: text } }),
      'INVALID_REPORT',
      { as: 'admin', lookup: A_DISBURSEMENT },
    ),
    refused(
      `importRecipientReportsCsv with a description of ${what}`,
      q(IMPORT_CSV, {
        c: `${REPORT_FIELDS}\n$LOOKUP.recipient,$LOOKUP.activity,r2-clean,1,2025-03-01,2025-03-01,1.00,EUR,2025-03-02,"${text}"`,
      }),
      what.includes('surrogate') ? 'NOT_CSV' : 'INVALID_REPORT',
      { as: 'admin', lookup: A_DISBURSEMENT },
    ),
  ]);
}

/** An IATI activity whose title cannot be stored is rejected, the rest of the file read. */
function iatiTextCases(): CorpusCase[] {
  // XML cannot carry lone surrogates or C0 controls (the parser refuses them); the invisible and bidirectional ones it can.
  return UNCLEAN_TEXT.filter(([what]) => !/surrogate|ANSI/.test(what)).map(([what, text]) => ({
    name: `round 2: importIatiActivities with a title of ${what}`,
    as: 'admin',
    body: q('mutation($x: String!) { importIatiActivities(xml: $x) { ok report { created rejected } } }', {
      x: iatiWithTitle(text),
    }),
    status: 200,
    code: null,
    data: { ok: true, report: { created: 0, rejected: 1 } },
  }));
}

/** XML text holding a lone surrogate cannot be read as XML at all. */
function iatiSurrogateCase(): CorpusCase {
  return {
    name: 'round 2: importIatiActivities with a lone surrogate in a title',
    as: 'admin',
    body: q('mutation($x: String!) { importIatiActivities(xml: $x) { ok error { code } } }', {
      x: iatiWithTitle('Фонд \uD800'),
    }),
    status: 200,
    code: null,
    dataCode: 'MALFORMED_XML',
  };
}

export function secondRoundCases(): CorpusCase[] {
  return [
    ...lifetimeCases(),
    ...searchCases(),
    ...arrivalCases(),
    ...entityCases(),
    ...reportCases(),
    ...cursorCases(),
    ...dateCases(),
    ...persistedQueryCases(),
    ...schemaHintCases(),
    ...cleanTextCases(),
    ...iatiTextCases(),
    iatiSurrogateCase(),
  ];
}
