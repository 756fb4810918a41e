/**
 * The demo data set: pure and deterministic. The same call returns the same
 * rows on every machine and every day; `scale` multiplies the NGO and council
 * project counts (scale 10: 180,000 active NGOs, about 90,000 projects).
 */
import { generateProjects } from './council-projects.js';
import { generateMembers, planCouncils } from './councils.js';
import { generateForums } from './forums.js';
import { NgoPool } from './ngo-pool.js';
import { generateNgos } from './ngos.js';
import { generatePartners } from './partners.js';
import { createRandom } from './random.js';
import type { DemoData } from './types.js';

// One seed per part, so reworking one part leaves the others' rows as they were.
const SEEDS = { ngos: 18_000, councils: 383, forums: 12, partners: 41_114 } as const;

export interface GenerateOptions {
  /** Multiplies the NGO and project counts; 1 gives the published figures. */
  scale?: number;
}

export function generateDemoData(options: GenerateOptions = {}): DemoData {
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale < 0.01) throw new Error(`scale must be a number of at least 0.01, got ${scale}`);

  const ngos = generateNgos(createRandom(SEEDS.ngos), scale);
  const pool = new NgoPool(ngos.filter((ngo) => ngo.status === 'ACTIVE'));

  const councilsRandom = createRandom(SEEDS.councils);
  const plans = planCouncils(councilsRandom);
  const councilMembers = generateMembers(councilsRandom, plans, pool);
  const councilProjects = generateProjects(councilsRandom, plans, scale);

  return {
    ngos: { ngos },
    councils: {
      publicCouncils: plans.map((plan) => plan.row),
      councilMembers,
      councilProjects,
      ...generateForums(createRandom(SEEDS.forums)),
    },
    partners: generatePartners(createRandom(SEEDS.partners), pool),
  };
}
