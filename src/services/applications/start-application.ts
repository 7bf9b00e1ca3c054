import { findApplicantProfile } from '@/db/repositories/applicant.repository';
import {
  findApplicationOfCall,
  insertApplication,
  insertApplicationEvent,
} from '@/db/repositories/application.repository';
import { findCall } from '@/db/repositories/call.repository';
import { deadlineClosesAt } from '@/domain/dates';
import { findTrack } from '@/domain/programs';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { getApplicationsPage, type TApplicationsPage } from './get-applications-page';

export type TStartResult =
  | { ok: true; applicationId: string }
  | { ok: false; reason: 'no_profile' }
  | { ok: false; reason: 'call_closed' | 'unknown_track'; page: TApplicationsPage };

/**
 * Starts (or reopens) the applicant's draft for a call and track. One application per call
 * per applicant: asking again returns the existing one. A refusal comes with the applications
 * page to show it on.
 */
export async function startApplication(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { callId: string; track: string },
): Promise<TStartResult> {
  requireAccess(actor, 'application.create');
  if (actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in first');
  const now = instantOf(deps, meta);
  const result = await deps.database.db.transaction(async (tx) => {
    const existing = await findApplicationOfCall(tx, actor.userId, input.callId);
    if (existing) return { ok: true, applicationId: existing.id } as const;
    const call = await findCall(tx, input.callId);
    if (!call || !call.isPublished) throw new AppError('not_found', 'No such call');
    if (!findTrack(call.programId, input.track))
      return { ok: false, reason: 'unknown_track' } as const;
    if (call.closesOn && now >= new Date(deadlineClosesAt(call.closesOn)))
      return { ok: false, reason: 'call_closed' } as const;
    if (!(await findApplicantProfile(tx, actor.userId)))
      return { ok: false, reason: 'no_profile' } as const;
    const app = await insertApplication(tx, {
      applicantUserId: actor.userId,
      callId: call.id,
      programId: call.programId,
      track: input.track,
      hostId: call.hostId,
      status: 'draft',
      answers: {},
      createdAt: now,
      updatedAt: now,
    });
    await insertApplicationEvent(tx, { applicationId: app.id, kind: 'drafted', at: now });
    await recordAudit(tx, now, actor, meta, {
      action: 'application.created',
      entityType: 'application',
      entityId: app.id,
      after: { callId: call.id, track: input.track },
    });
    return { ok: true, applicationId: app.id } as const;
  });
  if (result.ok || result.reason === 'no_profile') return result;
  return { ...result, page: await getApplicationsPage(deps, actor, now) };
}
