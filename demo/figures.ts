/**
 * The targets the generator aims at, taken from the figures published at the
 * 12th Civil Forum (see /work/shared/DOMAIN.md). These are inputs: tests count
 * the generated rows themselves and compare with the published figures.
 */
export const DEMO_FIGURES = {
  /** "About 18,000 NGOs": ACTIVE ones, at scale 1. */
  activeNgos: 18_000,
  suspendedNgos: 300,
  liquidatedNgos: 900,
  /** "About 9,000 projects in the past three years", at scale 1; the count varies by ±1% around it. */
  councilProjectsInWindow: 9_000,
  /** Older projects, so that date filters matter. */
  councilProjectsBeforeWindow: 1_500,
  /** "More than 20 discussion platforms" at the 12th forum. */
  forumPlatforms: 22,
  /** UN activities in Kazakhstan, spread over the five agencies. */
  unActivities: 40,
  /** "The EU Delegation supports 13 organizations with about 5 million euros." */
  euRecipientNgos: 13,
  euCommitmentTotal: '4987500.00',
  /** "A Central Asia regional NGO project of 40.5 million euros." */
  euRegionalBudget: '40500000.00',
} as const;

/** The fixed NGOs at the head of the list, from DOMAIN.md's valid BIN examples. */
export const WELL_KNOWN_BINS = ['950440001673', '990940003030', '000640002067'] as const;
