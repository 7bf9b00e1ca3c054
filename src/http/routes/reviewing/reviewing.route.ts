import type { FastifyInstance, FastifyReply } from 'fastify';

import { declareConflicts } from '@/services/reviewing/declare-conflicts';
import { getDeclarationPage } from '@/services/reviewing/get-declaration-page';
import { getMyPanels } from '@/services/reviewing/get-my-panels';
import { getQueuePage } from '@/services/reviewing/get-queue-page';
import { getReviewPage } from '@/services/reviewing/get-review-page';
import { saveReview } from '@/services/reviewing/save-review';
import { saveReviewForm } from '@/services/reviewing/save-review-form';
import { DeclarationPage } from '@/views/pages/reviewing/declaration-page';
import { MyPanelsPage } from '@/views/pages/reviewing/my-panels-page';
import { QueuePage } from '@/views/pages/reviewing/queue-page';
import { scoreProblemError } from '@/views/pages/reviewing/review-messages';
import { ReviewPage } from '@/views/pages/reviewing/review-page';

import { parseParams, parseQuery } from '../../parse-request';
import { reviewingFileRoutes } from './reviewing-files.route';
import { sendPage, viewContext } from '../../render';
import {
  reviewFormFields,
  ZApplicationParams,
  ZDeclarationForm,
  ZPanelParams,
  ZQueueQuery,
  ZReviewDraft,
  ZReviewQuery,
} from './reviewing.schema';

const work = { config: { action: 'review.work' as const } };

/** Before the member declared their conflicts nothing opens: the declaration list instead. */
const toDeclaration = (reply: FastifyReply, panelId: string) =>
  reply.redirect(`/review/panels/${panelId}/conflicts`, 303);

const here = (panelId: string, applicationId: string) =>
  `/review/panels/${panelId}/applications/${applicationId}`;

