import { upsertScreeningDecision } from '@/db/repositories/screening.repository';
import {
  letterKey,
  noteFieldId,
  type TScreeningDecisionKind,
} from '@/domain/screening/screening-state';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { screeningPageOf } from './get-screening-page';
import { screeningApplicationFor, screeningFacts } from './screening-facts';
import type { TScreeningResult, TTypedText } from './screening-result';

/**
 * An admission officer confirms or overrides a finder reason marked "review", or waives a
 * missing letter (R-GEN-REFEREE), with a written note, in one audited transaction. A later
 * decision on the same point replaces the earlier; the audit log keeps both.
 */
export async function decideScreeningPoint(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: {
    applicationId: string;
    reasonKey: string;
    decision: TScreeningDecisionKind;
    /** The officer's note as the route read it. */
    note: TTypedText;
  },
): Promise<TScreeningResult> {
  const now = instantOf(deps, meta);
  const { db } = deps.database;
  const refusal = await db.transaction(async (tx) => {
    const app = await screeningApplicationFor(tx, actor, input.applicationId, 'screening.decide', {
      forUpdate: true,
    });
    const field = noteFieldId(input.reasonKey);
    const facts = await screeningFacts(deps, tx, app, now);
    const isPoint = facts.points.some((p) => p.code === input.reasonKey);
    const isLetter = facts.missing.some((m) => letterKey(m.id) === input.reasonKey);
    const isValid = input.decision === 'waived' ? isLetter : isPoint;
    if (!isValid || !facts.isActionable)
      return { app, errors: [{ field, messageKey: 'screening.error_not_decidable' }] };
    if (!input.note.ok) return { app, errors: [{ field, messageKey: input.note.messageKey }] };
    const note = input.note.value;
    const before = facts.decisions.find((d) => d.reasonKey === input.reasonKey);
    await upsertScreeningDecision(tx, {
      applicationId: app.id,
      reasonKey: input.reasonKey,
      decision: input.decision,
      note,
      decidedByUserId: actor.kind === 'user' ? actor.userId : '',
      decidedAt: now,
    });
    await recordAudit(tx, now, actor, meta, {
      action: input.decision === 'waived' ? 'screening.letter_waived' : 'screening.point_decided',
      entityType: 'application',
      entityId: app.id,
      before: before ? { reasonKey: before.reasonKey, decision: before.decision } : null,
      after: { reasonKey: input.reasonKey, decision: input.decision },
      reason: note,
    });
    return null;
  });
  if (!refusal) return { ok: true };
  const { app, ...rest } = refusal;
  return { ok: false, page: await screeningPageOf(deps, db, actor, app, now), ...rest };
}
