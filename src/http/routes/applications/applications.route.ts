import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

import { findApplicantProfile } from '@/db/repositories/applicant.repository';
import { listApplicationsOf } from '@/db/repositories/application.repository';
import { findCall } from '@/db/repositories/call.repository';
import { listApplicationDocuments } from '@/db/repositories/document.repository';
import { countActiveReferees } from '@/db/repositories/submission.repository';
import { checkAnswers } from '@/domain/applications/check-answers';
import { formSections } from '@/domain/applications/form-definition';
import { beijingDateOf } from '@/domain/dates';
import { getProgram } from '@/domain/programs';
import type { TMessageKey } from '@/i18n/translate';
import { requireAccess } from '@/policies/access';
import { applicationWindow, isEditable } from '@/services/applications/application-window';
import { getApplicationFor } from '@/services/applications/get-application';
import { missingDocumentSlots } from '@/services/applications/missing-documents';
import { startApplication } from '@/services/applications/start-application';
import { lettersNeeded } from '@/services/referees/referee-rules';
import { publishedCalls } from '@/services/catalog/published-calls';
import { ApplicationsPage } from '@/views/pages/applications/applications-page';
import { OverviewPage, type TTask } from '@/views/pages/applications/overview-page';

import { sendPage, viewContext } from '../../render';
import { applicationTitle, deadlineView } from './application-view';

const ZStart = z.object({ callId: z.string().min(1).max(100), track: z.string().min(1).max(40) });
export const ZApplicationParams = z.object({ id: z.string().max(40) });

export function applicationsRoutes(app: FastifyInstance): void {
  const list = async (request: FastifyRequest, reply: FastifyReply, error?: string) => {
    requireAccess(request.actor, 'application.create');
    const ctx = viewContext(request, reply);
    const userId = request.actor.kind === 'user' ? request.actor.userId : '';
    const own = await listApplicationsOf(app.deps.database.db, userId);
    const today = beijingDateOf(app.deps.now());
    const calls = (await publishedCalls(app.deps.database)).filter(
      (c) => c.closesOn && c.closesOn >= today && (!c.opensOn || c.opensOn <= today),
    );
    const zh = ctx.locale === 'zh-CN';
    const applications = own.map((a) => {
      const program = getProgram(a.programId);
      const track = program.tracks.find((tr) => tr.id === a.track);
      return {
        id: a.id,
        programName: zh ? program.name.zh : program.name.en,
        trackName: track ? (zh ? track.name.zh : track.name.en) : a.track,
        status: a.status,
        receiptNumber: a.receiptNumber,
      };
    });
    const openCalls = calls
      .filter((c) => !own.some((a) => a.callId === c.id))
      .map((c) => {
        const program = getProgram(c.programId);
        return {
          id: c.id,
          title: `${zh ? program.name.zh : program.name.en} · ${c.intakeYear}${c.hostName ? ` · ${zh ? c.hostName.zh : c.hostName.en}` : ''}`,
          deadline: deadlineView(ctx, c.closesOn).text,
          tracks: program.tracks.map((tr) => ({ id: tr.id, name: zh ? tr.name.zh : tr.name.en })),
        };
      });
    const hasProfile = Boolean(await findApplicantProfile(app.deps.database.db, userId));
    return sendPage(
      reply,
      ApplicationsPage({ ctx, applications, openCalls, hasProfile, ...(error ? { error } : {}) }),
      error ? 400 : 200,
    );
  };

  app.get('/applications', { config: { action: 'application.create' } }, async (request, reply) =>
    list(request, reply),
  );

  app.post(
    '/applications',
    { config: { action: 'application.create' } },
    async (request, reply) => {
      const parsed = ZStart.safeParse(request.body);
      if (!parsed.success) return list(request, reply, request.t('errors.invalid_value'));
      const result = await startApplication(
        app.deps,
        request.actor,
        { requestId: request.id },
        parsed.data,
      );
      if (result.ok) return reply.redirect(`/applications/${result.applicationId}`, 303);
      if (result.reason === 'no_profile')
        return reply.redirect('/applicant/profile?next=/applications', 303);
      return list(
        request,
        reply,
        request.t(
          result.reason === 'call_closed' ? 'applications.call_closed' : 'errors.invalid_value',
        ),
      );
    },
  );

  app.get(
    '/applications/:id',
    { config: { action: 'application.read' } },
    async (request, reply) => {
      const { id } = ZApplicationParams.parse(request.params);
      const application = await getApplicationFor(app.deps, request.actor, id, 'application.read');
      const ctx = viewContext(request, reply);
      const call = await findCall(app.deps.database.db, application.callId);
      const window = await applicationWindow(app.deps.database.db, application, app.deps.now());
      const answers = application.answers;
      const sections = formSections(application.programId, application.track);
      const tasks: TTask[] = sections.map((s) => {
        const typed = Object.values(answers[s.id] ?? {}).some((v) => v.trim() !== '');
        const problems = checkAnswers([s], answers, { isSubmission: true });
        return {
          href: `/applications/${id}/sections/${s.id}`,
          labelKey: `form_section.${s.id}` as TMessageKey,
          state: !typed ? 'not_started' : problems.length ? 'todo' : 'done',
        };
      });
      const db = app.deps.database.db;
      const today = beijingDateOf(app.deps.now());
      const missingDocs = await missingDocumentSlots(db, application, today);
      const uploaded = await listApplicationDocuments(db, application.id);
      tasks.push({
        href: `/applications/${id}/documents`,
        labelKey: 'application.task_documents',
        state: missingDocs.length === 0 ? 'done' : uploaded.length ? 'todo' : 'not_started',
      });
      const named = await countActiveReferees(db, application.id);
      const needed = lettersNeeded(application.programId, application.track);
      tasks.push({
        href: `/applications/${id}/referees`,
        labelKey: 'application.task_referees',
        state: named >= needed ? 'done' : named > 0 ? 'todo' : 'not_started',
      });
      const deadline = deadlineView(ctx, call?.closesOn ?? null);
      const notice = (request.query as { withdrawn?: string }).withdrawn
        ? ctx.t('application.withdrawn_notice')
        : undefined;
      return sendPage(
        reply,
        OverviewPage({
          ctx,
          view: {
            id,
            title: applicationTitle(ctx, application),
            status: application.status,
            receiptNumber: application.receiptNumber,
            deadlineText: deadline.text,
            deadlineIso: deadline.iso,
            isEditable: isEditable(application, window),
            canWithdraw: application.status === 'submitted' && !window.isPastDeadline,
            tasks,
            ...(notice ? { notice } : {}),
          },
        }),
      );
    },
  );
}
