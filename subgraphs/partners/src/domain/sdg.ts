/** The 17 Sustainable Development Goals (IATI tag vocabulary 2) and target codes (vocabulary 3). */
export const SDG_GOALS: readonly { goal: number; title: string }[] = [
  'No Poverty',
  'Zero Hunger',
  'Good Health and Well-being',
  'Quality Education',
  'Gender Equality',
  'Clean Water and Sanitation',
  'Affordable and Clean Energy',
  'Decent Work and Economic Growth',
  'Industry, Innovation and Infrastructure',
  'Reduced Inequalities',
  'Sustainable Cities and Communities',
  'Responsible Consumption and Production',
  'Climate Action',
  'Life Below Water',
  'Life on Land',
  'Peace, Justice and Strong Institutions',
  'Partnerships for the Goals',
].map((title, i) => ({ goal: i + 1, title }));

export function isSdgGoal(goal: number): boolean {
  return Number.isInteger(goal) && goal >= 1 && goal <= 17;
}

/** A target code such as "8.8" or "16.a": goal, dot, number or letter. */
export function isSdgTarget(code: string): boolean {
  const match = /^(\d{1,2})\.([1-9]\d?|[a-d])$/.exec(code);
  return match !== null && isSdgGoal(Number(match[1]));
}
