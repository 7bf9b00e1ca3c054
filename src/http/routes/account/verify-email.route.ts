import type { FastifyInstance } from 'fastify';

import { verifyEmail } from '@/services/accounts/verify-email';
import { MessagePage } from '@/views/pages/error-page';

import { sendPage, viewContext } from '../../render';
import { ZTokenQuery } from './account.schema';

export function verifyEmailRoutes(app: FastifyInstance): void {
  app.get(
    '/verify-email',
    { config: { action: 'account.verify_email' } },
    async (request, reply) => {
      const ctx = viewContext(request, reply);
      const parsed = ZTokenQuery.safeParse(request.query);
      const result = parsed.success
        ? await verifyEmail(app.deps, request.actor, { requestId: request.id }, parsed.data.token)
        : ({ ok: false, reason: 'invalid' } as const);
      if (!result.ok) {
        const message = ctx.t(
          result.reason === 'expired' ? 'verify_email.expired' : 'verify_email.invalid',
        );
        return sendPage(
          reply,
          MessagePage({ ctx, title: ctx.t('verify_email.problem_title'), message }),
          400,
        );
      }
      const link =
        request.actor.kind === 'user'
          ? { href: '/account', label: ctx.t('nav.account') }
          : { href: '/sign-in', label: ctx.t('nav.sign_in') };
      return sendPage(
        reply,
        MessagePage({
          ctx,
          title: ctx.t('verify_email.done_title'),
          message: ctx.t('verify_email.done_message'),
          link,
        }),
      );
    },
  );
}
