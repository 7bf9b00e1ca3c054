import type { TDb } from '@/db/client';
import { listShortlisted, listSlotsOfPanel } from '@/db/repositories/interview.repository';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import type { TPanelAccess } from '../ranking/panel-access';
import { openInterviewPanel } from './interview-facts';

export type TSlotView = {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  /** Who booked it; null when free. */
  bookedBy: string | null;
};

export type TCandidateView = {
  applicationId: string;
  applicantName: string;
  status: 'not_invited' | 'invited' | 'booked';
  slot: { startsAt: Date; durationMinutes: number } | null;
  /** The recorded score, 2 decimals; null before one is recorded. */
  score: string | null;
};

export type TInterviewsView = {
  panel: { id: string; name: string };
  slots: TSlotView[];
  candidates: TCandidateView[];
  /** Shortlisted and not yet invited. */
  toInvite: number;
  freeSlots: number;
  now: Date;
};

const fixed2 = (centipoints: number) =>
  `${Math.floor(centipoints / 100)}.${String(centipoints % 100).padStart(2, '0')}`;

/**
 * The panel's interview page as the actor may see it: slots with who booked them, the
 * shortlisted applications with their invitation, booking and score. What the chair may not
 * see (R-GEN-COI) is absent: the conflicted application and the slot it booked.
 */
export async function loadInterviewsView(
  db: TDb,
  access: TPanelAccess,
  now: Date,
): Promise<TInterviewsView> {
  const { panel, conflicts } = access;
  const [slots, shortlisted] = await Promise.all([
    listSlotsOfPanel(db, panel.id),
    listShortlisted(db, panel.id),
  ]);
  const visible = slots.filter((s) => !(s.booking && conflicts.has(s.booking.applicationId)));
  const slotOf = new Map(slots.map((s) => [s.id, s]));
  const candidates = shortlisted
    .filter((c) => !conflicts.has(c.applicationId))
    .map((c): TCandidateView => {
      const slot = c.interview?.slotId ? slotOf.get(c.interview.slotId) : undefined;
      const score = c.interview?.scoreCentipoints;
      return {
        applicationId: c.applicationId,
        applicantName: c.applicantName,
        status: !c.interview ? 'not_invited' : slot ? 'booked' : 'invited',
        slot: slot ? { startsAt: slot.startsAt, durationMinutes: slot.durationMinutes } : null,
        score: score === null || score === undefined ? null : fixed2(score),
      };
    });
  return {
    panel: { id: panel.id, name: panel.name },
    slots: visible.map((s) => ({
      id: s.id,
      startsAt: s.startsAt,
      durationMinutes: s.durationMinutes,
      location: s.location,
      bookedBy: s.booking?.applicantName ?? null,
    })),
    candidates,
    toInvite: candidates.filter((c) => c.status === 'not_invited').length,
    freeSlots: visible.filter((s) => !s.booking && s.startsAt.getTime() > now.getTime()).length,
    now,
  };
}

/**
 * GET /staff/panels/:panelId/interviews (issue 11 point 7).
 * @example const view = await getInterviewsPage(deps, actor, panelId);
 */
export async function getInterviewsPage(
  deps: TDeps,
  actor: TActor,
  panelId: string,
  now: Date = deps.now(),
): Promise<TInterviewsView> {
  const db = deps.database.db;
  const access = await openInterviewPanel(db, actor, panelId);
  return loadInterviewsView(db, access, now);
}
