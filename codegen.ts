// GraphQL Code Generator: resolver and context types for each subgraph,
// generated from its SDL (`npm run codegen`). Parent types are mapped to the
// Prisma rows (or domain objects) the resolvers actually receive.
import type { CodegenConfig } from '@graphql-codegen/cli';

const common = {
  federation: true,
  useIndexSignature: true,
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
  scalars: { Date: 'Date', Decimal: "import('decimal.js').Decimal", Currency: 'string' },
};

// Appended to every subgraph's SDL (lib/graphql/compose.ts: SHARED_SDL_PATHS).
const SHARED_SDL = ['schema/shared/sync.graphql'];

const connection = (row: string) => `../../../../lib/graphql/pagination.js#Connection<${row}>`;

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    // Operation types for the tests' documents (GraphQL Code Generator's client preset), over the
    // composed API: `graphql(\`...\`)` in a test returns a document typed with its result and variables.
    'test/generated/': {
      schema: 'schema/supergraph.graphql',
      documents: [
        'test/integration/registry.test.ts',
        'test/integration/partners-loaders.test.ts',
        'test/integration/federation.test.ts',
        'test/integration/partners-funding-api.test.ts',
        'test/integration/partners-lists.test.ts',
        'test/integration/access-control.test.ts',
        'test/integration/reconciliation.test.ts',
        'test/integration/search.test.ts',
        'test/e2e/processes.test.ts',
        'test/integration/statistics.test.ts',
        'test/integration/examples.test.ts',
        'test/integration/response-cache.test.ts',
        'test/integration/published-figures.test.ts',
        'test/integration/gateway-limits.test.ts',
        'test/integration/error-messages.test.ts',
        'test/e2e/observability.test.ts',
        'test/e2e/npm-start.test.ts',
        'test/e2e/compiled-build.test.ts',
        'test/e2e/gateway-workers.test.ts',
      ],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        useTypeImports: true,
        // In-process results keep Date objects; over HTTP they are ISO strings.
        scalars: {
          Date: 'string | Date',
          DateTime: 'string | Date',
          Decimal: 'string',
          Currency: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
    'subgraphs/ngos/src/generated/graphql.ts': {
      schema: ['subgraphs/ngos/schema.graphql', ...SHARED_SDL],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...common,
        contextType: '../context.js#Context',
        scalars: { ...common.scalars, DateTime: 'Date', JSONObject: 'Record<string, unknown>' },
        mappers: {
          Ngo: './prisma/client.js#Ngo as NgoRow',
          Region: '../../../../lib/domain/regions.js#RegionInfo',
          NgoConnection: connection('NgoRow'),
          LocalizedNames: '../../../../lib/domain/labels.js#NullableLabels',
          NgoContacts: './prisma/client.js#Ngo as NgoContactsRow',
          NgoStatistics: '../services/ngo-scope.js#NgoScope',
          NgoSectorCount: '../../../../lib/domain/counts.js#CodeCount<Sector>',
          NgoStatusCount: '../../../../lib/domain/counts.js#CodeCount<NgoStatus>',
          NgoLegalFormCount: '../../../../lib/domain/counts.js#CodeCount<LegalForm>',
          SectorTerm: '../../../../lib/domain/terms.js#Term<Sector>',
          NgoStatusTerm: '../../../../lib/domain/terms.js#Term<NgoStatus>',
          LegalFormTerm: '../../../../lib/domain/terms.js#Term<LegalForm>',
          NgoSearchConnection: '../services/search.js#SearchConnection',
          NgoAuditEntry: './prisma/client.js#NgoAuditEntry as NgoAuditEntryRow',
          NgoAuditEntryConnection: connection('NgoAuditEntryRow'),
        },
      },
    },
    'subgraphs/councils/src/generated/graphql.ts': {
      schema: ['subgraphs/councils/schema.graphql', ...SHARED_SDL],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...common,
        contextType: '../context.js#Context',
        mappers: {
          PublicCouncil: './prisma/client.js#PublicCouncil as PublicCouncilRow',
          CouncilMember: './prisma/client.js#CouncilMember as CouncilMemberRow',
          MemberContact: './prisma/client.js#CouncilMember as MemberContactRow',
          CouncilProject: './prisma/client.js#CouncilProject as CouncilProjectRow',
          CivilForum: './prisma/client.js#CivilForum as CivilForumRow',
          DiscussionPlatform: './prisma/client.js#DiscussionPlatform as DiscussionPlatformRow',
          PublicCouncilConnection: connection('PublicCouncilRow'),
          CouncilMemberConnection: connection('CouncilMemberRow'),
          CouncilProjectConnection: connection('CouncilProjectRow'),
          LocalizedNames: '../../../../lib/domain/labels.js#NullableLabels',
          Ngo: '../entities.js#NgoRef',
          Region: '../entities.js#RegionRef',
          CouncilStatistics: '../services/council-scope.js#CouncilScope',
          CouncilProjectStatistics: '../services/project-scope.js#ProjectScope',
          CouncilLevelCount: '../services/council-statistics.js#LevelCount<CouncilLevel>',
          PolicyFieldCount: '../../../../lib/domain/counts.js#CodeCount<PolicyField>',
          ProjectOutcomeCount: '../../../../lib/domain/counts.js#CodeCount<ProjectOutcome>',
          ProjectLevelCount: '../../../../lib/domain/counts.js#CodeCount<CouncilLevel>',
          PolicyFieldTerm: '../../../../lib/domain/terms.js#Term<PolicyField>',
          ProjectOutcomeTerm: '../../../../lib/domain/terms.js#Term<ProjectOutcome>',
          CouncilLevelTerm: '../../../../lib/domain/terms.js#Term<CouncilLevel>',
        },
      },
    },
    'subgraphs/partners/src/generated/graphql.ts': {
      schema: ['subgraphs/partners/schema.graphql', ...SHARED_SDL],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...common,
        contextType: '../context.js#Context',
        mappers: {
          Partner: './prisma/client.js#Partner as PartnerRow',
          Activity: './prisma/client.js#Activity as ActivityRow',
          ParticipatingOrg: './prisma/client.js#ParticipatingOrg as ParticipatingOrgRow',
          Budget: './prisma/client.js#Budget as BudgetRow',
          Transaction: './prisma/client.js#Transaction as TransactionRow',
          PartnerConnection: connection('PartnerRow'),
          ActivityConnection: connection('ActivityRow'),
          TransactionConnection: connection('TransactionRow'),
          RecipientReportConnection: connection('RecipientReportRow'),
          Money: '../../../../lib/domain/money.js#MoneyValue',
          TransactionOrg: '../entities.js#TransactionSide',
          PartnerFunding: '../entities.js#PartnerFundingParent',
          NgoFunding: '../entities.js#NgoRef',
          RegionFunding: '../entities.js#RegionRef',
          Ngo: '../entities.js#NgoRef',
          Region: '../entities.js#RegionRef',
          ImportedBin: '../services/iati-import.js#BinReport',
          RecipientReport: './prisma/client.js#RecipientReport as RecipientReportRow',
          RecipientReportsResult: '../entities.js#RecipientReportsParent',
          ExchangeRate: '../domain/exchange.js#OfficialRate',
          Conversion: '../entities.js#ConversionParent',
          Reconciliation: '../services/reconciliation.js#Reconciliation as ReconciliationModel',
          ReconciliationLine: '../services/reconciliation.js#ReconciliationLine as ReconciliationLineModel',
          ReconciliationItem: '../services/reconciliation.js#ReconciliationItem as ReconciliationItemModel',
          SdgFunding: '../entities.js#SdgFundingParent',
          SdgTargetFunding: '../services/funding-stats.js#GroupTotals',
          DonorFunding: '../services/funding-stats.js#GroupTotals',
        },
      },
    },
  },
};

export default config;
