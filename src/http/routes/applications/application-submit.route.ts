import type { FastifyInstance } from 'fastify';

import { getApplicationStatus } from '@/services/applications/get-application-status';
import { getSubmitPage } from '@/services/applications/get-submit-page';
import { submitApplication } from '@/services/applications/submit-application';
import { withdrawApplication } from '@/services/applications/withdraw-application';
import { StatusPage } from '@/views/pages/applications/status-page';
import { SubmitPage } from '@/views/pages/applications/submit-page';

import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { ZApplicationParams, ZStatusQuery } from './applications.schema';

export function applicationSubmitRoutes(app: FastifyInstance): void {
  app.get(
    '/applications/:id/submit',
    { config: { action: 'application.submit' } },
    async (request, reply) => {
      const { id } = parseParams(ZApplicationParams, request);
      const page = await getSubmitPage(app.deps, request.actor, {
        applicationId: id,
        at: request.receivedAt,
      });
      return sendPage(reply, SubmitPage({ ctx: viewContext(request, reply), page }));
    },
  );

  app.post(
    '/applications/:id/submit',
    { config: { action: 'application.submit' } },
    async (request, reply) => {
      const { id } = parseParams(ZApplicationParams, request);
      const result = await submitApplication(
        app.deps,
        request.actor,
        { requestId: request.id, receivedAt: request.receivedAt },
        { applicationId: id },
      );
      if (result.ok) return reply.redirect(`/applications/${id}/status?submitted=1`, 303);
      const { page, ...refusal } = result;
      return sendPage(
        reply,
        SubmitPage({ ctx: viewContext(request, reply), page, refusal }),
        result.reason === 'past_deadline' ? 409 : 400,
      );
    },
  );

  app.post(
    '/applications/:id/withdraw',
    { config: { action: 'application.update' } },
    async (request, reply) => {
      const { id } = parseParams(ZApplicationParams, request);
      const result = await withdrawApplication(
        app.deps,
        request.actor,
        { requestId: request.id, receivedAt: request.receivedAt },
        { applicationId: id },
      );
      return reply.redirect(
        result.ok ? `/applications/${id}?withdrawn=1` : `/applications/${id}`,
        303,
      );
    },
  );

  app.get(
    '/applications/:id/status',
    { config: { action: 'application.read' } },
    async (request, reply) => {
      const { id } = parseParams(ZApplicationParams, request);
      const { submitted } = parseQuery(ZStatusQuery, request);
      const status = await getApplicationStatus(app.deps, request.actor, id);
      const ctx = viewContext(request, reply);
      return sendPage(reply, StatusPage({ ctx, status, isJustSubmitted: submitted === '1' }));
    },
  );
}
