import type { TDb } from '@/db/client';
import { findCall } from '@/db/repositories/call.repository';
import type { TPanelWithProgram } from '@/db/repositories/panel.repository';
import { beijingDateOf, deadlineClosesAt } from '@/domain/dates';
import { getProgram, isProgramId, type TProgramId } from '@/domain/programs';
import { rubricModeOf, type TPanelRubricCriterion, type TRubricMode } from '@/domain/review/panels';
import { can, requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';

/** What the panel form shows: the call it belongs to, the rubric's mode, the stored panel. */
export type TPanelFormContext = {
  panelId: string | null;
  version: number;
  call: { id: string; programId: TProgramId; intakeYear: number; hostId: string | null };
  tracks: { id: string; name: { en: string; zh: string } }[];
  rubricMode: TRubricMode;
  /** The stored panel (null for a new one). */
  stored: TPanelInputStored | null;
};

export type TPanelInputStored = {
  track: string;
  discipline: string | null;
  name: string;
  rubric: TPanelRubricCriterion[];
  requiredReviews: number;
  normalise: boolean;
  hasInterviews: boolean;
  reviewsDueOn: string | null;
};

/** A due day is kept as the instant it closes, 24:00 Beijing time (R-GEN-TIME). */
export const dueAtOf = (day: string | null) => (day ? new Date(deadlineClosesAt(day)) : null);
export const dueOnOf = (at: Date | null) => (at ? beijingDateOf(new Date(at.getTime() - 1)) : null);

export function storedOf(panel: TPanelWithProgram): TPanelInputStored {
  return {
    track: panel.track,
    discipline: panel.discipline,
    name: panel.name,
    rubric: panel.rubric,
    requiredReviews: panel.requiredReviews,
    normalise: panel.normalise,
    hasInterviews: panel.hasInterviews,
    reviewsDueOn: dueOnOf(panel.reviewsDueAt),
  };
}

/** The call a panel is built on, checked against the officer's program (404 outside it). */
export async function callForPanel(db: TDb, actor: TActor, callId: string) {
  requireAccess(actor, 'panel.manage');
  const call = await findCall(db, callId);
  if (
    !call ||
    !isProgramId(call.programId) ||
    !can(actor, 'panel.manage', { programId: call.programId })
  )
    throw new AppError('not_found', 'No such call');
  return {
    id: call.id,
    programId: call.programId,
    intakeYear: call.intakeYear,
    hostId: call.hostId,
  };
}

export function formContextOf(
  call: TPanelFormContext['call'],
  panel: TPanelWithProgram | null,
): TPanelFormContext {
  return {
    panelId: panel?.id ?? null,
    version: panel?.version ?? 0,
    call,
    tracks: getProgram(call.programId).tracks.map((t) => ({ id: t.id, name: t.name })),
    rubricMode: rubricModeOf(call.programId),
    stored: panel ? storedOf(panel) : null,
  };
}
