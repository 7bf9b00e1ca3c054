import type { FastifyInstance } from 'fastify';

import { requestPasswordReset } from '@/services/accounts/request-password-reset';
import { checkResetToken, resetPassword } from '@/services/accounts/reset-password';
import { ForgotPasswordPage, ResetPasswordPage } from '@/views/pages/account/password-pages';
import { MessagePage } from '@/views/pages/error-page';

import { fieldErrors, formValue } from '../../form-errors';
import { sendPage, viewContext } from '../../render';
import { ZForgotPasswordForm, ZResetPasswordForm, ZTokenQuery } from './account.schema';

export function passwordResetRoutes(app: FastifyInstance): void {
  const action = { config: { action: 'account.reset_password' as const } };

  app.get('/forgot-password', action, async (request, reply) => {
    return sendPage(reply, ForgotPasswordPage({ ctx: viewContext(request, reply), errors: [] }));
  });

  app.post('/forgot-password', action, async (request, reply) => {
    const ctx = viewContext(request, reply);
    const parsed = ZForgotPasswordForm.safeParse(request.body);
    if (!parsed.success) {
      const email = formValue(request.body, 'email');
      return sendPage(
        reply,
        ForgotPasswordPage({
          ctx,
          errors: fieldErrors(parsed.error, ctx.t),
          ...(email ? { email } : {}),
        }),
        400,
      );
    }
    await requestPasswordReset(app.deps, request.actor, { requestId: request.id }, parsed.data);
    return sendPage(
      reply,
      MessagePage({
        ctx,
        title: ctx.t('forgot_password.sent_title'),
        message: ctx.t('forgot_password.sent_message'),
      }),
    );
  });

  const invalidLink = (ctx: ReturnType<typeof viewContext>, reason: 'invalid' | 'expired') =>
    MessagePage({
      ctx,
      title: ctx.t('reset_password.link_problem_title'),
      message: ctx.t(
        reason === 'expired' ? 'reset_password.link_expired' : 'reset_password.link_invalid',
      ),
      link: { href: '/forgot-password', label: ctx.t('reset_password.ask_again') },
    });

  app.get('/reset-password', action, async (request, reply) => {
    const ctx = viewContext(request, reply);
    const parsed = ZTokenQuery.safeParse(request.query);
    if (!parsed.success) return sendPage(reply, invalidLink(ctx, 'invalid'), 400);
    const check = await checkResetToken(app.deps, parsed.data.token);
    if (!check.ok) return sendPage(reply, invalidLink(ctx, check.reason), 400);
    return sendPage(reply, ResetPasswordPage({ ctx, token: parsed.data.token, errors: [] }));
  });

  app.post('/reset-password', action, async (request, reply) => {
    const ctx = viewContext(request, reply);
    const parsed = ZResetPasswordForm.safeParse(request.body);
    if (!parsed.success) {
      const token = formValue(request.body, 'token') ?? '';
      return sendPage(
        reply,
        ResetPasswordPage({ ctx, token, errors: fieldErrors(parsed.error, ctx.t) }),
        400,
      );
    }
    const result = await resetPassword(
      app.deps,
      request.actor,
      { requestId: request.id },
      parsed.data,
    );
    if (!result.ok) return sendPage(reply, invalidLink(ctx, result.reason), 400);
    return sendPage(
      reply,
      MessagePage({
        ctx,
        title: ctx.t('reset_password.done_title'),
        message: ctx.t('reset_password.done_message'),
        link: { href: '/sign-in', label: ctx.t('nav.sign_in') },
      }),
    );
  });
}
