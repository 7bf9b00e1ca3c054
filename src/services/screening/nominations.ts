import {
  countNominationQueue,
  listNominationQueue,
  type TNominationQueueRow,
  type TNominationState,
} from '@/db/repositories/nomination.repository';
import { findNomination } from '@/db/repositories/screening.repository';
import { can, requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';
import { scopeFor } from '@/policies/scopes';

import type { TDeps } from '../context';
import { applicationSummaryOf, type TApplicationSummary } from './application-summary';
import { nominationApplicationFor } from './nomination-application';

export const NOMINATION_STATES = ['awaiting', 'nominated', 'declined'] as const;

export type TNominationQueue = {
  rows: TNominationQueueRow[];
  counts: Record<TNominationState, number>;
  state: TNominationState | null;
};

/**
 * R-CSC-APPLY: the dispatching authority's queue — CSC applications of its country filed under
 * its agency number, filtered in the query — with how many await a decision, were nominated
 * and were declined.
 */
export async function listNominationQueueFor(
  deps: TDeps,
  actor: TActor,
  input: { state?: string | undefined },
): Promise<TNominationQueue> {
  requireAccess(actor, 'nomination.read');
  const { db } = deps.database;
  const scope = scopeFor(actor, 'nomination.read');
  const state = (NOMINATION_STATES as readonly string[]).includes(input.state ?? '')
    ? (input.state as TNominationState)
    : null;
  return {
    rows: await listNominationQueue(db, scope, state ?? undefined),
    counts: await countNominationQueue(db, scope),
    state,
  };
}

export type TNominationPage = {
  summary: TApplicationSummary;
  nomination: { decision: 'nominated' | 'declined'; reason: string; decidedAt: Date } | null;
  canDecide: boolean;
};

/** One application for its dispatching authority: read-only, and the decision if any. */
export async function getNominationPage(
  deps: TDeps,
  actor: TActor,
  input: { applicationId: string },
): Promise<TNominationPage> {
  const { db } = deps.database;
  const { app, profile, resource } = await nominationApplicationFor(
    db,
    actor,
    input.applicationId,
    'nomination.read',
  );
  const row = await findNomination(db, app.id);
  return {
    summary: await applicationSummaryOf(db, actor, app, profile, resource),
    nomination: row
      ? { decision: row.decision, reason: row.reason, decidedAt: row.decidedAt }
      : null,
    canDecide: !row && app.status === 'submitted' && can(actor, 'nomination.decide', resource),
  };
}
