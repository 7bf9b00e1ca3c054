import {
  countScreeningQueue,
  listScreeningCalls,
  listScreeningQueue,
  SCREENING_STATUSES,
  type TScreeningQueueRow,
  type TScreeningStatus,
} from '@/db/repositories/screening.repository';
import { isProgramId, type TProgramId } from '@/domain/programs';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';
import { scopeFor } from '@/policies/scopes';

import type { TDeps } from '../context';

export type TScreeningQueue = {
  rows: TScreeningQueueRow[];
  counts: Record<TScreeningStatus, number>;
  calls: { callId: string; programId: TProgramId }[];
  filter: { callId: string | null; programId: TProgramId | null; status: TScreeningStatus | null };
};

/**
 * The screening queue of the actor's hosts (admission officers; an administrator sees all):
 * submitted applications and those further on in screening, CSC only once nominated
 * (R-CSC-APPLY), filtered by program, call and status in the query, with counts per status.
 * @example await listScreeningQueueFor(deps, actor, { status: 'submitted' })
 */
export async function listScreeningQueueFor(
  deps: TDeps,
  actor: TActor,
  input: {
    callId?: string | undefined;
    programId?: string | undefined;
    status?: string | undefined;
  },
): Promise<TScreeningQueue> {
  requireAccess(actor, 'screening.read');
  const { db } = deps.database;
  const scope = scopeFor(actor, 'screening.read');
  const programId = input.programId && isProgramId(input.programId) ? input.programId : null;
  const status = (SCREENING_STATUSES as readonly string[]).includes(input.status ?? '')
    ? (input.status as TScreeningStatus)
    : null;
  const callId = input.callId ?? null;
  const base = { ...(callId ? { callId } : {}), ...(programId ? { programId } : {}) };
  return {
    rows: await listScreeningQueue(db, scope, { ...base, ...(status ? { status } : {}) }),
    counts: await countScreeningQueue(db, scope, base),
    calls: await listScreeningCalls(db, scope),
    filter: { callId, programId, status },
  };
}
