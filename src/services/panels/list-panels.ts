import { listCalls } from '@/db/repositories/call.repository';
import { listPanels } from '@/db/repositories/panel.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';
import { scopeFor } from '@/policies/scopes';

import type { TDeps } from '../context';

export type TPanelListItem = {
  id: string;
  name: string;
  track: string;
  discipline: string | null;
  applications: number;
  members: number;
  assignments: number;
  submitted: number;
  /** Reviews the panel needs in all: applications × k. */
  required: number;
};

export type TPanelsOfCall = {
  call: { id: string; programId: string; intakeYear: number; hostId: string | null };
  panels: TPanelListItem[];
};

/**
 * Every call the officer builds panels for, each with its panels and their progress.
 * Note: who may manage panels is who may edit calls (policies/access.ts gives 'panel.manage'
 * and 'call.update' the same rule), so the call scope is the panel scope.
 */
export async function listPanelsByCall(deps: TDeps, actor: TActor): Promise<TPanelsOfCall[]> {
  requireAccess(actor, 'panel.manage');
  const { db } = deps.database;
  const scope = scopeFor(actor, 'call.update');
  const [calls, panels] = await Promise.all([listCalls(db, scope), listPanels(db, scope)]);
  return calls.map((c) => ({
    call: { id: c.id, programId: c.programId, intakeYear: c.intakeYear, hostId: c.hostId },
    panels: panels
      .filter((p) => p.callId === c.id)
      .map((p) => ({
        id: p.id,
        name: p.name,
        track: p.track,
        discipline: p.discipline,
        applications: p.applications,
        members: p.members,
        assignments: p.assignments,
        submitted: p.submitted,
        required: p.applications * p.requiredReviews,
      })),
  }));
}
