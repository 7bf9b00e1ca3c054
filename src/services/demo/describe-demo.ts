import { listAudit } from '@/db/repositories/audit.repository';
import { beijingDateOf, type TPlainDate } from '@/domain/dates';
import type { TProgramId } from '@/domain/programs';

import { publishedCalls } from '../catalog/published-calls';
import type { TDeps } from '../context';

export type TDemoCallState = {
  id: string;
  programId: TProgramId;
  intakeYear: number;
  closesOn: TPlainDate | null;
  state: 'open' | 'upcoming' | 'closed';
};

export type TDemoDescription = {
  /** The Beijing day the demo was loaded; its calls were planned from it. */
  seededOn: TPlainDate | null;
  /** Every published call of the database, judged on today's Beijing date (R-GEN-TIME). */
  calls: TDemoCallState[];
};

/**
 * What the start-up banner may truthfully say about the demo: null when this database holds no
 * demo (never loaded, or loaded by another system), else the day it was loaded and the state of
 * each published call today, so a demo loaded long ago is not announced as open.
 */
export async function describeDemo(deps: TDeps): Promise<TDemoDescription | null> {
  const { db } = deps.database;
  const [seeded] = await listAudit(db, { action: 'demo.seeded', limit: 1, offset: 0 });
  if (!seeded) return null;
  const after = (seeded.after ?? {}) as { seededOn?: unknown };
  const today = beijingDateOf(deps.now());
  const calls = (await publishedCalls(deps.database)).map((c) => ({
    id: c.id,
    programId: c.programId,
    intakeYear: c.intakeYear,
    closesOn: c.closesOn,
    state:
      c.opensOn && today < c.opensOn
        ? ('upcoming' as const)
        : c.closesOn && today > c.closesOn
          ? ('closed' as const)
          : ('open' as const),
  }));
  return {
    seededOn:
      typeof after.seededOn === 'string' ? after.seededOn : beijingDateOf(seeded.occurredAt),
    calls,
  };
}
