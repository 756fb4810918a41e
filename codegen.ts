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

const connection = (row: string) => `../../../../lib/graphql/pagination.js#Connection<${row}>`;

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'subgraphs/ngos/src/generated/graphql.ts': {
      schema: 'subgraphs/ngos/schema.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...common,
        contextType: '../context.js#Context',
        mappers: {
          Ngo: './prisma/client.js#Ngo as NgoRow',
          Region: '../../../../lib/domain/regions.js#RegionInfo',
          NgoConnection: connection('NgoRow'),
          LocalizedNames: '../../../../lib/domain/labels.js#NullableLabels',
          NgoContacts: './prisma/client.js#Ngo as NgoContactsRow',
        },
      },
    },
    'subgraphs/councils/src/generated/graphql.ts': {
      schema: 'subgraphs/councils/schema.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...common,
        contextType: '../context.js#Context',
        mappers: {
          PublicCouncil: './prisma/client.js#PublicCouncil as PublicCouncilRow',
          CouncilMember: './prisma/client.js#CouncilMember as CouncilMemberRow',
          CouncilProject: './prisma/client.js#CouncilProject as CouncilProjectRow',
          CivilForum: './prisma/client.js#CivilForum as CivilForumRow',
          DiscussionPlatform: './prisma/client.js#DiscussionPlatform as DiscussionPlatformRow',
          PublicCouncilConnection: connection('PublicCouncilRow'),
          CouncilMemberConnection: connection('CouncilMemberRow'),
          CouncilProjectConnection: connection('CouncilProjectRow'),
          LocalizedNames: '../../../../lib/domain/labels.js#NullableLabels',
          Ngo: '../entities.js#NgoRef',
          Region: '../entities.js#RegionRef',
        },
      },
    },
    'subgraphs/partners/src/generated/graphql.ts': {
      schema: 'subgraphs/partners/schema.graphql',
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
          Money: '../../../../lib/domain/money.js#MoneyValue',
          TransactionOrg: '../entities.js#TransactionSide',
          PartnerFunding: '../entities.js#PartnerFundingParent',
          NgoFunding: '../entities.js#NgoRef',
          RegionFunding: '../entities.js#RegionRef',
          Ngo: '../entities.js#NgoRef',
          Region: '../entities.js#RegionRef',
        },
      },
    },
  },
};

export default config;
