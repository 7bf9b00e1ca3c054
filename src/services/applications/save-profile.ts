import {
  findApplicantProfile,
  insertConsent,
  latestConsent,
  upsertApplicantProfile,
} from '@/db/repositories/applicant.repository';
import { identityKey } from '@/domain/applications/identity';
import type { TLocale } from '@/i18n/locales';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';

/** The version of the personal-data notice applicants agree to; bump it when the text changes. */
export const CONSENT_TEXT_VERSION = 'privacy-notice-2026-01';

export type TProfileInput = {
  familyName: string;
  givenNames: string;
  nameZh: string | null;
  nationality: string;
  passportNumber: string;
  passportCountry: string;
  birthOn: string;
  gender: string | null;
};

/**
 * Saves the applicant's identity once for every application (R-GEN-IDENTITY) and records
 * consent to the personal-data notice with its text version, in one audited transaction.
 */
export async function saveApplicantProfile(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: TProfileInput & { hasConsented: boolean; locale: TLocale },
): Promise<void> {
  if (actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in first');
  requireAccess(actor, 'applicant.profile', { ownerUserId: actor.userId });
  const now = deps.now();
  await deps.database.db.transaction(async (tx) => {
    const before = await findApplicantProfile(tx, actor.userId);
    const { hasConsented, locale, ...profile } = input;
    const row = {
      userId: actor.userId,
      ...profile,
      passportNumber: profile.passportNumber.trim().toUpperCase(),
      identityKey: identityKey(profile),
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    };
    await upsertApplicantProfile(tx, row);
    const consent = await latestConsent(tx, actor.userId);
    if (hasConsented && consent?.textVersion !== CONSENT_TEXT_VERSION) {
      await insertConsent(tx, {
        userId: actor.userId,
        textVersion: CONSENT_TEXT_VERSION,
        locale,
        givenAt: now,
      });
    }
    const { createdAt: _c, updatedAt: _u, ...after } = row;
    await recordAudit(tx, now, actor, meta, {
      action: before ? 'applicant.profile_updated' : 'applicant.profile_created',
      entityType: 'applicant',
      entityId: actor.userId,
      before: before ? { ...before, createdAt: undefined, updatedAt: undefined } : null,
      after: {
        ...after,
        consent: hasConsented ? CONSENT_TEXT_VERSION : (consent?.textVersion ?? null),
      },
    });
  });
}

/** The profile and whether the current notice has been agreed to. */
export async function getApplicantProfile(deps: TDeps, actor: TActor) {
  if (actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in first');
  requireAccess(actor, 'applicant.profile', { ownerUserId: actor.userId });
  const profile = await findApplicantProfile(deps.database.db, actor.userId);
  const consent = await latestConsent(deps.database.db, actor.userId);
  return { profile: profile ?? null, hasConsented: consent?.textVersion === CONSENT_TEXT_VERSION };
}
