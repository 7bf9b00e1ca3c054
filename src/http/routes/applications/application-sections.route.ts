import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

import type { TAnswerProblem } from '@/domain/applications/check-answers';
import { formSections } from '@/domain/applications/form-definition';

import type { TMessageKey } from '@/i18n/translate';
import { applicationWindow, isEditable } from '@/services/applications/application-window';
import { getApplicationFor } from '@/services/applications/get-application';
import { applyPendingSave } from '@/services/applications/pending-saves';
import { isSectionId, saveAnswers } from '@/services/applications/save-answers';
import type { TApplicationRow } from '@/db/repositories/application.repository';
import type { TFieldError } from '@/views/components/form';
import { SectionPage, fieldLabel } from '@/views/pages/applications/section-page';

import { countryOptions } from '../../country-options';
import { sendPage, viewContext } from '../../render';
import { applicationTitle } from './application-view';

const ZSectionParams = z.object({ id: z.string().max(40), section: z.string().max(20) });
const ZAutosave = z.object({
  section: z.string().max(20),
  fields: z.record(z.string().max(60), z.string().max(70_000)),
});

/** A problem as a translated field error: "Date of birth: enter a real date, like 2026-01-31". */
export function problemMessage(request: FastifyRequest, p: TAnswerProblem): TFieldError {
  const label = fieldLabel({ t: request.t, locale: request.locale } as never, p.section, p.field);
  const detail =
    p.code === 'too_few_words'
      ? request.t('form.problem_too_few_words', { count: p.count ?? 0, minimum: p.minimum ?? 0 })
      : request.t(`form.problem_${p.code}` as TMessageKey);
  return { field: p.field, message: `${label}: ${detail}` };
}

async function renderSection(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  application: TApplicationRow,
  sectionId: string,
  extra: {
    values?: Record<string, string>;
    errors?: TFieldError[];
    notice?: string;
    status?: number;
  } = {},
) {
  const ctx = viewContext(request, reply);
  const section = formSections(application.programId, application.track).find(
    (s) => s.id === sectionId,
  );
  if (!section) return reply.callNotFound();
  const window = await applicationWindow(app.deps.database.db, application, app.deps.now());
  const answers = application.answers;
  return sendPage(
    reply,
    SectionPage({
      ctx,
      view: {
        applicationId: application.id,
        title: applicationTitle(ctx, application),
        section,
        values: extra.values ?? answers[section.id] ?? {},
        errors: extra.errors ?? [],
        countries: countryOptions(ctx.locale),
        isLocked: !isEditable(application, window),
        ...(extra.notice ? { notice: extra.notice } : {}),
      },
    }),
    extra.status ?? 200,
  );
}

export function applicationSectionRoutes(app: FastifyInstance): void {
  app.get(
    '/applications/:id/sections/:section',
    { config: { action: 'application.read' } },
    async (request, reply) => {
      const { id, section } = ZSectionParams.parse(request.params);
      const application = await getApplicationFor(
        app.deps,
        request.actor,
        id,
        'application.update',
      );
      const notice = (request.query as { kept?: string }).kept
        ? request.t('application.kept_notice')
        : undefined;
      return renderSection(app, request, reply, application, section, notice ? { notice } : {});
    },
  );

  // Without JavaScript: the whole section at once. Everything typed is saved, also what does
  // not validate yet; the page then shows what to correct.
  app.post(
    '/applications/:id/sections/:section',
    { config: { action: 'application.update', keepWhenSignedOut: true } },
    async (request, reply) => {
      const { id, section } = ZSectionParams.parse(request.params);
      if (!isSectionId(section)) return reply.callNotFound();
      const body = (request.body ?? {}) as Record<string, unknown>;
      const fields = Object.fromEntries(
        Object.entries(body).filter(([k, v]) => k !== '_csrf' && typeof v === 'string'),
      ) as Record<string, string>;
      const result = await saveAnswers(
        app.deps,
        request.actor,
        { requestId: request.id },
        { applicationId: id, section, fields },
      );
      const application = await getApplicationFor(
        app.deps,
        request.actor,
        id,
        'application.update',
      );
      if (!result.ok)
        return renderSection(app, request, reply, application, section, {
          values: fields,
          errors: [{ field: 'form', message: request.t('application.locked') }],
          status: 409,
        });
      if (result.problems.length) {
        return renderSection(app, request, reply, application, section, {
          errors: result.problems.map((p) => problemMessage(request, p)),
          notice: request.t('application.saved_with_problems'),
          status: 400,
        });
      }
      return reply.redirect(`/applications/${id}?saved=${section}`, 303);
    },
  );

  // With JavaScript: a field (or a few) as it is typed. CSRF comes in the x-csrf-token header.
  app.post(
    '/applications/:id/answers',
    { config: { action: 'application.update' } },
    async (request, reply) => {
      const { id } = z.object({ id: z.string().max(40) }).parse(request.params);
      const parsed = ZAutosave.safeParse(request.body);
      if (!parsed.success || !isSectionId(parsed.data.section))
        return reply.status(400).send({ error: { path: 'section', message: 'Invalid section' } });
      const result = await saveAnswers(
        app.deps,
        request.actor,
        { requestId: request.id },
        { applicationId: id, section: parsed.data.section, fields: parsed.data.fields },
      );
      if (!result.ok)
        return reply
          .status(409)
          .send({ error: { path: '', message: request.t('application.locked') } });
      return { saved: true, problems: result.problems.map((p) => problemMessage(request, p)) };
    },
  );

  // After signing in again: apply what was kept when the session had expired.
  app.get(
    '/resume/:token',
    { config: { action: 'application.update' } },
    async (request, reply) => {
      const { token } = z.object({ token: z.string().min(10).max(100) }).parse(request.params);
      const applied = await applyPendingSave(
        app.deps,
        request.actor,
        { requestId: request.id },
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
