import { updateReferee } from '@/db/repositories/referee.repository';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { loadLetterFor, queueApplicantNotice } from './letter-access';
import { letterLinkState, type TLinkProblem } from '@/domain/referees/referee-rules';

export type TLetterResult = { ok: true } | { ok: false; problem: TLinkProblem };

/**
 * The referee declines, with an optional reason that the applicant is told (the referee's page
 * says so). The link dies; the applicant can then name someone else.
 */
export async function declineLetter(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { reason: string },
): Promise<TLetterResult> {
  const now = deps.now();
  const result = await deps.database.db.transaction(async (tx): Promise<TLetterResult> => {
    const row = await loadLetterFor(actor, tx, { forUpdate: true });
    const state = letterLinkState(row.referee, row.closesOn, now);
    if (!state.ok) return { ok: false, problem: state.problem };
    const reason = input.reason.trim();
    await updateReferee(tx, row.referee.id, {
      status: 'declined',
      declineReason: reason || null,
    });
    await queueApplicantNotice(deps, tx, now, row, { template: 'referee_declined', reason });
    await recordAudit(tx, now, actor, meta, {
      action: 'referee.declined',
      entityType: 'referee',
      entityId: row.referee.id,
      before: { status: row.referee.status },
      after: { status: 'declined', declinedAt: now.toISOString() },
      reason: reason || null,
    });
    return { ok: true };
  });
  if (result.ok) deps.onMailQueued?.();
  return result;
}
