import type { TDb } from '@/db/client';
import {
  findAccountEmail,
  listDeclaredConflicts,
  loadApplicationConflictFacts,
  type TApplicationConflictFacts,
  type TPanelMemberRow,
} from '@/db/repositories/review-facts.repository';
import { currentInstitutions } from '@/domain/applications/current-institutions';
import { beijingDateOf } from '@/domain/dates';
import {
  hasConflict,
  type TConflictApplication,
  type TConflictReason,
  type TConflictReviewer,
} from '@/policies/conflicts';

/** Application id → why the member may not see it (R-GEN-COI); absent ids are clear. */
export type TMemberConflicts = ReadonlyMap<string, readonly TConflictReason[]>;

/** The application as the conflict rules read it, from its stored facts. */
export function conflictApplicationOf(facts: TApplicationConflictFacts): TConflictApplication {
  const onDay = beijingDateOf(facts.submittedAt ?? new Date(0));
  const supervisor = (facts.answers.host?.['supervisorEmail'] ?? '').trim();
  return {
    id: facts.applicationId,
    applicantEmails: [facts.accountEmail],
    applicantInstitutions: currentInstitutions(facts.answers, onDay),
    refereeEmails: facts.refereeEmails,
    supervisorEmails: supervisor ? [supervisor] : [],
  };
}

/**
 * Every conflict of one panel member with the panel's applications (or only those named):
 * detected from the member's invited address, their account's address when it differs, and
 * their institution, plus what they declared. The one source the review services use to hide
 * an application from a member everywhere — lists, counts, searches, exports, packets, URLs —
 * and the same rules the assignment solver applies (policies/conflicts.ts).
 * @example (await conflictsOfMember(db, member)).has(applicationId) // true: show nothing of it
 */
export async function conflictsOfMember(
  db: TDb,
  member: TPanelMemberRow,
  applicationIds?: readonly string[],
): Promise<TMemberConflicts> {
  // One after another: `db` may be a transaction's single connection.
  const facts = await loadApplicationConflictFacts(db, member.panelId, applicationIds);
  const declared = await listDeclaredConflicts(db, member.id);
  const accountEmail = member.userId ? await findAccountEmail(db, member.userId) : undefined;
  const emails = [...new Set([member.email, accountEmail].filter((e): e is string => !!e))];
  const declarations = declared.map((applicationId) => ({
    reviewerUserId: member.id,
    applicationId,
  }));
  const result = new Map<string, TConflictReason[]>();
  for (const f of facts) {
    const application = conflictApplicationOf(f);
    const reasons = new Set<TConflictReason>();
    for (const email of emails) {
      const reviewer: TConflictReviewer = {
        userId: member.id,
        email,
        institutions: [member.institution],
      };
      for (const r of hasConflict(reviewer, application, declarations).reasons) reasons.add(r);
    }
    if (reasons.size > 0) result.set(f.applicationId, [...reasons]);
  }
  return result;
}
