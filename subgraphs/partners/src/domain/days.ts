/** Calendar dates ('YYYY-MM-DD') as whole days since 1970-01-01, for date arithmetic without time zones. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
