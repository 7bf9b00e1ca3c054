import {
  findApplicantForPrint,
  findApplicationByVerificationCode,
} from '@/db/repositories/print.repository';
import { findTrack, getProgram, isProgramId, type TLocalized } from '@/domain/programs';
import { can, requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { applicationResource } from '../applications/get-application';
import type { TDeps } from '../context';

export type TVerifiedApplication = {
  id: string;
  applicantName: string;
  applicantNameZh: string | null;
  program: TLocalized;
  track: TLocalized | null;
  trackId: string;
  status: string;
  submittedAt: Date | null;
  receiptNumber: string | null;
};

export type TVerificationResult =
  { ok: true; application: TVerifiedApplication } | { ok: false; reason: 'no_such_code' };

/**
 * Which application a printed verification code belongs to. Staff only, and scoped like
 * reading the application: a code of an application the officer may not read is answered
 * exactly as a code that does not exist, so codes cannot be probed across programs or hosts.
 * @example await lookUpVerificationCode(deps, officer, 'K7QX-2M9D') // { ok: true, application: … }
 */
export async function lookUpVerificationCode(
  deps: TDeps,
  actor: TActor,
  code: string,
): Promise<TVerificationResult> {
  requireAccess(actor, 'application.verify');
  const db = deps.database.db;
  const app = await findApplicationByVerificationCode(db, code);
  if (!app || !can(actor, 'application.read', applicationResource(app)))
    return { ok: false, reason: 'no_such_code' };
  const applicant = await findApplicantForPrint(db, app.applicantUserId);
  const profile = applicant?.profile ?? null;
  const programId = isProgramId(app.programId) ? app.programId : null;
  const track = programId ? findTrack(programId, app.track) : null;
  return {
    ok: true,
    application: {
      id: app.id,
      applicantName: profile
        ? `${profile.familyName} ${profile.givenNames}`
        : (applicant?.email ?? ''),
      applicantNameZh: profile?.nameZh ?? null,
      program: programId ? getProgram(programId).name : { en: app.programId, zh: app.programId },
      track: track?.name ?? null,
      trackId: app.track,
      status: app.status,
      submittedAt: app.submittedAt,
      receiptNumber: app.receiptNumber,
    },
  };
}
