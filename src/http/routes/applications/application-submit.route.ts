import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import {
  listApplicationEvents,
  type TApplicationRow,
} from '@/db/repositories/application.repository';
import { findCall } from '@/db/repositories/call.repository';
import { listOutbox } from '@/db/repositories/outbox.repository';
import { formSections } from '@/domain/applications/form-definition';
import { getProgram } from '@/domain/programs';
import type { TMessageKey } from '@/i18n/translate';
import { applicationWindow, isEditable } from '@/services/applications/application-window';
import { checkCompleteness, type TCompleteness } from '@/services/applications/check-completeness';
import { getApplicationFor } from '@/services/applications/get-application';
import { submitApplication } from '@/services/applications/submit-application';
import { withdrawApplication } from '@/services/applications/withdraw-application';
import { missingDocumentSlots } from '@/services/applications/missing-documents';
import { SubmitPage, type TMissingItem } from '@/views/pages/applications/submit-page';
import { StatusPage } from '@/views/pages/applications/status-page';
import { fieldLabel } from '@/views/pages/applications/section-page';

import { sendPage, viewContext } from '../../render';
import { applicationTitle, deadlineView } from './application-view';
import { problemMessage } from './application-sections.route';
import { ZApplicationParams } from './applications.route';

function missingItems(
  request: FastifyRequest,
  app: TApplicationRow,
  c: TCompleteness,
): TMissingItem[] {
  const t = request.t;
  const items: TMissingItem[] = [];
  if (c.isProfileMissing || c.isConsentMissing)
    items.push({
      text: t('submit.missing_profile'),
      href: `/applicant/profile?next=/applications/${app.id}/submit`,
    });
  for (const p of c.answerProblems)
    items.push({
      text: problemMessage(request, p).message,
      href: `/applications/${app.id}/sections/${p.section}#${p.field}`,
    });
  const program = getProgram(app.programId);
  for (const slot of c.missingDocuments) {
    const spec = program.documents.find((d) => d.id === slot);
    const name = spec ? (request.locale === 'zh-CN' ? spec.label.zh : spec.label.en) : slot;
    items.push({
      text: t('submit.missing_document', { name }),
      href: `/applications/${app.id}/documents#${slot}`,
    });
  }
  if (c.refereesNamed < c.refereesNeeded) {
    items.push({
      text: t('submit.missing_referees', { needed: c.refereesNeeded, named: c.refereesNamed }),
      href: `/applications/${app.id}/referees`,
    });
  }
  return items;
}

async function renderSubmit(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  application: TApplicationRow,
  blockers: string[] = [],
  status = 200,
) {
  const ctx = viewContext(request, reply);
  const db = app.deps.database.db;
  const completeness = await checkCompleteness(app.deps, db, application, missingDocumentSlots);
  const window = await applicationWindow(db, application, app.deps.now());
  const call = await findCall(db, application.callId);
  const answers = application.answers;
  const zh = ctx.locale === 'zh-CN';
  const sections = formSections(application.programId, application.track).map(
    (s) => ({
      id: s.id,
      rows: s.fields
        .filter((f) => (answers[s.id]?.[f.id] ?? '').trim() !== '' || f.isRequired)
        .map((f) => {
          const raw = answers[s.id]?.[f.id] ?? '';
          const value =
            f.kind === 'choice' && raw
              ? ctx.t(`form_choice.${f.id}.${raw}` as TMessageKey)
              : f.kind === 'yes_no' && raw
                ? ctx.t(raw === 'yes' ? 'finder.yes' : 'finder.no')
                : raw;
          return {
            label: fieldLabel(ctx, s.id, f.id),
            value: value.length > 300 ? `${value.slice(0, 300)}…` : value || '—',
          };
        }),
    }),
  );
  const reasons = completeness.ineligibleReasons.map((r) => `${zh ? r.zh : r.en} (${r.rule})`);
  if (window.isPastDeadline) blockers.unshift(ctx.t('submit.past_deadline'));
  const missing = missingItems(request, application, completeness);
  const deadline = deadlineView(ctx, call?.closesOn ?? null);
  return sendPage(
    reply,
    SubmitPage({
      ctx,
      view: {
        id: application.id,
        title: applicationTitle(ctx, application),
        sections,
        missing,
        blockers: [...blockers, ...reasons],
        deadlineText: deadline.text,
        deadlineIso: deadline.iso,
        canSubmit:
          isEditable(application, window) && completeness.isComplete && blockers.length === 0,
      },
    }),
    status,
  );
}

export function applicationSubmitRoutes(app: FastifyInstance): void {
  app.get(
    '/applications/:id/submit',
    { config: { action: 'application.submit' } },
    async (request, reply) => {
      const { id } = ZApplicationParams.parse(request.params);
      return renderSubmit(
        app,
        request,
        reply,
        await getApplicationFor(app.deps, request.actor, id, 'application.submit'),
      );
    },
  );

  app.post(
    '/applications/:id/submit',
    { config: { action: 'application.submit' } },
    async (request, reply) => {
      const { id } = ZApplicationParams.parse(request.params);
      const result = await submitApplication(
        app.deps,
        request.actor,
        { requestId: request.id, receivedAt: request.receivedAt },
        { applicationId: id, missingDocuments: missingDocumentSlots },
      );
      if (result.ok) return reply.redirect(`/applications/${id}/status?submitted=1`, 303);
      const application = await getApplicationFor(
        app.deps,
        request.actor,
        id,
        'application.submit',
      );
      const t = request.t;
      const blocker =
        result.reason === 'past_deadline'
          ? t('submit.past_deadline')
          : result.reason === 'not_open'
            ? t('submit.not_open')
            : result.reason === 'locked'
              ? t('application.locked')
              : result.reason === 'other_host'
                ? t('submit.other_host', {
                    host: request.locale === 'zh-CN' ? result.hostName.zh : result.hostName.en,
                  })
                : null;
      return renderSubmit(
        app,
        request,
        reply,
        application,
        blocker ? [blocker] : [],
        result.reason === 'past_deadline' ? 409 : 400,
      );
    },
  );

  app.post(
    '/applications/:id/withdraw',
    { config: { action: 'application.update' } },
    async (request, reply) => {
      const { id } = ZApplicationParams.parse(request.params);
      const result = await withdrawApplication(
        app.deps,
        request.actor,
        { requestId: request.id },
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
      const { id } = ZApplicationParams.parse(request.params);
      const application = await getApplicationFor(app.deps, request.actor, id, 'application.read');
      const ctx = viewContext(request, reply);
      const db = app.deps.database.db;
      const events = await listApplicationEvents(db, id);
      const emails = await listOutbox(db, {
        limit: 100,
        offset: 0,
        relatedType: 'application',
        relatedId: id,
      });
      const notice =
        (request.query as { submitted?: string }).submitted && application.receiptNumber
          ? ctx.t('status.submitted_notice', { receipt: application.receiptNumber })
          : undefined;
      return sendPage(
        reply,
        StatusPage({
          ctx,
          view: {
            id,
            title: applicationTitle(ctx, application),
            status: application.status,
            receiptNumber: application.receiptNumber,
            events: events.map((e) => ({ kind: e.kind, at: e.at })),
            emails: emails.map((m) => ({
              subject: m.subject,
              to: m.toAddress,
              status: m.status,
              at: m.createdAt,
            })),
            ...(notice ? { notice } : {}),
          },
        }),
      );
    },
  );
}
