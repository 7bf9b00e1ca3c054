import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';

import type { TScope } from '@/policies/scopes';

import type { TDb } from '../client';
import {
  applications,
  calls,
  panelApplications,
  panelMembers,
  panels,
  reviewAssignments,
  reviews,
  users,
} from '../schema';
import { scopeFilter } from './scope-filter';

export type TPanelRow = typeof panels.$inferSelect;
export type TPanelMemberRow = typeof panelMembers.$inferSelect;
export type TPanelWithProgram = TPanelRow & { programId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function insertPanel(db: TDb, values: typeof panels.$inferInsert): Promise<TPanelRow> {
  const [row] = await db.insert(panels).values(values).returning();
  if (!row) throw new Error('insertPanel returned no row');
  return row;
}

export async function updatePanel(
  db: TDb,
  id: string,
  values: Partial<typeof panels.$inferInsert>,
): Promise<void> {
  await db.update(panels).set(values).where(eq(panels.id, id));
}

/** One panel with its call's program; `forUpdate` locks it (edits, assignment runs). */
export async function findPanel(
  db: TDb,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<TPanelWithProgram | undefined> {
  if (!UUID.test(id)) return undefined;
  const query = db
    .select({ panel: panels, programId: calls.programId })
    .from(panels)
    .innerJoin(calls, eq(calls.id, panels.callId))
    .where(eq(panels.id, id))
    .limit(1);
  const [row] = opts.forUpdate ? await query.for('update', { of: panels }) : await query;
  return row ? { ...row.panel, programId: row.programId } : undefined;
}

export type TPanelProgress = {
  applications: number;
  members: number;
  assignments: number;
  submitted: number;
};

/** The panels of the calls in a scope, with what the list shows of their progress. */
export async function listPanels(
  db: TDb,
  scope: TScope,
): Promise<(TPanelWithProgram & TPanelProgress)[]> {
  const rows = await db
    .select({ panel: panels, programId: calls.programId })
    .from(panels)
    .innerJoin(calls, eq(calls.id, panels.callId))
    .where(scopeFilter(scope, { programId: calls.programId }))
    .orderBy(asc(panels.callId), asc(panels.track), asc(panels.name));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.panel.id);
  const [apps, members, assigned, submitted] = await Promise.all([
    db
      .select({ id: panelApplications.panelId, n: count() })
      .from(panelApplications)
      .where(inArray(panelApplications.panelId, ids))
      .groupBy(panelApplications.panelId),
    db
      .select({ id: panelMembers.panelId, n: count() })
      .from(panelMembers)
      .where(and(inArray(panelMembers.panelId, ids), isNull(panelMembers.removedAt)))
      .groupBy(panelMembers.panelId),
    db
      .select({ id: reviewAssignments.panelId, n: count() })
      .from(reviewAssignments)
      .where(inArray(reviewAssignments.panelId, ids))
      .groupBy(reviewAssignments.panelId),
    db
      .select({ id: reviewAssignments.panelId, n: count() })
      .from(reviews)
      .innerJoin(reviewAssignments, eq(reviewAssignments.id, reviews.assignmentId))
      .where(and(inArray(reviewAssignments.panelId, ids), eq(reviews.status, 'submitted')))
      .groupBy(reviewAssignments.panelId),
  ]);
  const of = (list: { id: string; n: number }[]) => new Map(list.map((r) => [r.id, r.n]));
  const [a, m, s, d] = [of(apps), of(members), of(assigned), of(submitted)];
  return rows.map((r) => ({
    ...r.panel,
    programId: r.programId,
    applications: a.get(r.panel.id) ?? 0,
    members: m.get(r.panel.id) ?? 0,
    assignments: s.get(r.panel.id) ?? 0,
    submitted: d.get(r.panel.id) ?? 0,
  }));
}

/** Applications of a call and track in a status, with what their discipline is read from. */
export async function listCandidateApplications(
  db: TDb,
  callId: string,
  track: string,
): Promise<Pick<typeof applications.$inferSelect, 'id' | 'programId' | 'answers'>[]> {
  return db
    .select({
      id: applications.id,
      programId: applications.programId,
      answers: applications.answers,
    })
    .from(applications)
    .where(
      and(
        eq(applications.callId, callId),
        eq(applications.track, track),
        eq(applications.status, 'under_review'),
      ),
    );
}

/** Adds applications to a panel; ones already on it stay as they are (idempotent). */
export async function addPanelApplications(
  db: TDb,
  rows: (typeof panelApplications.$inferInsert)[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await db
    .insert(panelApplications)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: panelApplications.applicationId });
  return added.length;
}

export type TPanelApplicationView = {
  applicationId: string;
  receiptNumber: string | null;
  applicantName: string;
  discipline: string | null;
};

/** A panel's applications as the officer's pages name them. */
export async function listPanelApplications(
  db: TDb,
  panelId: string,
): Promise<TPanelApplicationView[]> {
  return db
    .select({
      applicationId: panelApplications.applicationId,
      receiptNumber: applications.receiptNumber,
      applicantName: users.displayName,
      discipline: panelApplications.discipline,
    })
    .from(panelApplications)
    .innerJoin(applications, eq(applications.id, panelApplications.applicationId))
    .innerJoin(users, eq(users.id, applications.applicantUserId))
    .where(eq(panelApplications.panelId, panelId))
    .orderBy(asc(applications.receiptNumber), asc(applications.id));
}

export async function listMembers(db: TDb, panelId: string): Promise<TPanelMemberRow[]> {
  return db
    .select()
    .from(panelMembers)
    .where(eq(panelMembers.panelId, panelId))
    .orderBy(asc(panelMembers.displayName), asc(panelMembers.email));
}

export async function findMemberByEmail(
  db: TDb,
  panelId: string,
  email: string,
): Promise<TPanelMemberRow | undefined> {
  const [row] = await db
    .select()
    .from(panelMembers)
    .where(and(eq(panelMembers.panelId, panelId), eq(panelMembers.email, email)))
    .limit(1);
  return row;
}

export async function findMemberByTokenHash(
  db: TDb,
  tokenHash: string,
  opts: { forUpdate?: boolean } = {},
): Promise<TPanelMemberRow | undefined> {
  const query = db
    .select()
    .from(panelMembers)
    .where(eq(panelMembers.invitationTokenHash, tokenHash))
    .limit(1);
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertMember(
  db: TDb,
  values: typeof panelMembers.$inferInsert,
): Promise<TPanelMemberRow> {
  const [row] = await db.insert(panelMembers).values(values).returning();
  if (!row) throw new Error('insertMember returned no row');
  return row;
}

export async function updateMember(
  db: TDb,
  id: string,
  values: Partial<typeof panelMembers.$inferInsert>,
): Promise<void> {
  await db.update(panelMembers).set(values).where(eq(panelMembers.id, id));
}

/** Whether the panel's call has any panel at all (for the list's empty state). */
export async function countPanelsOfCall(db: TDb, callId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(panels)
    .where(eq(panels.callId, callId));
  return row?.n ?? 0;
}
