// Interview slots (issue 11 point 7, R-REV-RANK): an officer or chair types a date and a start
// time in Beijing time (R-GEN-TIME); the slot is kept as a UTC instant with a duration and a
// place. Pure: the caller passes `now`.
import { DateTime } from 'luxon';

import { BEIJING_ZONE } from '../dates';

/** Shortest and longest interview a slot may hold, in minutes. */
export const MIN_DURATION_MINUTES = 10;
export const MAX_DURATION_MINUTES = 240;

/** What the slot form sends, as typed. */
export type TSlotInput = { date: string; time: string; duration: string; location: string };

export type TSlotField = keyof TSlotInput;
export type TSlotProblem = 'date' | 'time' | 'past' | 'duration' | 'location';

export type TSlotCheck =
  | { ok: true; slot: { startsAt: Date; durationMinutes: number; location: string } }
  | { ok: false; errors: { field: TSlotField; problem: TSlotProblem }[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A slot from the form: the date (YYYY-MM-DD) and start time (HH:MM) read in Beijing time, a
 * whole number of minutes between MIN and MAX, a place or video link of 1–500 characters, and a
 * start after `now`. Every field's problem is returned at once, so the form shows them all.
 * @example checkSlot({ date: '2026-03-12', time: '14:00', duration: '30', location: 'Room 101' }, now).ok // true
 * @example checkSlot({ date: '2026-03-12', time: '14:00', duration: '30', location: 'x' }, now) // startsAt 2026-03-12T06:00:00Z
 */
export function checkSlot(input: TSlotInput, now: Date): TSlotCheck {
  const errors: { field: TSlotField; problem: TSlotProblem }[] = [];
  const date = input.date.trim();
  const time = input.time.trim();
  const isDateShaped = DATE.test(date) && DateTime.fromISO(date, { zone: BEIJING_ZONE }).isValid;
  if (!isDateShaped) errors.push({ field: 'date', problem: 'date' });
  if (!TIME.test(time)) errors.push({ field: 'time', problem: 'time' });
  let startsAt: Date | null = null;
  if (isDateShaped && TIME.test(time)) {
    startsAt = DateTime.fromISO(`${date}T${time}`, { zone: BEIJING_ZONE }).toJSDate();
    if (startsAt.getTime() <= now.getTime()) errors.push({ field: 'date', problem: 'past' });
  }
  const duration = input.duration.trim();
  const minutes = /^\d{1,3}$/.test(duration) ? Number(duration) : NaN;
  if (!(minutes >= MIN_DURATION_MINUTES && minutes <= MAX_DURATION_MINUTES))
    errors.push({ field: 'duration', problem: 'duration' });
  const location = input.location.trim();
  // Note: control characters are refused as zText refuses them: PostgreSQL and the page cannot take some.
  // eslint-disable-next-line no-control-regex
  if (location.length < 1 || location.length > 500 || /[\u0000-\u001f\u007f]/.test(location))
    errors.push({ field: 'location', problem: 'location' });
  if (errors.length > 0 || !startsAt) return { ok: false, errors };
  return { ok: true, slot: { startsAt, durationMinutes: minutes, location } };
}

/** A slot as the booking rules read it. */
export type TBookableSlot = { id: string; startsAt: Date; bookedBy: string | null };

/**
 * Whether an interview may book this slot now: it has not started, and nobody else holds it
 * (the interview's own slot counts as free for it, so booking it again changes nothing).
 * @example canBook({ id: 's1', startsAt: tomorrow, bookedBy: null }, 'i1', now) // true
 */
export function canBook(slot: TBookableSlot, interviewId: string, now: Date): boolean {
  return (
    slot.startsAt.getTime() > now.getTime() &&
    (slot.bookedBy === null || slot.bookedBy === interviewId)
  );
}
