import { and, eq, inArray, sql } from 'drizzle-orm';

import type { TAnswers } from '@/domain/applications/form-definition';

import type { TDb } from '../client';
import {
  applications,
  conflictDeclarations,
  panelApplications,
  panelMembers,
  referees,
  users,
} from '../schema';

export type TPanelMemberRow = typeof panelMembers.$inferSelect;

/** What the conflict rules (R-GEN-COI) read of one application of a panel, as stored. */
export type TApplicationConflictFacts = {
  applicationId: string;
  accountEmail: string;
  /** The sections the conflict rules read (education, host), not the whole form. */
  answers: TAnswers;
  submittedAt: Date | null;
  /** Every referee ever named, replaced and declined ones too. */
  refereeEmails: string[];
};

const UUID = /^[0-9a-f-]{36}$/i;

export async function findPanelMember(
  db: TDb,
  memberId: string,
): Promise<TPanelMemberRow | undefined> {
  if (!UUID.test(memberId)) return undefined;
  const [row] = await db.select().from(panelMembers).where(eq(panelMembers.id, memberId)).limit(1);
  return row;
}

/** The panel memberships of a signed-in user (removed ones excluded). */
export async function listMembershipsOfUser(db: TDb, userId: string): Promise<TPanelMemberRow[]> {
  const rows = await db.select().from(panelMembers).where(eq(panelMembers.userId, userId));
  return rows.filter((r) => r.removedAt === null);
}

/** The user's account address, where the member's account is linked (conflicts read both). */
export async function findAccountEmail(db: TDb, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row?.email;
}

/**
 * The conflict facts of a panel's applications: all of them, or only those named (a
 * reviewer's queue needs its own few, the declaration list the whole panel).
 */
export async function loadApplicationConflictFacts(
  db: TDb,
  panelId: string,
  applicationIds?: readonly string[],
): Promise<TApplicationConflictFacts[]> {
  const ids = applicationIds?.filter((id) => UUID.test(id));
  if (ids && ids.length === 0) return [];
  const rows = await db
    .select({
      applicationId: applications.id,
      accountEmail: users.email,
      // Only the sections the conflict rules read: the plan and the rest of a form are large,
      // and a reviewer's every page loads the facts of their whole queue.
      education: sql<Record<string, string> | null>`${applications.answers} -> 'education'`,
      host: sql<Record<string, string> | null>`${applications.answers} -> 'host'`,
      submittedAt: applications.submittedAt,
    })
    .from(panelApplications)
    .innerJoin(applications, eq(applications.id, panelApplications.applicationId))
    .innerJoin(users, eq(users.id, applications.applicantUserId))
    .where(
      and(
        eq(panelApplications.panelId, panelId),
        ids ? inArray(panelApplications.applicationId, ids) : undefined,
      ),
    );
  if (rows.length === 0) return [];
  const refereeRows = await db
    .select({ applicationId: referees.applicationId, email: referees.email })
    .from(referees)
    .where(
      inArray(
        referees.applicationId,
        rows.map((r) => r.applicationId),
      ),
    );
  const byApp = new Map<string, string[]>();
  for (const r of refereeRows) {
    const list = byApp.get(r.applicationId) ?? [];
    list.push(r.email);
    byApp.set(r.applicationId, list);
  }
  return rows.map(({ education, host, ...r }) => ({
    ...r,
    answers: { ...(education ? { education } : {}), ...(host ? { host } : {}) },
    refereeEmails: byApp.get(r.applicationId) ?? [],
  }));
}

/** The applications a member declared a conflict with. */
export async function listDeclaredConflicts(db: TDb, memberId: string): Promise<string[]> {
  const rows = await db
    .select({ applicationId: conflictDeclarations.applicationId })
    .from(conflictDeclarations)
    .where(eq(conflictDeclarations.memberId, memberId));
  return rows.map((r) => r.applicationId);
}
