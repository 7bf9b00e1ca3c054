import type { TDb } from '@/db/client';
import { findCall } from '@/db/repositories/call.repository';
import { findOpenReturn } from '@/db/repositories/screening.repository';
import type { TApplication } from '@/domain/applications/application';
import {
  callWindow,
  returnWindow,
  type TCallWindow,
} from '@/domain/applications/application-window';

/**
 * The window an application may be edited and submitted in at `now`: the call's, or — for one
 * an officer returned for correction — the return's own short deadline (R-GEN-EDIT), judged in
 * Beijing time against the one instant of the request (R-GEN-TIME).
 * @example if (!isEditable(app, await editWindowOf(tx, app, now))) return { ok: false, reason: 'locked' };
 */
export async function editWindowOf(db: TDb, app: TApplication, now: Date): Promise<TCallWindow> {
  if (app.status === 'returned') {
    const open = await findOpenReturn(db, app.id);
    if (open) return returnWindow(open.dueAt, now);
  }
  return callWindow(await findCall(db, app.callId), now);
}
