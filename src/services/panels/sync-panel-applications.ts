import type { TDb } from '@/db/client';
import {
  addPanelApplications,
  listCandidateApplications,
  type TPanelRow,
} from '@/db/repositories/panel.repository';
import { applicationDiscipline, isInPanelDiscipline } from '@/domain/review/panels';

/**
 * Puts on a panel every application of its call and track (and discipline, when it has one)
 * that screening passed (status 'under_review'), recording the discipline it is matched on.
 * Idempotent (ON CONFLICT DO NOTHING): run when the panel is made, when its page opens and
 * before each assignment run; an application already on the panel is never changed or taken
 * off. Returns how many were added.
 */
export async function syncPanelApplications(db: TDb, panel: TPanelRow, at: Date): Promise<number> {
  const candidates = await listCandidateApplications(db, panel.callId, panel.track);
  const rows = candidates.flatMap((a) => {
    const discipline = applicationDiscipline(a.programId, a.answers);
    return isInPanelDiscipline(panel.discipline, discipline)
      ? [{ panelId: panel.id, applicationId: a.id, discipline, addedAt: at }]
      : [];
  });
  return addPanelApplications(db, rows);
}
