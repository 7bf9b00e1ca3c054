// Reminders to late reviewers: within 3 days of the panel's due instant (or past it), at most
// once every 2 days.
const DAY_MS = 86_400_000;
export const REMIND_BEFORE_MS = 3 * DAY_MS;
export const REMIND_EVERY_MS = 2 * DAY_MS;

/**
 * Whether a member with unsubmitted reviews is reminded now.
 * @example isReminderDue(new Date('2026-05-03T00:00Z'), new Date('2026-05-01T00:00Z'), null) // true
 */
export function isReminderDue(dueAt: Date, now: Date, remindedAt: Date | null): boolean {
  if (dueAt.getTime() - now.getTime() > REMIND_BEFORE_MS) return false;
  return remindedAt === null || now.getTime() - remindedAt.getTime() >= REMIND_EVERY_MS;
}
