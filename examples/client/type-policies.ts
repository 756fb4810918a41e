/**
 * How Apollo Client's InMemoryCache identifies civic-graph's objects. Types
 * with an `id` (Ngo, PublicCouncil, CouncilMember, CouncilProject, Partner,
 * Activity, Transaction, RecipientReport, NgoAuditEntry, SyncRun) need
 * nothing: the cache keys them `Ngo:<id>` when `id` is selected. The types
 * below have a natural key instead; select its fields wherever you select
 * the type, or the cache cannot key it. Everything else (statistics, counts,
 * Money, connections, labels) is a value that belongs to its parent and is
 * cached inside it; a forum's discussion platforms are part of their forum.
 */
import type { TypePolicies } from '@apollo/client';

export const typePolicies = {
  /** A region by its ISO 3166-2:KZ code, e.g. `Region:{"code":"KZ-75"}`. */
  Region: { keyFields: ['code'] },
  /** An edition of the Civil Forum by its number. */
  CivilForum: { keyFields: ['edition'] },
  /** A Sustainable Development Goal by its number. */
  SdgGoal: { keyFields: ['goal'] },
  /** The terms of the vocabularies (legends, filter menus) by their code; each label(language) is kept apart. */
  SectorTerm: { keyFields: ['code'] },
  NgoStatusTerm: { keyFields: ['code'] },
  LegalFormTerm: { keyFields: ['code'] },
  PolicyFieldTerm: { keyFields: ['code'] },
  ProjectOutcomeTerm: { keyFields: ['code'] },
  CouncilLevelTerm: { keyFields: ['code'] },
  /** An official rate by currency and day. */
  ExchangeRate: { keyFields: ['currency', 'date'] },
} satisfies TypePolicies;
