import { deleteFreeSlot, listSlotsOfPanel } from '@/db/repositories/interview.repository';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { openInterviewPanel } from './interview-facts';

/**
 * Removes a free slot of the panel, audited. A booked slot is never removed: 409 (the page
 * offers removal only for free ones, so this is a booking that came in meanwhile).
 * @example await removeSlot(deps, officer, meta, { panelId, slotId })
 */
export async function removeSlot(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { panelId: string; slotId: string },
): Promise<void> {
  const now = instantOf(deps, meta);
  await deps.database.db.transaction(async (tx) => {
    const { panel, conflicts } = await openInterviewPanel(tx, actor, input.panelId);
    const slot = (await listSlotsOfPanel(tx, panel.id)).find((s) => s.id === input.slotId);
    if (!slot || (slot.booking && conflicts.has(slot.booking.applicationId)))
      throw new AppError('not_found', 'No such slot on this panel');
    if (slot.booking || !(await deleteFreeSlot(tx, panel.id, slot.id)))
      throw new AppError('conflict', 'The slot is booked');
    await recordAudit(tx, now, actor, meta, {
      action: 'interview.slot_removed',
      entityType: 'interview_slot',
      entityId: slot.id,
      before: {
        panelId: panel.id,
        startsAt: slot.startsAt.toISOString(),
        durationMinutes: slot.durationMinutes,
        location: slot.location,
      },
      after: null,
    });
  });
}
