import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { getApplicationOverview } from '@/services/applications/get-application-overview';
import { getApplicationsPage } from '@/services/applications/get-applications-page';
import { startApplication } from '@/services/applications/start-application';
import { ApplicationsPage } from '@/views/pages/applications/applications-page';
import { OverviewPage } from '@/views/pages/applications/overview-page';

import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { ZApplicationParams, ZOverviewQuery, ZStartForm } from './applications.schema';

export function applicationsRoutes(app: FastifyInstance): void {
  const list = async (request: FastifyRequest, reply: FastifyReply) => {
    const page = await getApplicationsPage(app.deps, request.actor, request.receivedAt);
    return sendPage(reply, ApplicationsPage({ ctx: viewContext(request, reply), page }));
  };

  app.get('/applications', { config: { action: 'application.create' } }, list);

  app.post(
    '/applications',
    { config: { action: 'application.create' } },
    async (request, reply) => {
      const ctx = viewContext(request, reply);
      const parsed = ZStartForm.safeParse(request.body);
      if (!parsed.success) {
        const page = await getApplicationsPage(app.deps, request.actor, request.receivedAt);
        const error = ctx.t('errors.invalid_value');
        return sendPage(reply, ApplicationsPage({ ctx, page, error }), 400);
      }
      const result = await startApplication(
        app.deps,
        request.actor,
        { requestId: request.id, receivedAt: request.receivedAt },
        parsed.data,
      );
      if (result.ok) return reply.redirect(`/applications/${result.applicationId}`, 303);
      if (result.reason === 'no_profile')
        return reply.redirect('/applicant/profile?next=/applications', 303);
      const error = ctx.t(
        result.reason === 'call_closed' ? 'applications.call_closed' : 'errors.invalid_value',
      );
      return sendPage(reply, ApplicationsPage({ ctx, page: result.page, error }), 400);
    },
  );

  app.get(
    '/applications/:id',
    { config: { action: 'application.read' } },
    async (request, reply) => {
      const { id } = parseParams(ZApplicationParams, request);
      const { withdrawn } = parseQuery(ZOverviewQuery, request);
      const overview = await getApplicationOverview(app.deps, request.actor, {
        applicationId: id,
        at: request.receivedAt,
      });
      const ctx = viewContext(request, reply);
      const notice = withdrawn ? ctx.t('application.withdrawn_notice') : undefined;
      return sendPage(reply, OverviewPage({ ctx, overview, ...(notice ? { notice } : {}) }));
    },
  );
}
