/**
 * The projects public councils considered: about 9,000 in the three years
 * before the forum (PROJECT_WINDOW) plus older ones, on weekdays, fewer in
 * the holiday months; the forum's four fields the most common.
 */
import { FORUM_FIELDS, POLICY_FIELDS } from '../subgraphs/councils/src/domain/policy-fields.js';
import { PROJECT_WINDOW } from './anchor.js';
import { addDays, dateOf, dayOf, maxDate, monthOf, weekdayOf } from './dates.js';
import { DEMO_FIGURES } from './figures.js';
import type { CouncilPlan } from './councils.js';
import { PROJECT_TITLES, fillTitle } from './project-titles.js';
import { apportion, chance, pick, weightedPick, type Random } from './random.js';
import type { CouncilProjectRow, ProjectOutcome } from './types.js';

/** The forum's four fields lead, in its order; the others by how often councils meet them; a field missing here gets 3. */
const FORUM_FIELD_WEIGHTS = [16, 13, 12, 11];
const OTHER_FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  HEALTH: 7,
  EDUCATION: 7,
  HOUSING_AND_UTILITIES: 6,
  PUBLIC_FINANCE: 6,
  TRANSPORT: 5,
  YOUTH_POLICY: 5,
  ECONOMY: 5,
  AGRICULTURE: 4,
  CULTURE: 4,
  PUBLIC_SAFETY: 4,
  ANTI_CORRUPTION: 4,
};
function fieldWeight(code: string): number {
  const forum = (FORUM_FIELDS as readonly string[]).indexOf(code);
  return forum >= 0 ? (FORUM_FIELD_WEIGHTS[forum] ?? 11) : (OTHER_FIELD_WEIGHTS[code] ?? 3);
}
const WEIGHTED_FIELDS = POLICY_FIELDS.map((f) => ({ value: f.code, weight: fieldWeight(f.code) }));
const FIELD_LABELS = new Map<string, string>(POLICY_FIELDS.map((f) => [f.code, f.label.ru]));

const OUTCOMES: readonly { value: ProjectOutcome; weight: number }[] = [
  { value: 'SUPPORTED', weight: 68 },
  { value: 'SUPPORTED_WITH_REMARKS', weight: 20 },
  { value: 'RETURNED_FOR_REVISION', weight: 8 },
  { value: 'REJECTED', weight: 4 },
];

// Councils meet less in January and in the summer holidays.
const MONTH_ACTIVITY: Readonly<Record<number, number>> = { 1: 0.5, 7: 0.5, 8: 0.4 };

/** A weekday between two dates, inclusive, thinned out in the quiet months. */
function meetingDay(random: Random, from: string, to: string): string {
  const first = dayOf(from);
  const last = dayOf(to);
  for (;;) {
    const day = random.number.int({ min: first, max: last });
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6) continue;
    const date = dateOf(day);
    if (chance(random, MONTH_ACTIVITY[monthOf(date)] ?? 1)) return date;
  }
}

function projectField(random: Random, plan: CouncilPlan): string {
  const own = plan.fields.filter((f) => FIELD_LABELS.has(f));
  return own.length && chance(random, 0.6) ? pick(random, own) : weightedPick(random, WEIGHTED_FIELDS);
}

function projectTitle(random: Random, plan: CouncilPlan, field: string, consideredOn: string): string {
  const titles = PROJECT_TITLES[field];
  if (!titles) return `Вопросы в сфере «${FIELD_LABELS.get(field) ?? field}» ${plan.place ?? 'Республики Казахстан'}`;
  return fillTitle(pick(random, plan.place ? titles.local : titles.national), plan.place, consideredOn);
}

function projectsOver(
  random: Random,
  plans: readonly CouncilPlan[],
  total: number,
  range: { from: string; to: string },
): CouncilProjectRow[] {
  // A council considers projects from a month after it was formed.
  const open = plans.filter((p) => addDays(p.row.formedOn, 30) <= range.to);
  const counts = apportion(
    total,
    open.map((p) => p.weight),
    1,
  );
  const projects: CouncilProjectRow[] = [];
  open.forEach((plan, i) => {
    const from = maxDate(range.from, addDays(plan.row.formedOn, 30));
    for (let n = 0; n < counts[i]!; n++) {
      const consideredOn = meetingDay(random, from, range.to);
      const field = projectField(random, plan);
      projects.push({
        id: random.string.uuid(),
        councilId: plan.row.id,
        title: projectTitle(random, plan, field, consideredOn),
        field,
        consideredOn,
        outcome: weightedPick(random, OUTCOMES),
      });
    }
  });
  return projects;
}

export function generateProjects(random: Random, plans: readonly CouncilPlan[], scale: number): CouncilProjectRow[] {
  // "About 9,000": the count lands within 1% of the target rather than on a round number.
  const inWindow = Math.round(
    DEMO_FIGURES.councilProjectsInWindow * scale * random.number.float({ min: 0.99, max: 1.01 }),
  );
  const before = Math.round(DEMO_FIGURES.councilProjectsBeforeWindow * scale);
  const earliest = plans.reduce<string>((min, p) => (p.row.formedOn < min ? p.row.formedOn : min), PROJECT_WINDOW.from);
  return [
    ...projectsOver(random, plans, before, { from: earliest, to: addDays(PROJECT_WINDOW.from, -1) }),
    ...projectsOver(random, plans, inWindow, PROJECT_WINDOW),
  ];
}
