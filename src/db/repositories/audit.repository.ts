import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';

import type { TDb } from '../client';
import { auditLog } from '../schema';

export type TAuditEntry = {
  occurredAt: Date;
  actorUserId: string | null;
  actorKind: string;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  requestId?: string | null;
};

/** Writes one audit row. Call it with the transaction of the change it records. */
export async function insertAudit(tx: TDb, entry: TAuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    occurredAt: entry.occurredAt,
    actorUserId: entry.actorUserId,
    actorKind: entry.actorKind,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
    requestId: entry.requestId ?? null,
  });
}

export type TAuditFilter = {
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorUserId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  offset: number;
};

export type TAuditRow = typeof auditLog.$inferSelect;

export async function listAudit(db: TDb, filter: TAuditFilter): Promise<TAuditRow[]> {
  const where: SQL[] = [];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actorUserId) where.push(eq(auditLog.actorUserId, filter.actorUserId));
  if (filter.from) where.push(gte(auditLog.occurredAt, filter.from));
  if (filter.to) where.push(lt(auditLog.occurredAt, filter.to));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
    .limit(filter.limit)
    .offset(filter.offset);
}
