import { listPublishedCalls } from '@/db/repositories/call.repository';
import type { TLocale } from '@/i18n/locales';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';

export type TOpenCall = {
  id: string;
  programId: string;
  year: number;
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
    year: r.year,
    hostName: (locale === 'zh-CN' ? r.hostNameZh : r.hostNameEn) ?? null,
    closesAt: r.closesAt,
  }));
}
