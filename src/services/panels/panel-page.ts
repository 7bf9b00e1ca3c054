import type { TDb } from '@/db/client';
import type { TPanelWithProgram } from '@/db/repositories/panel.repository';
import { assignReviewers } from '@/domain/review/assignment';
import type { TActor } from '@/policies/actor';
import type { TConflictReason } from '@/policies/conflicts';

import type { TDeps, TRequestMeta } from '../context';
import { instantOf } from '../context';
import { isAssignable, loadAssignmentFacts } from './assignment-facts';
import { panelFor } from './panel-access';
import { dueOnOf } from './panel-form';
import { syncPanelApplications } from './sync-panel-applications';

export type TPanelMemberView = {
  id: string;
  displayName: string;
  email: string;
  institution: string;
  disciplines: string[];
  role: 'reviewer' | 'chair';
  locale: string;
  capacity: number;
  load: number;
  status: 'invited' | 'accepted' | 'removed';
};

export type TPanelAssignmentView = {
  applicationId: string;
  receiptNumber: string | null;
  applicantName: string;
  discipline: string | null;
  reviewers: {
    assignmentId: string;
    memberId: string;
    name: string;
    isStarted: boolean;
    isSubmitted: boolean;
    source: 'auto' | 'manual';
  }[];
  /** Reviewers it still lacks (R-REV-ASSIGN's under-covered), 0 when covered. */
  missing: number;
};

export type TPanelPage = {
  panel: {
    id: string;
    name: string;
    callId: string;
    programId: string;
    track: string;
    discipline: string | null;
    requiredReviews: number;
    normalise: boolean;
    hasInterviews: boolean;
    reviewsDueOn: string | null;
    rubric: TPanelWithProgram['rubric'];
  };
  members: TPanelMemberView[];
  applications: TPanelAssignmentView[];
  /** Detected and declared conflicts (R-GEN-COI): officers see them, reviewers never. */
  conflicts: {
    applicationId: string;
    receiptNumber: string | null;
    applicantName: string;
    memberName: string;
    reasons: readonly TConflictReason[];
  }[];
  /** Applications the solver could not complete with the current members (R-REV-ASSIGN). */
  wouldBeUnderCovered: number;
};

/** The panel page's data, read in the caller's transaction (or database). */
export async function panelPageOf(db: TDb, panel: TPanelWithProgram): Promise<TPanelPage> {
  const facts = await loadAssignmentFacts(db, panel);
  const memberById = new Map(facts.members.map((m) => [m.id, m]));
  const loadOf = new Map<string, number>();
  for (const a of facts.assignments) loadOf.set(a.memberId, (loadOf.get(a.memberId) ?? 0) + 1);
  const appById = new Map(facts.applications.map((a) => [a.applicationId, a]));
  const applications: TPanelAssignmentView[] = facts.applications.map((a) => {
    const reviewers = facts.assignments
      .filter((x) => x.applicationId === a.applicationId)
      .map((x) => ({
        assignmentId: x.id,
        memberId: x.memberId,
        name: memberById.get(x.memberId)?.displayName ?? '?',
        isStarted: x.isStarted,
        isSubmitted: x.isSubmitted,
        source: x.source,
      }))
      .sort((x, y) => x.name.localeCompare(y.name));
    return { ...a, reviewers, missing: Math.max(0, panel.requiredReviews - reviewers.length) };
  });
  const conflicts = [...facts.conflicts].flatMap(([memberId, byApp]) =>
    [...byApp].map(([applicationId, reasons]) => ({
      applicationId,
      receiptNumber: appById.get(applicationId)?.receiptNumber ?? null,
      applicantName: appById.get(applicationId)?.applicantName ?? '?',
      memberName: memberById.get(memberId)?.displayName ?? '?',
      reasons,
    })),
  );
  const solved = assignReviewers(facts.problem);
  return {
    panel: {
      id: panel.id,
      name: panel.name,
      callId: panel.callId,
      programId: panel.programId,
      track: panel.track,
      discipline: panel.discipline,
      requiredReviews: panel.requiredReviews,
      normalise: panel.normalise,
      hasInterviews: panel.hasInterviews,
      reviewsDueOn: dueOnOf(panel.reviewsDueAt),
      rubric: panel.rubric,
    },
    members: facts.members.map((m) => ({
      id: m.id,
      displayName: m.displayName,
      email: m.email,
      institution: m.institution,
      disciplines: m.disciplines,
      role: m.role,
      locale: m.locale,
      capacity: isAssignable(m) || m.role === 'chair' ? m.capacity : 0,
      load: loadOf.get(m.id) ?? 0,
      status: m.removedAt ? 'removed' : m.acceptedAt ? 'accepted' : 'invited',
    })),
    applications,
    conflicts,
    wouldBeUnderCovered: solved.underCovered.length,
  };
}

/**
 * The officer's page of one panel: its settings, members, and assignment — per application
 * its reviewers and how many it lacks, per reviewer load and capacity, and the conflicts
 * found with their reasons. Opening it first takes in applications screening has passed since.
 */
export async function getPanelPage(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  panelId: string,
): Promise<TPanelPage> {
  const at = instantOf(deps, meta);
  return deps.database.db.transaction(async (tx) => {
    const panel = await panelFor(tx, actor, panelId);
    await syncPanelApplications(tx, panel, at);
    return panelPageOf(tx, panel);
  });
}
