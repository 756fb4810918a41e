/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query NgoPage($first: Int!, $filter: NgoFilter) {\n    ngos(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        bin\n        name\n        region {\n          code\n          name(language: EN)\n        }\n        councilSeats {\n          id\n          council {\n            id\n            level\n          }\n        }\n        funding {\n          received {\n            amount\n            currency\n          }\n          donors {\n            orgRef\n          }\n        }\n      }\n    }\n  }\n": typeof types.NgoPageDocument,
    "\n  query FederationOneNgo($bin: String!) {\n    ngo(bin: $bin) {\n      id\n      bin\n      status\n      names {\n        ru\n      }\n      region {\n        code\n        name(language: EN)\n      }\n      councilSeats {\n        id\n        council {\n          id\n          level\n        }\n      }\n      funding {\n        received {\n          amount\n          currency\n        }\n        donors {\n          orgRef\n        }\n      }\n    }\n  }\n": typeof types.FederationOneNgoDocument,
    "\n  query FederationRegions {\n    regions {\n      code\n      ngos(filter: { statuses: [ACTIVE] }) {\n        totalCount\n      }\n      councils {\n        totalCount\n      }\n      funding {\n        transactionCount\n      }\n    }\n  }\n": typeof types.FederationRegionsDocument,
    "\n  query FederationActiveNgos {\n    ngos(filter: { statuses: [ACTIVE] }) {\n      totalCount\n    }\n  }\n": typeof types.FederationActiveNgosDocument,
    "\n  query FederationFirstFive {\n    ngos(first: 5) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.FederationFirstFiveDocument,
    "\n  query FederationNextFive($after: String) {\n    ngos(first: 5, after: $after) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.FederationNextFiveDocument,
    "\n  query FederationFirstTen {\n    ngos(first: 10) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.FederationFirstTenDocument,
    "\n  query FederationTwoNgos {\n    ngos(first: 2) {\n      nodes {\n        id\n        bin\n      }\n    }\n  }\n": typeof types.FederationTwoNgosDocument,
    "\n  query FederationMemberOfNgo {\n    councilMembers(first: 1, filter: { representsNgo: true }) {\n      nodes {\n        id\n        representing {\n          id\n        }\n      }\n    }\n  }\n": typeof types.FederationMemberOfNgoDocument,
    "\n  query FederationDisbursements {\n    transactions(first: 100, filter: { types: [DISBURSEMENT] }) {\n      nodes {\n        receiver {\n          orgRef\n        }\n        region {\n          code\n        }\n      }\n    }\n  }\n": typeof types.FederationDisbursementsDocument,
    "\n  mutation FundingImportIati($xml: String!) {\n    importIatiActivities(xml: $xml) {\n      ok\n      error {\n        code\n        message\n        field\n      }\n      report {\n        version\n        read\n        created\n        updated\n        unchanged\n        rejected\n        rejections {\n          iatiIdentifier\n          element\n          reason\n        }\n        bins {\n          bin\n          status\n          ngo {\n            bin\n          }\n        }\n        newPartners\n      }\n    }\n  }\n": typeof types.FundingImportIatiDocument,
    "\n  query FundingExport {\n    iatiExport(iatiIdentifiers: [\"XI-IATI-EC_INTPA-KZ-TEST-203-01\"]) {\n      activityCount\n      xml\n    }\n  }\n": typeof types.FundingExportDocument,
    "\n  query FundingConvert {\n    convert(amount: \"1000.00\", currency: \"EUR\", valueDate: \"2025-11-15\", to: KZT) {\n      converted {\n        amount\n        currency\n      }\n      rateDate\n      rates {\n        currency\n        date\n        rate\n      }\n    }\n  }\n": typeof types.FundingConvertDocument,
    "\n  mutation FundingImportRates($xml: String!) {\n    importExchangeRates(xml: $xml) {\n      ok\n      error {\n        code\n      }\n      days\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.FundingImportRatesDocument,
    "\n  mutation FundingSubmitReport($input: RecipientReportInput!) {\n    submitRecipientReport(input: $input) {\n      ok\n      error {\n        code\n        message\n        field\n      }\n      created\n      updated\n      unchanged\n      rejected\n      problems {\n        field\n        reason\n      }\n      reports {\n        id\n        ref\n        value {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.FundingSubmitReportDocument,
    "\n  mutation FundingImportCsv($csv: String!) {\n    importRecipientReportsCsv(csv: $csv) {\n      ok\n      created\n      unchanged\n      rejected\n      problems {\n        line\n        field\n        reason\n      }\n    }\n  }\n": typeof types.FundingImportCsvDocument,
    "\n  query FundingReconciliation {\n    reconciliation(\n      activityIdentifier: \"XI-IATI-EC_INTPA-KZ-TEST-203-01\"\n      from: \"2024-01-01\"\n      to: \"2025-12-31\"\n      currency: EUR\n    ) {\n      lines {\n        recipientOrgRef\n        status\n        items {\n          status\n          received {\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.FundingReconciliationDocument,
    "\n  query FundingBySdg {\n    fundingBySdg(filter: { from: \"2021-01-01\", to: \"2025-11-20\" }, currency: EUR) {\n      goal {\n        goal\n      }\n      converted {\n        disbursed {\n          amount\n          currency\n        }\n      }\n      targets {\n        target\n      }\n    }\n  }\n": typeof types.FundingBySdgDocument,
    "\n  query FundingRegions {\n    regions {\n      code\n      funding {\n        inCurrency(currency: KZT) {\n          disbursed {\n            amount\n            currency\n          }\n        }\n        bySdg {\n          goal {\n            goal\n          }\n        }\n        byDonor(currency: KZT) {\n          donorOrgRef\n          converted {\n            disbursed {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FundingRegionsDocument,
    "\n  query FirstActivities($first: Int!) {\n    activities(first: $first) {\n      nodes {\n        id\n        iatiIdentifier\n        title\n      }\n    }\n  }\n": typeof types.FirstActivitiesDocument,
    "\n  query ActivitiesByKey($a: String!, $b: String!, $id: ID!) {\n    a: activity(iatiIdentifier: $a) {\n      id\n      iatiIdentifier\n      title\n    }\n    b: activity(iatiIdentifier: $b) {\n      id\n      iatiIdentifier\n      title\n    }\n    byId: activity(id: $id) {\n      id\n      iatiIdentifier\n      title\n    }\n    missing: activity(iatiIdentifier: \"XM-NO-SUCH-ACTIVITY\") {\n      id\n    }\n  }\n": typeof types.ActivitiesByKeyDocument,
    "\n  query ActivityTransactions($identifier: String!) {\n    activity(iatiIdentifier: $identifier) {\n      id\n      transactions(first: 3) {\n        nodes {\n          activity {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivityTransactionsDocument,
    "\n  fragment ChangeResult on NgoChangeResult {\n    ok\n    ngo {\n      id\n      bin\n      status\n      region {\n        code\n      }\n      sectors\n      names {\n        ru\n        kk\n      }\n    }\n    error {\n      code\n      message\n      field\n      existingNgoId\n    }\n  }\n": typeof types.ChangeResultFragmentDoc,
    "\n  mutation Register($input: RegisterNgoInput!) {\n    registerNgo(input: $input) {\n      ...ChangeResult\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Update($id: ID!, $input: UpdateNgoInput!) {\n    updateNgo(id: $id, input: $input) {\n      ...ChangeResult\n    }\n  }\n": typeof types.UpdateDocument,
    "\n  mutation ChangeStatus($id: ID!, $status: NgoStatus!, $reason: String!) {\n    changeNgoStatus(id: $id, status: $status, reason: $reason) {\n      ...ChangeResult\n    }\n  }\n": typeof types.ChangeStatusDocument,
    "\n  query Audit($filter: NgoAuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        action\n        actor {\n          subject\n          role\n        }\n        at\n        reason\n        changedFields\n        before\n        after\n        requestId\n        ngo {\n          id\n          bin\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditDocument,
    "\n  query RegionTotal($code: ID!) {\n    region(code: $code) {\n      ngoStatistics {\n        total\n      }\n    }\n  }\n": typeof types.RegionTotalDocument,
    "\n  query NgoById($id: ID!) {\n    ngo(id: $id) {\n      status\n      bin\n    }\n  }\n": typeof types.NgoByIdDocument,
    "\n  query NgoByBin($bin: String!) {\n    ngo(bin: $bin) {\n      id\n    }\n  }\n": typeof types.NgoByBinDocument,
};
const documents: Documents = {
    "\n  query NgoPage($first: Int!, $filter: NgoFilter) {\n    ngos(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        bin\n        name\n        region {\n          code\n          name(language: EN)\n        }\n        councilSeats {\n          id\n          council {\n            id\n            level\n          }\n        }\n        funding {\n          received {\n            amount\n            currency\n          }\n          donors {\n            orgRef\n          }\n        }\n      }\n    }\n  }\n": types.NgoPageDocument,
    "\n  query FederationOneNgo($bin: String!) {\n    ngo(bin: $bin) {\n      id\n      bin\n      status\n      names {\n        ru\n      }\n      region {\n        code\n        name(language: EN)\n      }\n      councilSeats {\n        id\n        council {\n          id\n          level\n        }\n      }\n      funding {\n        received {\n          amount\n          currency\n        }\n        donors {\n          orgRef\n        }\n      }\n    }\n  }\n": types.FederationOneNgoDocument,
    "\n  query FederationRegions {\n    regions {\n      code\n      ngos(filter: { statuses: [ACTIVE] }) {\n        totalCount\n      }\n      councils {\n        totalCount\n      }\n      funding {\n        transactionCount\n      }\n    }\n  }\n": types.FederationRegionsDocument,
    "\n  query FederationActiveNgos {\n    ngos(filter: { statuses: [ACTIVE] }) {\n      totalCount\n    }\n  }\n": types.FederationActiveNgosDocument,
    "\n  query FederationFirstFive {\n    ngos(first: 5) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.FederationFirstFiveDocument,
    "\n  query FederationNextFive($after: String) {\n    ngos(first: 5, after: $after) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.FederationNextFiveDocument,
    "\n  query FederationFirstTen {\n    ngos(first: 10) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.FederationFirstTenDocument,
    "\n  query FederationTwoNgos {\n    ngos(first: 2) {\n      nodes {\n        id\n        bin\n      }\n    }\n  }\n": types.FederationTwoNgosDocument,
    "\n  query FederationMemberOfNgo {\n    councilMembers(first: 1, filter: { representsNgo: true }) {\n      nodes {\n        id\n        representing {\n          id\n        }\n      }\n    }\n  }\n": types.FederationMemberOfNgoDocument,
    "\n  query FederationDisbursements {\n    transactions(first: 100, filter: { types: [DISBURSEMENT] }) {\n      nodes {\n        receiver {\n          orgRef\n        }\n        region {\n          code\n        }\n      }\n    }\n  }\n": types.FederationDisbursementsDocument,
    "\n  mutation FundingImportIati($xml: String!) {\n    importIatiActivities(xml: $xml) {\n      ok\n      error {\n        code\n        message\n        field\n      }\n      report {\n        version\n        read\n        created\n        updated\n        unchanged\n        rejected\n        rejections {\n          iatiIdentifier\n          element\n          reason\n        }\n        bins {\n          bin\n          status\n          ngo {\n            bin\n          }\n        }\n        newPartners\n      }\n    }\n  }\n": types.FundingImportIatiDocument,
    "\n  query FundingExport {\n    iatiExport(iatiIdentifiers: [\"XI-IATI-EC_INTPA-KZ-TEST-203-01\"]) {\n      activityCount\n      xml\n    }\n  }\n": types.FundingExportDocument,
    "\n  query FundingConvert {\n    convert(amount: \"1000.00\", currency: \"EUR\", valueDate: \"2025-11-15\", to: KZT) {\n      converted {\n        amount\n        currency\n      }\n      rateDate\n      rates {\n        currency\n        date\n        rate\n      }\n    }\n  }\n": types.FundingConvertDocument,
    "\n  mutation FundingImportRates($xml: String!) {\n    importExchangeRates(xml: $xml) {\n      ok\n      error {\n        code\n      }\n      days\n      created\n      updated\n      unchanged\n    }\n  }\n": types.FundingImportRatesDocument,
    "\n  mutation FundingSubmitReport($input: RecipientReportInput!) {\n    submitRecipientReport(input: $input) {\n      ok\n      error {\n        code\n        message\n        field\n      }\n      created\n      updated\n      unchanged\n      rejected\n      problems {\n        field\n        reason\n      }\n      reports {\n        id\n        ref\n        value {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.FundingSubmitReportDocument,
    "\n  mutation FundingImportCsv($csv: String!) {\n    importRecipientReportsCsv(csv: $csv) {\n      ok\n      created\n      unchanged\n      rejected\n      problems {\n        line\n        field\n        reason\n      }\n    }\n  }\n": types.FundingImportCsvDocument,
    "\n  query FundingReconciliation {\n    reconciliation(\n      activityIdentifier: \"XI-IATI-EC_INTPA-KZ-TEST-203-01\"\n      from: \"2024-01-01\"\n      to: \"2025-12-31\"\n      currency: EUR\n    ) {\n      lines {\n        recipientOrgRef\n        status\n        items {\n          status\n          received {\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.FundingReconciliationDocument,
    "\n  query FundingBySdg {\n    fundingBySdg(filter: { from: \"2021-01-01\", to: \"2025-11-20\" }, currency: EUR) {\n      goal {\n        goal\n      }\n      converted {\n        disbursed {\n          amount\n          currency\n        }\n      }\n      targets {\n        target\n      }\n    }\n  }\n": types.FundingBySdgDocument,
    "\n  query FundingRegions {\n    regions {\n      code\n      funding {\n        inCurrency(currency: KZT) {\n          disbursed {\n            amount\n            currency\n          }\n        }\n        bySdg {\n          goal {\n            goal\n          }\n        }\n        byDonor(currency: KZT) {\n          donorOrgRef\n          converted {\n            disbursed {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FundingRegionsDocument,
    "\n  query FirstActivities($first: Int!) {\n    activities(first: $first) {\n      nodes {\n        id\n        iatiIdentifier\n        title\n      }\n    }\n  }\n": types.FirstActivitiesDocument,
    "\n  query ActivitiesByKey($a: String!, $b: String!, $id: ID!) {\n    a: activity(iatiIdentifier: $a) {\n      id\n      iatiIdentifier\n      title\n    }\n    b: activity(iatiIdentifier: $b) {\n      id\n      iatiIdentifier\n      title\n    }\n    byId: activity(id: $id) {\n      id\n      iatiIdentifier\n      title\n    }\n    missing: activity(iatiIdentifier: \"XM-NO-SUCH-ACTIVITY\") {\n      id\n    }\n  }\n": types.ActivitiesByKeyDocument,
    "\n  query ActivityTransactions($identifier: String!) {\n    activity(iatiIdentifier: $identifier) {\n      id\n      transactions(first: 3) {\n        nodes {\n          activity {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ActivityTransactionsDocument,
    "\n  fragment ChangeResult on NgoChangeResult {\n    ok\n    ngo {\n      id\n      bin\n      status\n      region {\n        code\n      }\n      sectors\n      names {\n        ru\n        kk\n      }\n    }\n    error {\n      code\n      message\n      field\n      existingNgoId\n    }\n  }\n": types.ChangeResultFragmentDoc,
    "\n  mutation Register($input: RegisterNgoInput!) {\n    registerNgo(input: $input) {\n      ...ChangeResult\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Update($id: ID!, $input: UpdateNgoInput!) {\n    updateNgo(id: $id, input: $input) {\n      ...ChangeResult\n    }\n  }\n": types.UpdateDocument,
    "\n  mutation ChangeStatus($id: ID!, $status: NgoStatus!, $reason: String!) {\n    changeNgoStatus(id: $id, status: $status, reason: $reason) {\n      ...ChangeResult\n    }\n  }\n": types.ChangeStatusDocument,
    "\n  query Audit($filter: NgoAuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        action\n        actor {\n          subject\n          role\n        }\n        at\n        reason\n        changedFields\n        before\n        after\n        requestId\n        ngo {\n          id\n          bin\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditDocument,
    "\n  query RegionTotal($code: ID!) {\n    region(code: $code) {\n      ngoStatistics {\n        total\n      }\n    }\n  }\n": types.RegionTotalDocument,
    "\n  query NgoById($id: ID!) {\n    ngo(id: $id) {\n      status\n      bin\n    }\n  }\n": types.NgoByIdDocument,
    "\n  query NgoByBin($bin: String!) {\n    ngo(bin: $bin) {\n      id\n    }\n  }\n": types.NgoByBinDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NgoPage($first: Int!, $filter: NgoFilter) {\n    ngos(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        bin\n        name\n        region {\n          code\n          name(language: EN)\n        }\n        councilSeats {\n          id\n          council {\n            id\n            level\n          }\n        }\n        funding {\n          received {\n            amount\n            currency\n          }\n          donors {\n            orgRef\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NgoPage($first: Int!, $filter: NgoFilter) {\n    ngos(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        bin\n        name\n        region {\n          code\n          name(language: EN)\n        }\n        councilSeats {\n          id\n          council {\n            id\n            level\n          }\n        }\n        funding {\n          received {\n            amount\n            currency\n          }\n          donors {\n            orgRef\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationOneNgo($bin: String!) {\n    ngo(bin: $bin) {\n      id\n      bin\n      status\n      names {\n        ru\n      }\n      region {\n        code\n        name(language: EN)\n      }\n      councilSeats {\n        id\n        council {\n          id\n          level\n        }\n      }\n      funding {\n        received {\n          amount\n          currency\n        }\n        donors {\n          orgRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FederationOneNgo($bin: String!) {\n    ngo(bin: $bin) {\n      id\n      bin\n      status\n      names {\n        ru\n      }\n      region {\n        code\n        name(language: EN)\n      }\n      councilSeats {\n        id\n        council {\n          id\n          level\n        }\n      }\n      funding {\n        received {\n          amount\n          currency\n        }\n        donors {\n          orgRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationRegions {\n    regions {\n      code\n      ngos(filter: { statuses: [ACTIVE] }) {\n        totalCount\n      }\n      councils {\n        totalCount\n      }\n      funding {\n        transactionCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query FederationRegions {\n    regions {\n      code\n      ngos(filter: { statuses: [ACTIVE] }) {\n        totalCount\n      }\n      councils {\n        totalCount\n      }\n      funding {\n        transactionCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationActiveNgos {\n    ngos(filter: { statuses: [ACTIVE] }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FederationActiveNgos {\n    ngos(filter: { statuses: [ACTIVE] }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationFirstFive {\n    ngos(first: 5) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query FederationFirstFive {\n    ngos(first: 5) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationNextFive($after: String) {\n    ngos(first: 5, after: $after) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query FederationNextFive($after: String) {\n    ngos(first: 5, after: $after) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationFirstTen {\n    ngos(first: 10) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query FederationFirstTen {\n    ngos(first: 10) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationTwoNgos {\n    ngos(first: 2) {\n      nodes {\n        id\n        bin\n      }\n    }\n  }\n"): (typeof documents)["\n  query FederationTwoNgos {\n    ngos(first: 2) {\n      nodes {\n        id\n        bin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationMemberOfNgo {\n    councilMembers(first: 1, filter: { representsNgo: true }) {\n      nodes {\n        id\n        representing {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FederationMemberOfNgo {\n    councilMembers(first: 1, filter: { representsNgo: true }) {\n      nodes {\n        id\n        representing {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationDisbursements {\n    transactions(first: 100, filter: { types: [DISBURSEMENT] }) {\n      nodes {\n        receiver {\n          orgRef\n        }\n        region {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FederationDisbursements {\n    transactions(first: 100, filter: { types: [DISBURSEMENT] }) {\n      nodes {\n        receiver {\n          orgRef\n        }\n        region {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundingImportIati($xml: String!) {\n    importIatiActivities(xml: $xml) {\n      ok\n      error {\n        code\n        message\n        field\n      }\n      report {\n        version\n        read\n        created\n        updated\n        unchanged\n        rejected\n        rejections {\n          iatiIdentifier\n          element\n          reason\n        }\n        bins {\n          bin\n          status\n          ngo {\n            bin\n          }\n        }\n        newPartners\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundingImportIati($xml: String!) {\n    importIatiActivities(xml: $xml) {\n      ok\n      error {\n        code\n        message\n        field\n      }\n      report {\n        version\n        read\n        created\n        updated\n        unchanged\n        rejected\n        rejections {\n          iatiIdentifier\n          element\n          reason\n        }\n        bins {\n          bin\n          status\n          ngo {\n            bin\n          }\n        }\n        newPartners\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundingExport {\n    iatiExport(iatiIdentifiers: [\"XI-IATI-EC_INTPA-KZ-TEST-203-01\"]) {\n      activityCount\n      xml\n    }\n  }\n"): (typeof documents)["\n  query FundingExport {\n    iatiExport(iatiIdentifiers: [\"XI-IATI-EC_INTPA-KZ-TEST-203-01\"]) {\n      activityCount\n      xml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundingConvert {\n    convert(amount: \"1000.00\", currency: \"EUR\", valueDate: \"2025-11-15\", to: KZT) {\n      converted {\n        amount\n        currency\n      }\n      rateDate\n      rates {\n        currency\n        date\n        rate\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundingConvert {\n    convert(amount: \"1000.00\", currency: \"EUR\", valueDate: \"2025-11-15\", to: KZT) {\n      converted {\n        amount\n        currency\n      }\n      rateDate\n      rates {\n        currency\n        date\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundingImportRates($xml: String!) {\n    importExchangeRates(xml: $xml) {\n      ok\n      error {\n        code\n      }\n      days\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation FundingImportRates($xml: String!) {\n    importExchangeRates(xml: $xml) {\n      ok\n      error {\n        code\n      }\n      days\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundingSubmitReport($input: RecipientReportInput!) {\n    submitRecipientReport(input: $input) {\n      ok\n      error {\n        code\n        message\n        field\n      }\n      created\n      updated\n      unchanged\n      rejected\n      problems {\n        field\n        reason\n      }\n      reports {\n        id\n        ref\n        value {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundingSubmitReport($input: RecipientReportInput!) {\n    submitRecipientReport(input: $input) {\n      ok\n      error {\n        code\n        message\n        field\n      }\n      created\n      updated\n      unchanged\n      rejected\n      problems {\n        field\n        reason\n      }\n      reports {\n        id\n        ref\n        value {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundingImportCsv($csv: String!) {\n    importRecipientReportsCsv(csv: $csv) {\n      ok\n      created\n      unchanged\n      rejected\n      problems {\n        line\n        field\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundingImportCsv($csv: String!) {\n    importRecipientReportsCsv(csv: $csv) {\n      ok\n      created\n      unchanged\n      rejected\n      problems {\n        line\n        field\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundingReconciliation {\n    reconciliation(\n      activityIdentifier: \"XI-IATI-EC_INTPA-KZ-TEST-203-01\"\n      from: \"2024-01-01\"\n      to: \"2025-12-31\"\n      currency: EUR\n    ) {\n      lines {\n        recipientOrgRef\n        status\n        items {\n          status\n          received {\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundingReconciliation {\n    reconciliation(\n      activityIdentifier: \"XI-IATI-EC_INTPA-KZ-TEST-203-01\"\n      from: \"2024-01-01\"\n      to: \"2025-12-31\"\n      currency: EUR\n    ) {\n      lines {\n        recipientOrgRef\n        status\n        items {\n          status\n          received {\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundingBySdg {\n    fundingBySdg(filter: { from: \"2021-01-01\", to: \"2025-11-20\" }, currency: EUR) {\n      goal {\n        goal\n      }\n      converted {\n        disbursed {\n          amount\n          currency\n        }\n      }\n      targets {\n        target\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundingBySdg {\n    fundingBySdg(filter: { from: \"2021-01-01\", to: \"2025-11-20\" }, currency: EUR) {\n      goal {\n        goal\n      }\n      converted {\n        disbursed {\n          amount\n          currency\n        }\n      }\n      targets {\n        target\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundingRegions {\n    regions {\n      code\n      funding {\n        inCurrency(currency: KZT) {\n          disbursed {\n            amount\n            currency\n          }\n        }\n        bySdg {\n          goal {\n            goal\n          }\n        }\n        byDonor(currency: KZT) {\n          donorOrgRef\n          converted {\n            disbursed {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundingRegions {\n    regions {\n      code\n      funding {\n        inCurrency(currency: KZT) {\n          disbursed {\n            amount\n            currency\n          }\n        }\n        bySdg {\n          goal {\n            goal\n          }\n        }\n        byDonor(currency: KZT) {\n          donorOrgRef\n          converted {\n            disbursed {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstActivities($first: Int!) {\n    activities(first: $first) {\n      nodes {\n        id\n        iatiIdentifier\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstActivities($first: Int!) {\n    activities(first: $first) {\n      nodes {\n        id\n        iatiIdentifier\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesByKey($a: String!, $b: String!, $id: ID!) {\n    a: activity(iatiIdentifier: $a) {\n      id\n      iatiIdentifier\n      title\n    }\n    b: activity(iatiIdentifier: $b) {\n      id\n      iatiIdentifier\n      title\n    }\n    byId: activity(id: $id) {\n      id\n      iatiIdentifier\n      title\n    }\n    missing: activity(iatiIdentifier: \"XM-NO-SUCH-ACTIVITY\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesByKey($a: String!, $b: String!, $id: ID!) {\n    a: activity(iatiIdentifier: $a) {\n      id\n      iatiIdentifier\n      title\n    }\n    b: activity(iatiIdentifier: $b) {\n      id\n      iatiIdentifier\n      title\n    }\n    byId: activity(id: $id) {\n      id\n      iatiIdentifier\n      title\n    }\n    missing: activity(iatiIdentifier: \"XM-NO-SUCH-ACTIVITY\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityTransactions($identifier: String!) {\n    activity(iatiIdentifier: $identifier) {\n      id\n      transactions(first: 3) {\n        nodes {\n          activity {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityTransactions($identifier: String!) {\n    activity(iatiIdentifier: $identifier) {\n      id\n      transactions(first: 3) {\n        nodes {\n          activity {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeResult on NgoChangeResult {\n    ok\n    ngo {\n      id\n      bin\n      status\n      region {\n        code\n      }\n      sectors\n      names {\n        ru\n        kk\n      }\n    }\n    error {\n      code\n      message\n      field\n      existingNgoId\n    }\n  }\n"): (typeof documents)["\n  fragment ChangeResult on NgoChangeResult {\n    ok\n    ngo {\n      id\n      bin\n      status\n      region {\n        code\n      }\n      sectors\n      names {\n        ru\n        kk\n      }\n    }\n    error {\n      code\n      message\n      field\n      existingNgoId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterNgoInput!) {\n    registerNgo(input: $input) {\n      ...ChangeResult\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterNgoInput!) {\n    registerNgo(input: $input) {\n      ...ChangeResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Update($id: ID!, $input: UpdateNgoInput!) {\n    updateNgo(id: $id, input: $input) {\n      ...ChangeResult\n    }\n  }\n"): (typeof documents)["\n  mutation Update($id: ID!, $input: UpdateNgoInput!) {\n    updateNgo(id: $id, input: $input) {\n      ...ChangeResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStatus($id: ID!, $status: NgoStatus!, $reason: String!) {\n    changeNgoStatus(id: $id, status: $status, reason: $reason) {\n      ...ChangeResult\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeStatus($id: ID!, $status: NgoStatus!, $reason: String!) {\n    changeNgoStatus(id: $id, status: $status, reason: $reason) {\n      ...ChangeResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Audit($filter: NgoAuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        action\n        actor {\n          subject\n          role\n        }\n        at\n        reason\n        changedFields\n        before\n        after\n        requestId\n        ngo {\n          id\n          bin\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Audit($filter: NgoAuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        action\n        actor {\n          subject\n          role\n        }\n        at\n        reason\n        changedFields\n        before\n        after\n        requestId\n        ngo {\n          id\n          bin\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionTotal($code: ID!) {\n    region(code: $code) {\n      ngoStatistics {\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionTotal($code: ID!) {\n    region(code: $code) {\n      ngoStatistics {\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NgoById($id: ID!) {\n    ngo(id: $id) {\n      status\n      bin\n    }\n  }\n"): (typeof documents)["\n  query NgoById($id: ID!) {\n    ngo(id: $id) {\n      status\n      bin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NgoByBin($bin: String!) {\n    ngo(bin: $bin) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query NgoByBin($bin: String!) {\n    ngo(bin: $bin) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;