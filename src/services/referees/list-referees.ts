import { listInvitationMails } from '@/db/repositories/referee.repository';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { INVITATION_TEMPLATES } from './referee-facts';
import { loadManagedApplication } from './referee-invitations';
import { displayStatus, type TRefereeStatus } from '@/domain/referees/referee-rules';

/** One referee as the applicant sees it: who, and the status only (never the letter). */
export type TRefereeListItem = {
  id: string;
  name: string;
  title: string;
  institution: string;
  email: string;
  locale: string;
  status: TRefereeStatus;
  invitedAt: Date;
  canResend: boolean;
  canReplace: boolean;
};

export type TRefereesView = {
  applicationId: string;
  programId: string;
  track: string;
  closesOn: string | null;
  lettersNeeded: number;
  /** Before the deadline and while the application is not locked. */
  isOpen: boolean;
  canAdd: boolean;
  referees: TRefereeListItem[];
};

/**
 * The applicant's referees page: how many letters the program needs and each referee's status.
 * Another applicant's application is "not found" (404), never "forbidden".
 */
export async function listReferees(
  deps: TDeps,
  actor: TActor,
  applicationId: string,
): Promise<TRefereesView> {
  const { db } = deps.database;
  const managed = await loadManagedApplication(deps, actor, db, applicationId, {
    forUpdate: false,
  });
  const mails = await listInvitationMails(db, managed.app.id, INVITATION_TEMPLATES);
  const { isOpen } = managed;
  return {
    applicationId: managed.app.id,
    programId: managed.app.programId,
    track: managed.app.track,
    closesOn: managed.closesOn,
    lettersNeeded: managed.needed,
    isOpen,
    canAdd: isOpen && managed.active.length < managed.needed,
    referees: managed.active.map((r) => {
      const status = displayStatus(r, mails);
      return {
        id: r.id,
        name: r.name,
        title: r.title,
        institution: r.institution,
        email: r.email,
        locale: r.locale,
        status,
        invitedAt: r.invitedAt,
        canResend: isOpen && (r.status === 'invited' || r.status === 'opened'),
        canReplace: isOpen && r.status !== 'submitted',
      };
    }),
  };
}
