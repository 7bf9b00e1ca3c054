import type { TDb } from '@/db/client';
import type { TApplicationRow } from '@/db/repositories/application.repository';
import { findCall } from '@/db/repositories/call.repository';
import { dayOpensAt, deadlineClosesAt } from '@/domain/dates';

export type TWindowState = {
  opensAt: Date | null;
  closesAt: Date | null;
  isOpen: boolean;
  isPastDeadline: boolean;
};

/**
 * The call window of an application, judged on `now` (R-GEN-TIME: the deadline day closes at
 * 24:00 Beijing time, whatever the server's zone).
 */
export async function applicationWindow(
  db: TDb,
  app: Pick<TApplicationRow, 'callId'>,
  now: Date,
): Promise<TWindowState> {
  const call = await findCall(db, app.callId);
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

/** R-GEN-EDIT: a draft, or a submission withdrawn to edit, may change until the deadline. */
export function isEditable(app: Pick<TApplicationRow, 'status'>, window: TWindowState): boolean {
  return (app.status === 'draft' || app.status === 'withdrawn') && !window.isPastDeadline;
}
