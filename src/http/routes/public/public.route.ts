import type { FastifyInstance } from 'fastify';

import type { TMessageKey } from '@/i18n/translate';
import { checkReadiness } from '@/services/health/check-readiness';
import { StaffPage } from '@/views/pages/staff-page';

import { parseParams } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { ZAssetParams } from './public.schema';

export function publicRoutes(app: FastifyInstance): void {
  app.get('/assets/:name', { config: { action: 'public.view' } }, async (request, reply) => {
    const { name } = parseParams(ZAssetParams, request);
    return reply.header('cache-control', 'public, max-age=3600').sendFile(name);
  });

  app.get('/healthz', { config: { action: 'health.read' } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { config: { action: 'health.read' } }, async (_request, reply) => {
    const readiness = await checkReadiness(app.deps);
    return reply.status(readiness.ok ? 200 : 503).send(readiness);
  });

  app.get('/staff', { config: { action: 'staff.dashboard' } }, async (request, reply) => {
    const ctx = viewContext(request, reply);
    const roles =
      request.actor.kind === 'user'
        ? request.actor.roles.map(
            (g) =>
              `${ctx.t(`role.${g.role}` as TMessageKey)}${g.programId ? ` · ${g.programId}` : ''}${g.institutionId ? ` · ${g.institutionId}` : ''}`,
          )
        : [];
    return sendPage(reply, StaffPage({ ctx, roles }));
  });
}
