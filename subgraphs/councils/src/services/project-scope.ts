/** The projects a statistic or trend is about: CouncilProjectFilter validated and normalized, so equal filters make equal DataLoader keys. */
import { validateId } from '../../../../lib/graphql/errors.js';
import { distinctSorted, isoDay, validatePeriod, validateRegionCodes } from '../../../../lib/graphql/filters.js';
import type { CouncilLevel, CouncilProjectFilter, PolicyField, ProjectOutcome } from '../generated/graphql.js';

export interface ProjectScope {
  councilIds: string[] | null;
  regionCodes: string[] | null;
  levels: CouncilLevel[] | null;
  fields: PolicyField[] | null;
  outcomes: ProjectOutcome[] | null;
  /** Days considered, both included, 'YYYY-MM-DD'. */
  consideredFrom: string | null;
  consideredTo: string | null;
}

export function projectScope(filter: CouncilProjectFilter | null | undefined): ProjectScope {
  validateRegionCodes(filter?.regionCodes, 'filter.regionCodes');
  filter?.councilIds?.forEach((id) => validateId(id, 'filter.councilIds'));
  validatePeriod(filter?.consideredFrom, filter?.consideredTo, 'filter.consideredFrom', 'filter.consideredTo');
  return {
    councilIds: distinctSorted(filter?.councilIds),
    regionCodes: distinctSorted(filter?.regionCodes),
    levels: distinctSorted(filter?.levels),
    fields: distinctSorted(filter?.fields),
    outcomes: distinctSorted(filter?.outcomes),
    consideredFrom: isoDay(filter?.consideredFrom),
    consideredTo: isoDay(filter?.consideredTo),
  };
}
