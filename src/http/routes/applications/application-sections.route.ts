import type { FastifyInstance } from 'fastify';

import { getSectionPage } from '@/services/applications/get-section-page';
import { applyPendingSave } from '@/services/applications/pending-saves';
import { isSectionId, saveAnswers } from '@/services/applications/save-answers';
import { answerProblemMessage } from '@/views/pages/applications/application-parts';
import { SectionPage } from '@/views/pages/applications/section-page';

import { countryOptions } from '../../country-options';
import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { refusedFields, ZAutosave } from './application-sections.schema';
import {
  sectionFields,
  ZApplicationParams,
  ZResumeParams,
  ZSectionParams,
  ZSectionQuery,
} from './applications.schema';

export function applicationSectionRoutes(app: FastifyInstance): void {
  app.get(
    '/applications/:id/sections/:section',
    { config: { action: 'application.read' } },
    async (request, reply) => {
      const { id, section } = parseParams(ZSectionParams, request);
      const { kept } = parseQuery(ZSectionQuery, request);
      const page = await getSectionPage(app.deps, request.actor, {
        applicationId: id,
        sectionId: section,
        at: request.receivedAt,
      });
      if (!page) return reply.callNotFound();
      const ctx = viewContext(request, reply);
      const notice = kept ? ctx.t('application.kept_notice') : undefined;
      const form = { errors: [], countries: countryOptions(ctx.locale), notice };
      return sendPage(reply, SectionPage({ ctx, page, form }));
    },
  );

  // Without JavaScript: the whole section at once. Everything typed is saved, also what does
  // not validate yet; the page then shows what to correct.
  app.post(
    '/applications/:id/sections/:section',
    { config: { action: 'application.update', keepWhenSignedOut: true } },
    async (request, reply) => {
      const { id, section } = parseParams(ZSectionParams, request);
      if (!isSectionId(section)) return reply.callNotFound();
      const fields = sectionFields(request.body);
      const result = await saveAnswers(
        app.deps,
        request.actor,
        { requestId: request.id, receivedAt: request.receivedAt },
        { applicationId: id, section, fields },
      );
      if (result.ok && result.problems.length === 0)
        return reply.redirect(`/applications/${id}?saved=${section}`, 303);
      if (!result.page) return reply.callNotFound();
      const ctx = viewContext(request, reply);
      const countries = countryOptions(ctx.locale);
      if (!result.ok) {
        const errors = [{ field: 'form', message: ctx.t('application.locked') }];
        const form = { values: fields, errors, countries };
        return sendPage(reply, SectionPage({ ctx, page: result.page, form }), 409);
      }
      const form = {
        errors: result.problems.map((p) => answerProblemMessage(ctx, p)),
        countries,
        notice: ctx.t(
          result.isSaved ? 'application.saved_with_problems' : 'application.not_saved_refused',
        ),
      };
      return sendPage(reply, SectionPage({ ctx, page: result.page, form }), 400);
    },
  );

  // With JavaScript: a field (or a few) as it is typed. CSRF comes in the x-csrf-token header.
  app.post(
    '/applications/:id/answers',
    { config: { action: 'application.update' } },
    async (request, reply) => {
      const { id } = parseParams(ZApplicationParams, request);
      const parsed = ZAutosave.safeParse(request.body);
      const section = (request.body as { section?: unknown } | undefined)?.section;
      const [refused] = parsed.success ? [] : refusedFields(parsed.error, ['fields']);
      if (refused !== undefined && typeof section === 'string' && isSectionId(section)) {
        const { message } = answerProblemMessage(request, {
          section,
          field: refused,
          code: 'control_character',
        });
        return reply.status(400).send({ error: { path: `fields.${refused}`, message } });
      }
      if (!parsed.success || !isSectionId(parsed.data.section))
        return reply.status(400).send({ error: { path: 'section', message: 'Invalid section' } });
      const result = await saveAnswers(
        app.deps,
        request.actor,
        { requestId: request.id, receivedAt: request.receivedAt },
        { applicationId: id, section: parsed.data.section, fields: parsed.data.fields },
      );
      if (!result.ok)
        return reply
          .status(409)
          .send({ error: { path: '', message: request.t('application.locked') } });
      return {
        saved: true,
        problems: result.problems.map((p) => answerProblemMessage(request, p)),
      };
    },
  );

  // After signing in again: apply what was kept when the session had expired.
  app.get(
    '/resume/:token',
    { config: { action: 'application.update' } },
    async (request, reply) => {
      const { token } = parseParams(ZResumeParams, request);
      const applied = await applyPendingSave(
        app.deps,
        request.actor,
        { requestId: request.id, receivedAt: request.receivedAt },
        token,
      );
      if (!applied) return reply.redirect('/applications', 303);
      return reply.redirect(
        `/applications/${applied.applicationId}/sections/${applied.section}?kept=1`,
        303,
      );
    },
  );
}
