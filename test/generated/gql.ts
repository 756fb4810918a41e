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