/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The legal form of a non-commercial organization under Kazakh law. */
export type LegalForm =
  /** Association of legal entities (объединение юридических лиц в форме ассоциации). */
  | 'ASSOCIATION_OF_LEGAL_ENTITIES'
  /** Consumer cooperative. */
  | 'CONSUMER_COOPERATIVE'
  /** Private institution (частное учреждение). */
  | 'PRIVATE_INSTITUTION'
  /** Public association (общественное объединение). */
  | 'PUBLIC_ASSOCIATION'
  /** Public foundation (общественный фонд). */
  | 'PUBLIC_FOUNDATION'
  /** Religious association. */
  | 'RELIGIOUS_ASSOCIATION';

/** What a registry change did. */
export type NgoAuditAction =
  /** A new NGO was registered. */
  | 'REGISTERED'
  /** An NGO's status changed. */
  | 'STATUS_CHANGED'
  /** An NGO's record was corrected. */
  | 'UPDATED';

/** Conditions on audit-log entries; every condition given must hold. */
export type NgoAuditFilter = {
  /** Entries of these kinds. */
  actions?: Array<NgoAuditAction> | null | undefined;
  /** Entries made by these users (token subjects). */
  actorSubjects?: Array<string> | null | undefined;
  /** Made on or after this day (UTC). */
  from?: string | Date | null | undefined;
  /** Entries about these NGOs (registry ids). */
  ngoIds?: Array<string | number> | null | undefined;
  /** Made on or before this day (UTC). */
  to?: string | Date | null | undefined;
};

/** Kinds of refused registry changes. */
export type NgoChangeErrorCode =
  /** An NGO with that BIN is registered already; `existingNgoId` is its id. */
  | 'DUPLICATE_BIN'
  /** A value is malformed or out of range; `field` names it. */
  | 'INVALID_INPUT'
  /** The change is not allowed from the NGO's current status (a liquidated record is closed; a status cannot change to itself). */
  | 'INVALID_STATUS_CHANGE'
  /** No NGO has that id. */
  | 'NOT_FOUND';

/** An NGO's public contacts; a field given as null clears it. */
export type NgoContactsInput = {
  /** Registered postal address. */
  address?: string | null | undefined;
  /** E-mail address, e.g. info@example.kz. */
  email?: string | null | undefined;
  /** Telephone number in international form, e.g. +7 701 123 45 67. */
  phone?: string | null | undefined;
  /** Web site address starting with http:// or https://. */
  website?: string | null | undefined;
};

/** An NGO's names; Russian is required, as the registry keeps every record in it. */
export type NgoNamesInput = {
  /** The name in English. */
  en?: string | null | undefined;
  /** The name in Kazakh. */
  kk?: string | null | undefined;
  /** The name in Russian. */
  ru: string;
};

/** The registration status of an NGO. */
export type NgoStatus =
  /** Registered and operating. */
  | 'ACTIVE'
  /** Liquidated; the record is kept for history. */
  | 'LIQUIDATED'
  /** Activity suspended by a court or the registering body. */
  | 'SUSPENDED';

/** A new NGO. */
export type RegisterNgoInput = {
  /** The 12-digit BIN; its first four digits are the year and month of registration, its fifth 4 or 5 (a legal entity). */
  bin: string;
  /** Public contacts. */
  contacts?: NgoContactsInput | null | undefined;
  /** The legal form. */
  legalForm: LegalForm;
  /** The NGO's names. */
  names: NgoNamesInput;
  /** The region of the registered address (ISO 3166-2:KZ, e.g. KZ-75). */
  regionCode: string | number;
  /** The date of state registration; in the month the BIN names, not in the future. */
  registeredOn: string | Date;
  /** The sectors it works in: 1 to 5. */
  sectors: Array<Sector>;
};

/** A sector an NGO works in. */
export type Sector =
  /** Animal welfare. */
  | 'ANIMAL_WELFARE'
  /** Children. */
  | 'CHILDREN'
  /** Culture and arts. */
  | 'CULTURE'
  /** Digitalization. */
  | 'DIGITALIZATION'
  /** Persons with disabilities. */
  | 'DISABILITY'
  /** Education. */
  | 'EDUCATION'
  /** Elderly people and veterans. */
  | 'ELDERLY_AND_VETERANS'
  /** Environment. */
  | 'ENVIRONMENT'
  /** Gender equality and family. */
  | 'GENDER_EQUALITY'
  /** Health. */
  | 'HEALTH'
  /** Human rights. */
  | 'HUMAN_RIGHTS'
  /** Interethnic harmony. */
  | 'INTERETHNIC_HARMONY'
  /** Legal education and aid. */
  | 'LEGAL_EDUCATION'
  /** Media and information. */
  | 'MEDIA'
  /** Rural development. */
  | 'RURAL_DEVELOPMENT'
  /** Science and innovation. */
  | 'SCIENCE'
  /** Social protection. */
  | 'SOCIAL_PROTECTION'
  /** Sport. */
  | 'SPORT'
  /** Volunteering and charity. */
  | 'VOLUNTEERING'
  /** Youth. */
  | 'YOUTH';

