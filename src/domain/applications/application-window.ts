import { dayOpensAt, deadlineClosesAt, type TPlainDate } from '../dates';
import type { TApplication } from './application';

/** A call's window judged at one instant. */
export type TCallWindow = {
  opensAt: Date | null;
  closesAt: Date | null;
  isOpen: boolean;
  isPastDeadline: boolean;
};

/**
 * The window of a call at `now`. R-GEN-TIME: the opening day starts at 00:00 and the deadline
 * day closes at 24:00 Beijing time, whatever the server's zone; no deadline: never past it.
 * @example callWindow({ opensOn: null, closesOn: '2026-01-31' }, new Date('2026-01-31T16:00:00Z')).isPastDeadline // true
 */
export function callWindow(
  call: { opensOn: TPlainDate | null; closesOn: TPlainDate | null } | null | undefined,
  now: Date,
): TCallWindow {
  const opensAt = call?.opensOn ? new Date(dayOpensAt(call.opensOn)) : null;
  const closesAt = call?.closesOn ? new Date(deadlineClosesAt(call.closesOn)) : null;
  const isPastDeadline = closesAt !== null && now >= closesAt;
  return {
    opensAt,
    closesAt,
    isPastDeadline,
    isOpen: (opensAt === null || now >= opensAt) && !isPastDeadline,
  };
}

/**
 * R-GEN-EDIT: the window of an application an officer returned for correction runs from the
 * return to its new deadline (`dueAt`, 24:00 Beijing time of the day the officer set), not the
 * call's.
 * @example returnWindow(new Date('2026-05-10T16:00:00Z'), new Date('2026-05-10T15:59:59Z')).isOpen // true
 */
export function returnWindow(dueAt: Date, now: Date): TCallWindow {
  const isPastDeadline = now >= dueAt;
  return { opensAt: null, closesAt: dueAt, isPastDeadline, isOpen: !isPastDeadline };
}

/**
 * R-GEN-EDIT: a draft, a submission withdrawn to edit, or one returned for correction may
 * change until its deadline (the call's; a returned one's own, see `returnWindow`).
 * @example isEditable({ status: 'submitted' }, window) // false: withdraw it first
 */
export function isEditable(app: Pick<TApplication, 'status'>, window: TCallWindow): boolean {
  return (
    (app.status === 'draft' || app.status === 'withdrawn' || app.status === 'returned') &&
    !window.isPastDeadline
  );
}
