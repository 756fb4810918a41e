/** The demo data set and its seeder. */
export { FORUM_DATE, PROJECT_WINDOW, SEED_TIMESTAMP } from './anchor.js';
export { DEMO_FIGURES, WELL_KNOWN_BINS } from './figures.js';
export { generateDemoData, type GenerateOptions } from './generate.js';
export { seedSubgraph, type SeedOptions, type SeedResult } from './seed.js';
export type * from './types.js';
