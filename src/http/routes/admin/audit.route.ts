import type { FastifyInstance } from 'fastify';
import { DateTime } from 'luxon';

import { BEIJING_ZONE } from '@/domain/dates';
import { listAuditEntries } from '@/services/admin/list-audit';
import { AuditPage } from '@/views/pages/admin/audit-page';

import { parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { ZAuditQuery } from './admin.schema';

const PAGE_SIZE = 50;

function beijingDayStart(day: string, plusDays = 0): Date {
  return DateTime.fromISO(day, { zone: BEIJING_ZONE }).plus({ days: plusDays }).toJSDate();
}

export function auditRoutes(app: FastifyInstance): void {
  app.get('/admin/audit', { config: { action: 'audit.read' } }, async (request, reply) => {
    const ctx = viewContext(request, reply);
    const q = parseQuery(ZAuditQuery, request);
    const rows = await listAuditEntries(app.deps, request.actor, {
      action: q.action,
      entityType: q.entityType,
      entityId: q.entityId,
      from: q.from ? beijingDayStart(q.from) : undefined,
      to: q.to ? beijingDayStart(q.to, 1) : undefined,
      limit: PAGE_SIZE + 1,
      offset: (q.page - 1) * PAGE_SIZE,
    });
    const filter = Object.fromEntries(
      Object.entries({
        action: q.action,
        entityType: q.entityType,
        entityId: q.entityId,
        from: q.from,
        to: q.to,
      }).filter(([, v]) => v !== undefined),
    ) as Record<string, string>;
    const nextHref =
      rows.length > PAGE_SIZE
        ? `/admin/audit?${new URLSearchParams({ ...filter, page: String(q.page + 1) })}`
        : null;
    const view = rows.slice(0, PAGE_SIZE).map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt,
      actor: r.actorEmail
        ? `${r.actorEmail} (${r.actorKind})`
        : r.actorUserId
          ? `${r.actorKind}:${r.actorUserId}`
          : r.actorKind,
      action: r.action,
      entity: `${r.entityType}:${r.entityId}`,
      before: r.before,
      after: r.after,
      reason: r.reason,
    }));
    return sendPage(reply, AuditPage({ ctx, rows: view, filter, nextHref }));
  });
}
