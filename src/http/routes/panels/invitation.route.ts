import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { TMessageKey } from '@/i18n/translate';
import { joinPanel, viewInvitation, type TInvitationProblem } from '@/services/panels/join-panel';
import type { TFieldError } from '@/views/components/form';
import { MessagePage } from '@/views/pages/error-page';
import { InvitationPage } from '@/views/pages/panels/invitation-page';

import { fieldErrors, formValue } from '../../form-errors';
import { sessionCookieOptions } from '../../middleware/session';
import { parseParams } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { SESSION_COOKIE } from '../../types';
import { ZInvitationParams, ZJoinForm } from './panels.schema';

const action = { config: { action: 'panel.join' as const } };
/** Where a reviewer lands after joining (the reviewer workspace). */
export const REVIEW_HOME = '/review';

const PROBLEMS: Record<
  TInvitationProblem,
  { status: number; title: TMessageKey; message: TMessageKey }
> = {
  unknown: { status: 404, title: 'panels.link_unknown_title', message: 'panels.link_unknown' },
  used: { status: 410, title: 'panels.link_used_title', message: 'panels.link_used' },
  removed: { status: 410, title: 'panels.link_removed_title', message: 'panels.link_removed' },
};

function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: TInvitationProblem) {
  const p = PROBLEMS[problem];
  const ctx = viewContext(request, reply);
  return sendPage(
    reply,
    MessagePage({
      ctx,
      title: ctx.t(p.title),
      message: ctx.t(p.message),
      link: { href: '/sign-in', label: ctx.t('nav.sign_in') },
    }),
    p.status,
  );
}

const signInFirst = (reply: FastifyReply, token: string) =>
  reply.redirect(`/sign-in?next=${encodeURIComponent(`/review/invitations/${token}`)}`, 303);

async function show(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  errors: TFieldError[] = [],
  displayName?: string,
) {
  const view = await viewInvitation(app.deps, request.actor, token);
  if (view.kind === 'problem') return sendProblem(request, reply, view.problem);
  if (view.kind === 'sign_in') return signInFirst(reply, token);
  const ctx = viewContext(request, reply);
  return sendPage(
    reply,
    InvitationPage({ ctx, token, view, errors, displayName }),
    errors.length ? 400 : 200,
  );
}

export function invitationRoutes(app: FastifyInstance): void {
  app.get('/review/invitations/:token', action, async (request, reply) => {
    const { token } = parseParams(ZInvitationParams, request);
    return show(app, request, reply, token);
  });

  app.post('/review/invitations/:token', action, async (request, reply) => {
    const { token } = parseParams(ZInvitationParams, request);
    const isSignedIn = request.actor.kind === 'user';
    const parsed = ZJoinForm.safeParse(request.body ?? {});
    const hasAccountFields = formValue(request.body, 'password') !== undefined;
    if (hasAccountFields && !parsed.success)
      return show(
        app,
        request,
        reply,
        token,
        fieldErrors(parsed.error, request.t),
        formValue(request.body, 'displayName'),
      );
    const result = await joinPanel(
      app.deps,
      request.actor,
      { requestId: request.id, receivedAt: request.receivedAt },
      {
        token,
        ...(parsed.success ? { account: { ...parsed.data, locale: request.locale } } : {}),
        previousSessionToken: request.cookies[SESSION_COOKIE],
      },
    );
    if (!result.ok) {
      if (result.reason === 'sign_in')
        return isSignedIn || !hasAccountFields
          ? signInFirst(reply, token)
          : show(app, request, reply, token);
      return sendProblem(request, reply, result.reason);
    }
    if (result.session) {
      const options = sessionCookieOptions(app.deps.env.SECURE_COOKIES);
      reply.setCookie(SESSION_COOKIE, result.session.token, options);
    }
    return reply.redirect(REVIEW_HOME, 303);
  });
}
