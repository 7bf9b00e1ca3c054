import { insertSlot } from '@/db/repositories/interview.repository';
import {
  checkSlot,
  type TSlotField,
  type TSlotInput,
  type TSlotProblem,
} from '@/domain/interviews';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { getInterviewsPage, type TInterviewsView } from './get-interviews-page';
import { openInterviewPanel } from './interview-facts';

export type TSlotError = { field: TSlotField; problem: TSlotProblem };

export type TSlotResult = { ok: true } | { ok: false; view: TInterviewsView; errors: TSlotError[] };

/**
 * An officer or chair adds an interview slot to the panel: date and start time typed in
 * Beijing time (R-GEN-TIME), a duration and a place or video link; audited. Refused with every
 * field's problem (the page to show them on) when the form does not hold a future slot.
 * @example await createSlot(deps, officer, meta, { panelId, slot: { date: '2026-03-12', time: '14:00', duration: '30', location: 'Room 101' } })
 */
export async function createSlot(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { panelId: string; slot: TSlotInput },
): Promise<TSlotResult> {
  const now = instantOf(deps, meta);
  const errors = await deps.database.db.transaction(async (tx) => {
    const { panel } = await openInterviewPanel(tx, actor, input.panelId);
    const check = checkSlot(input.slot, now);
    if (!check.ok) return check.errors;
    const row = await insertSlot(tx, { panelId: panel.id, ...check.slot, createdAt: now });
    await recordAudit(tx, now, actor, meta, {
      action: 'interview.slot_created',
      entityType: 'interview_slot',
      entityId: row.id,
      before: null,
      after: {
        panelId: panel.id,
        startsAt: row.startsAt.toISOString(),
        durationMinutes: row.durationMinutes,
        location: row.location,
      },
    });
    return [];
  });
  if (errors.length === 0) return { ok: true };
  return { ok: false, view: await getInterviewsPage(deps, actor, input.panelId, now), errors };
}
