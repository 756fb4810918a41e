import { pickLabel } from '../../../../lib/domain/labels.js';
import { knownCode } from '../../../../lib/domain/terms.js';
import { POLICY_FIELDS } from '../domain/policy-fields.js';
import { chosenLanguage } from '../../../../lib/graphql/language.js';
import { provenanceOf } from '../../../../lib/graphql/provenance.js';
import type {
  CivilForumResolvers,
  CouncilMemberResolvers,
  CouncilProjectResolvers,
  PublicCouncilResolvers,
} from '../generated/graphql.js';
import type { PublicCouncil as PublicCouncilRow } from '../generated/prisma/client.js';
import { listMembers, listProjects, projectWhere } from '../services/councils.js';

function names(council: PublicCouncilRow) {
  return { kk: council.nameKk, ru: council.nameRu, en: council.nameEn };
}

/** A row's council, which must exist: the foreign key guarantees it. */
async function councilOf(row: { councilId: string }, loader: { load(id: string): Promise<PublicCouncilRow | null> }) {
  const council = await loader.load(row.councilId);
  if (!council) throw new Error(`council ${row.councilId} is missing`);
  return council;
}

export const PublicCouncil: PublicCouncilResolvers = {
  provenance: (row) => provenanceOf(row),
  __resolveReference: (reference, { loaders }) => loaders.councilById.load(reference.id),
  name: (council, { language }, context) => pickLabel(names(council), chosenLanguage(language, context.language)),
  names,
  region: (council) => (council.regionCode ? { code: council.regionCode } : null),
  memberCount: (council, _args, { loaders }) => loaders.memberCountByCouncilId.load(council.id),
  members: (council, { first, after }, { db }) => listMembers(db, { councilId: council.id }, { first, after }),
  projects: (council, { filter, first, after }, { db }) =>
    listProjects(
      db,
      { ...projectWhere({ ...filter, councilIds: null, regionCodes: null }), councilId: council.id },
      { first, after },
    ),
};

export const CouncilMember: CouncilMemberResolvers = {
  provenance: (row) => provenanceOf(row),
  __resolveReference: (reference, { loaders }) => loaders.memberById.load(reference.id),
  council: (member, _args, { loaders }) => councilOf(member, loaders.councilById),
  representing: (member) => (member.ngoId ? { id: member.ngoId } : null),
  // Personal data: @access in the SDL restricts it to analysts and admins, at the gateway and here.
  contact: (member) => member,
};

export const CouncilProject: CouncilProjectResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.projectById.load(reference.id),
  // The column holds PolicyField codes only.
  field: (project) => knownCode(POLICY_FIELDS, project.field),
  council: (project, _args, { loaders }) => councilOf(project, loaders.councilById),
};

export const CivilForum: CivilForumResolvers = {
  platforms: (forum, _args, { loaders }) => loaders.platformsByForumId.load(forum.id),
  platformCount: async (forum, _args, { loaders }) => (await loaders.platformsByForumId.load(forum.id)).length,
};
