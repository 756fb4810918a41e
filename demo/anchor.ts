/**
 * The one date the demo data is anchored to. Everything the generator writes
 * is placed relative to it, never to today's date, so every run (and every
 * machine) produces the same rows and the same dashboard figures.
 */

/**
 * The 12th Civil Forum of Kazakhstan (Astana, late 2025). The published
 * figures name the forum but not the day: 20 November 2025 is our assumption.
 */
export const FORUM_DATE = '2025-11-20';

/** The three years before the forum (inclusive dates): "in the past three years ... about 9,000 projects". */
export const PROJECT_WINDOW = { from: '2022-11-20', to: '2025-11-19' } as const;

/** created_at / updated_at of every seeded row: the forum's day, not the moment of seeding. */
export const SEED_TIMESTAMP = `${FORUM_DATE}T00:00:00.000Z`;
