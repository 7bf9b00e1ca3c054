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
 * R-GEN-EDIT: a draft, or a submission withdrawn to edit, may change until the deadline.
 * @example isEditable({ status: 'submitted' }, window) // false: withdraw it first
 */
export function isEditable(app: Pick<TApplication, 'status'>, window: TCallWindow): boolean {
  return (app.status === 'draft' || app.status === 'withdrawn') && !window.isPastDeadline;
}
