import { deadlineClosesAt } from '@/domain/dates';
import { listPublishedCalls } from '@/db/repositories/call.repository';
import type { TLocale } from '@/i18n/locales';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';

export type TOpenCall = {
  id: string;
  programId: string;
  intakeYear: number;
  hostName: string | null;
  closesAt: Date | null;
};

/** The published calls, for the home page (the full catalog arrives with issue 5). */
export async function listOpenCalls(
  deps: TDeps,
  actor: TActor,
  locale: TLocale,
): Promise<TOpenCall[]> {
  requireAccess(actor, 'public.view');
  const rows = await listPublishedCalls(deps.database.db);
  return rows.map((r) => ({
    id: r.id,
    programId: r.programId,
    intakeYear: r.intakeYear,
    hostName: (locale === 'zh-CN' ? r.hostNameZh : r.hostNameEn) ?? null,
    // Note: R-GEN-TIME — a deadline day closes at 24:00 Beijing time.
    closesAt: r.closesOn ? new Date(deadlineClosesAt(r.closesOn)) : null,
  }));
}
