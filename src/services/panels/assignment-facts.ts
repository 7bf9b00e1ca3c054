import type { TDb } from '@/db/client';
import { listAssignments, type TAssignmentRow } from '@/db/repositories/assignment.repository';
import {
  listMembers,
  listPanelApplications,
  type TPanelMemberRow,
  type TPanelRow,
} from '@/db/repositories/panel.repository';
import { loadApplicationConflictFacts } from '@/db/repositories/review-facts.repository';
import type { TAssignmentProblem } from '@/domain/review/assignment';
import type { TConflictReason } from '@/policies/conflicts';

import { conflictApplicationOf, conflictsOfMember } from '../review/member-conflicts';

/** Members the solver assigns: reviewers not removed (chairs are added by hand only). */
export const isAssignable = (m: TPanelMemberRow) => m.removedAt === null && m.role === 'reviewer';

export type TAssignmentFacts = {
  members: TPanelMemberRow[];
  applications: Awaited<ReturnType<typeof listPanelApplications>>;
  assignments: TAssignmentRow[];
  /** member id → application id → reasons (R-GEN-COI), from member-conflicts.ts. */
  conflicts: Map<string, ReadonlyMap<string, readonly TConflictReason[]>>;
  problem: TAssignmentProblem;
};

/**
 * Everything the assignment of a panel is decided from, as stored: its members (capacity,
 * disciplines, institution, invited address), its applications (discipline, applicant
 * address and current institution, referees, supervisor: conflictApplicationOf), the
 * declarations and the existing assignments (started = a review row exists).
 * Note: R-GEN-COI — the conflicts come from conflictsOfMember, the same source that hides an
 * application from a reviewer, and every one goes to the solver as a declared pair, so the
 * solver never assigns a reviewer the reviewer's pages would hide the file from (a member's
 * account address, when it differs from the invited one, counts too).
 */
export async function loadAssignmentFacts(db: TDb, panel: TPanelRow): Promise<TAssignmentFacts> {
  const [members, applications, assignments, facts] = await Promise.all([
    listMembers(db, panel.id),
    listPanelApplications(db, panel.id),
    listAssignments(db, panel.id),
    loadApplicationConflictFacts(db, panel.id),
  ]);
  const active = members.filter((m) => m.removedAt === null);
  const conflicts = new Map<string, ReadonlyMap<string, readonly TConflictReason[]>>();
  for (const m of active) conflicts.set(m.id, await conflictsOfMember(db, m));
  const disciplineOf = new Map(applications.map((a) => [a.applicationId, a.discipline]));
  const problem: TAssignmentProblem = {
    perApplication: panel.requiredReviews,
    reviewers: active.filter(isAssignable).map((m) => ({
      id: m.id,
      capacity: m.capacity,
      disciplines: m.disciplines,
      institution: m.institution,
      email: m.email,
    })),
    applications: facts.map((f) => {
      const a = conflictApplicationOf(f);
      return {
        id: f.applicationId,
        discipline: disciplineOf.get(f.applicationId) ?? '',
        institution: a.applicantInstitutions[0] ?? null,
        email: a.applicantEmails[0] ?? '',
        referees: a.refereeEmails,
        supervisorEmail: a.supervisorEmails[0] ?? null,
      };
    }),
    declared: [...conflicts].flatMap(([reviewer, byApp]) =>
      [...byApp.keys()].map((application) => ({ reviewer, application })),
    ),
    existing: assignments.map((a) => ({
      application: a.applicationId,
      reviewer: a.memberId,
      started: a.isStarted,
    })),
  };
  return { members, applications, assignments, conflicts, problem };
}
