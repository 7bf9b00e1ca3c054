import type { TDb } from '@/db/client';
import { findCall } from '@/db/repositories/call.repository';
import {
  findApplicantContact,
  listRefereesOf,
  type TRefereeRow,
} from '@/db/repositories/referee.repository';
import type { TApplication } from '@/domain/applications/application';
import type { TLocale } from '@/i18n/locales';
import type { TActor } from '@/policies/actor';

import { newToken, normaliseEmail } from '../accounts/secrets';
import { getApplicationFor } from '../applications/get-application';
import type { TDeps } from '../context';
import { queueMail } from '../mail/queue-mail';
import { applicantName, deadlineText, programTrackName, refereeLink } from './referee-facts';
import { canManageReferees, lettersNeeded } from '@/domain/referees/referee-rules';

/** What the applicant types about a referee. */
export type TRefereeInput = {
  name: string;
  title: string;
  institution: string;
  email: string;
  /** The language of the referee's emails and letter page. */
  locale: TLocale;
};

/** Why a change to the referees was refused (each has its message on the referees page). */
export type TRefereeChangeError =
  | 'closed'
  | 'no_letters'
  | 'full'
  | 'duplicate_email'
  | 'own_email'
  | 'not_replaceable'
  | 'too_soon';

export type TRefereeChangeResult =
  { ok: true; refereeId: string } | { ok: false; error: TRefereeChangeError };

export type TManagedApplication = {
  app: TApplication;
  closesOn: string | null;
  needed: number;
  /** The referees not replaced, oldest first. */
  active: TRefereeRow[];
  isOpen: boolean;
};

/**
 * Loads an application whose referees its applicant manages: 404 for anyone else's. Changes
 * lock the application row (`forUpdate`), which serialises two changes at once: two tabs
 * adding the last referee cannot both pass the count.
 */
export async function loadManagedApplication(
  deps: TDeps,
  actor: TActor,
  tx: TDb,
  applicationId: string,
  opts: { forUpdate: boolean } = { forUpdate: true },
): Promise<TManagedApplication> {
  const app = await getApplicationFor(deps, actor, applicationId, 'referee.manage', {
    db: tx,
    forUpdate: opts.forUpdate,
  });
  const call = await findCall(tx, app.callId);
  const closesOn = call?.closesOn ?? null;
  const all = await listRefereesOf(tx, app.id);
  return {
    app,
    closesOn,
    needed: lettersNeeded(app.programId, app.track),
    active: all.filter((r) => r.replacedAt === null),
    isOpen: canManageReferees({ status: app.status, closesOn }, deps.now()),
  };
}

/** Checks a referee's address against the applicant's own and the other active referees'. */
export function checkRefereeEmail(
  actor: TActor,
  email: string,
  others: readonly TRefereeRow[],
): TRefereeChangeError | null {
  if (actor.kind === 'user' && normaliseEmail(actor.email) === email) return 'own_email';
  if (others.some((r) => r.email === email)) return 'duplicate_email';
  return null;
}

/**
 * Makes a new personal link and queues its email in the caller's transaction, in the referee's
 * language, related to the application (its status page lists it). Returns the token's hash,
 * the only trace of the token the database keeps.
 */
export async function queueInvitation(
  deps: TDeps,
  tx: TDb,
  at: Date,
  managed: TManagedApplication,
  referee: { name: string; email: string; locale: TLocale },
): Promise<string> {
  const { token, tokenHash } = newToken();
  const applicant = await findApplicantContact(tx, managed.app.applicantUserId);
  await queueMail(
    tx,
    at,
    referee.email,
    referee.locale,
    {
      template: 'referee_invitation',
      params: {
        name: referee.name,
        applicant: applicant ? applicantName(applicant) : '',
        program: programTrackName(managed.app.programId, managed.app.track, referee.locale),
        deadline: deadlineText(managed.closesOn, referee.locale) ?? '',
        link: refereeLink(deps.env, token),
      },
    },
    { type: 'application', id: managed.app.id },
  );
  return tokenHash;
}