/** The reviewer's workspace (issue 11 point 5): pages here, documents and offline files beside. */
export function reviewingRoutes(app: FastifyInstance): void {
  reviewingFileRoutes(app);
  app.get('/review', work, async (request, reply) => {
    const panels = await getMyPanels(app.deps, request.actor);
    return sendPage(reply, MyPanelsPage({ ctx: viewContext(request, reply), panels }));
  });

  app.get('/review/panels/:panelId', work, async (request, reply) => {
    const { panelId } = parseParams(ZPanelParams, request);
    const query = parseQuery(ZQueueQuery, request);
    const page = await getQueuePage(app.deps, request.actor, panelId);
    if (page.kind === 'declare_first') return toDeclaration(reply, panelId);
    const ctx = viewContext(request, reply);
    const notice = query.declared
      ? ctx.t('reviewing.queue.declared_notice')
      : query.imported !== undefined
        ? ctx.t('reviewing.sheet.imported', { count: query.imported })
        : undefined;
    return sendPage(reply, QueuePage({ ctx, page, ...(notice ? { notice } : {}) }));
  });

  app.get('/review/panels/:panelId/conflicts', work, async (request, reply) => {
    const { panelId } = parseParams(ZPanelParams, request);
    const page = await getDeclarationPage(app.deps, request.actor, panelId);
    return sendPage(reply, DeclarationPage({ ctx: viewContext(request, reply), page }));
  });

  app.post('/review/panels/:panelId/conflicts', work, async (request, reply) => {
    const { panelId } = parseParams(ZPanelParams, request);
    const form = ZDeclarationForm.safeParse(request.body ?? {});
    const result = await declareConflicts(
      app.deps,
      request.actor,
      { requestId: request.id, receivedAt: request.receivedAt },
      {
        panelId,
        applicationIds: form.success ? form.data.conflict : [],
        isNoneConfirmed: form.success && form.data.none === '1',
      },
    );
    if (result.ok) return reply.redirect(`/review/panels/${panelId}?declared=1`, 303);
    const ctx = viewContext(request, reply);
    const errors = [{ field: 'conflicts', message: ctx.t('reviewing.declare.tick_or_confirm') }];
    return sendPage(reply, DeclarationPage({ ctx, page: result.page, errors }), 400);
  });

  app.get('/review/panels/:panelId/applications/:applicationId', work, async (request, reply) => {
    const { panelId, applicationId } = parseParams(ZApplicationParams, request);
    const query = parseQuery(ZReviewQuery, request);
    const page = await getReviewPage(app.deps, request.actor, { panelId, applicationId });
    if (page.kind === 'declare_first') return toDeclaration(reply, panelId);
    const ctx = viewContext(request, reply);
    const shown = page.documents.some((d) => d.id === query.doc) ? query.doc! : 'form';
    const notice = query.submitted
      ? ctx.t('reviewing.review.submitted')
      : query.saved
        ? ctx.t('reviewing.review.saved')
        : undefined;
    const form = { errors: [], ...(notice ? { notice } : {}) };
    return sendPage(reply, ReviewPage({ ctx, page, shownDocument: shown, form }));
  });

  // Without JavaScript: the whole score form, saved (and submitted when asked), then
  // redirected (POST-redirect-GET); refused fields are shown beside themselves, nothing lost.
  app.post('/review/panels/:panelId/applications/:applicationId', work, async (request, reply) => {
    const { panelId, applicationId } = parseParams(ZApplicationParams, request);
    const fields = reviewFormFields(request.body);
    const result = await saveReviewForm(
      app.deps,
      request.actor,
      { requestId: request.id, receivedAt: request.receivedAt },
      {
        panelId,
        applicationId,
        scores: fields.scores,
        ...(fields.comment !== undefined ? { comment: fields.comment } : {}),
        ...(fields.intent === 'submit' ? { submit: { isConfirmed: fields.isConfirmed } } : {}),
        isCommentRefused: fields.isCommentRefused,
      },
    );
    if (result.kind === 'declare_first') return toDeclaration(reply, panelId);
    if (result.kind === 'final')
      return reply.redirect(`${here(panelId, applicationId)}?submitted=1`, 303);
    const page = result.page;
    if (!page)
      return reply.redirect(
        `${here(panelId, applicationId)}?${result.isSubmitted ? 'submitted' : 'saved'}=1`,
        303,
      );
    const ctx = viewContext(request, reply);
    const errors = [
      ...result.problems.map((p) => scoreProblemError(ctx.t, p)),
      ...result.submitProblems
        .filter((p) => !result.problems.some((q) => q.criterion === p.criterion))
        .map((p) => scoreProblemError(ctx.t, p)),
      ...(result.isConfirmMissing
        ? [{ field: 'confirm', message: ctx.t('reviewing.error.confirm') }]
        : []),
      ...(fields.isCommentRefused
        ? [{ field: 'comment', message: ctx.t('reviewing.error.comment_invalid') }]
        : []),
    ];
    const form = {
      values: fields.scores,
      ...(fields.comment !== undefined ? { comment: fields.comment } : {}),
      errors,
      notice: ctx.t('reviewing.review.saved_with_problems'),
    };
    return sendPage(reply, ReviewPage({ ctx, page, shownDocument: 'form', form }), 400);
  });

  // With JavaScript: what was typed so far, as JSON; CSRF in the x-csrf-token header.
  app.post(
    '/review/panels/:panelId/applications/:applicationId/draft',
    work,
    async (request, reply) => {
      const { panelId, applicationId } = parseParams(ZApplicationParams, request);
      const parsed = ZReviewDraft.safeParse(request.body);
      if (!parsed.success)
        return reply.status(400).send({
          error: { path: 'comment', message: request.t('reviewing.error.comment_invalid') },
        });
      const result = await saveReview(
        app.deps,
        request.actor,
        { requestId: request.id, receivedAt: request.receivedAt },
        {
          panelId,
          applicationId,
          scores: parsed.data.scores,
          ...(parsed.data.comment !== undefined ? { comment: parsed.data.comment } : {}),
        },
      );
      if (result.kind === 'declare_first')
        return reply.status(409).send({ error: { path: '', message: 'declare_first' } });
      if (result.kind === 'final')
        return reply
          .status(409)
          .send({ error: { path: '', message: request.t('reviewing.review.final') } });
      return {
        saved: true,
        version: result.version,
        problems: result.problems.map((p) => scoreProblemError(request.t, p)),
      };
    },
  );
}