/** Corrections to an NGO's record; omitted fields stay as they are. The BIN and registration date identify the NGO and do not change. */
export type UpdateNgoInput = {
  /** Public contacts; only the contact fields given change. */
  contacts?: NgoContactsInput | null | undefined;
  /** The legal form. */
  legalForm?: LegalForm | null | undefined;
  /** The NGO's names (all three: a language left out is cleared). */
  names?: NgoNamesInput | null | undefined;
  /** The region of the registered address. */
  regionCode?: string | number | null | undefined;
  /** The sectors it works in: 1 to 5. */
  sectors?: Array<Sector> | null | undefined;
};

export type FirstActivitiesQueryVariables = Exact<{
  first: number;
}>;


export type FirstActivitiesQuery = { activities: { nodes: Array<{ id: string, iatiIdentifier: string, title: string }> } | null };

export type ActivitiesByKeyQueryVariables = Exact<{
  a: string;
  b: string;
  id: string | number;
}>;


export type ActivitiesByKeyQuery = { a: { id: string, iatiIdentifier: string, title: string } | null, b: { id: string, iatiIdentifier: string, title: string } | null, byId: { id: string, iatiIdentifier: string, title: string } | null, missing: { id: string } | null };

export type ActivityTransactionsQueryVariables = Exact<{
  identifier: string;
}>;


export type ActivityTransactionsQuery = { activity: { id: string, transactions: { nodes: Array<{ activity: { id: string } }> } } | null };

export type ChangeResultFragment = { ok: boolean, ngo: { id: string, bin: string, status: NgoStatus, sectors: Array<Sector>, region: { code: string }, names: { ru: string | null, kk: string | null } } | null, error: { code: NgoChangeErrorCode, message: string, field: string | null, existingNgoId: string | null } | null };

export type RegisterMutationVariables = Exact<{
  input: RegisterNgoInput;
}>;


export type RegisterMutation = { registerNgo: { ok: boolean, ngo: { id: string, bin: string, status: NgoStatus, sectors: Array<Sector>, region: { code: string }, names: { ru: string | null, kk: string | null } } | null, error: { code: NgoChangeErrorCode, message: string, field: string | null, existingNgoId: string | null } | null } };

export type UpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateNgoInput;
}>;


export type UpdateMutation = { updateNgo: { ok: boolean, ngo: { id: string, bin: string, status: NgoStatus, sectors: Array<Sector>, region: { code: string }, names: { ru: string | null, kk: string | null } } | null, error: { code: NgoChangeErrorCode, message: string, field: string | null, existingNgoId: string | null } | null } };

export type ChangeStatusMutationVariables = Exact<{
  id: string | number;
  status: NgoStatus;
  reason: string;
}>;


export type ChangeStatusMutation = { changeNgoStatus: { ok: boolean, ngo: { id: string, bin: string, status: NgoStatus, sectors: Array<Sector>, region: { code: string }, names: { ru: string | null, kk: string | null } } | null, error: { code: NgoChangeErrorCode, message: string, field: string | null, existingNgoId: string | null } | null } };

export type AuditQueryVariables = Exact<{
  filter?: NgoAuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditQuery = { auditLog: { totalCount: number, nodes: Array<{ action: NgoAuditAction, at: string | Date, reason: string | null, changedFields: Array<string>, before: Record<string, unknown> | null, after: Record<string, unknown>, requestId: string | null, actor: { subject: string, role: string }, ngo: { id: string, bin: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type RegionTotalQueryVariables = Exact<{
  code: string | number;
}>;


export type RegionTotalQuery = { region: { ngoStatistics: { total: number } } | null };

export type NgoByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NgoByIdQuery = { ngo: { status: NgoStatus, bin: string } | null };

export type NgoByBinQueryVariables = Exact<{
  bin: string;
}>;


export type NgoByBinQuery = { ngo: { id: string } | null };

export const ChangeResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NgoChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"ngo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"kk"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"existingNgoId"}}]}}]}}]} as unknown as DocumentNode<ChangeResultFragment, unknown>;
export const FirstActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<FirstActivitiesQuery, FirstActivitiesQueryVariables>;
export const ActivitiesByKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivitiesByKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iatiIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iatiIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byId"},"name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"missing"},"name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iatiIdentifier"},"value":{"kind":"StringValue","value":"XM-NO-SUCH-ACTIVITY","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActivitiesByKeyQuery, ActivitiesByKeyQueryVariables>;
export const ActivityTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iatiIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityTransactionsQuery, ActivityTransactionsQueryVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterNgoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerNgo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NgoChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"ngo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"kk"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"existingNgoId"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNgoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNgo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NgoChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"ngo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"kk"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"existingNgoId"}}]}}]}}]} as unknown as DocumentNode<UpdateMutation, UpdateMutationVariables>;
export const ChangeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NgoStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeNgoStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NgoChangeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"ngo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"kk"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"existingNgoId"}}]}}]}}]} as unknown as DocumentNode<ChangeStatusMutation, ChangeStatusMutationVariables>;
export const AuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Audit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NgoAuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"ngo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AuditQuery, AuditQueryVariables>;
export const RegionTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ngoStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<RegionTotalQuery, RegionTotalQueryVariables>;
export const NgoByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NgoById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ngo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bin"}}]}}]}}]} as unknown as DocumentNode<NgoByIdQuery, NgoByIdQueryVariables>;
export const NgoByBinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NgoByBin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ngo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NgoByBinQuery, NgoByBinQueryVariables>;