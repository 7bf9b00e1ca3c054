import type { FastifyInstance } from 'fastify';

import { signUp } from '@/services/accounts/sign-up';
import { MessagePage } from '@/views/pages/error-page';
import { SignUpPage } from '@/views/pages/account/sign-up-page';

import { fieldErrors, formValue } from '../../form-errors';
import { sendPage, viewContext } from '../../render';
import { ZSignUpForm } from './account.schema';

export function signUpRoutes(app: FastifyInstance): void {
  app.get('/sign-up', { config: { action: 'account.sign_up' } }, async (request, reply) => {
    return sendPage(
      reply,
      SignUpPage({ ctx: viewContext(request, reply), values: {}, errors: [] }),
    );
  });

  app.post('/sign-up', { config: { action: 'account.sign_up' } }, async (request, reply) => {
    const ctx = viewContext(request, reply);
    const parsed = ZSignUpForm.safeParse(request.body);
    if (!parsed.success) {
      const values = {
        email: formValue(request.body, 'email'),
        displayName: formValue(request.body, 'displayName'),
        locale: formValue(request.body, 'locale'),
      };
      return sendPage(
        reply,
        SignUpPage({ ctx, values, errors: fieldErrors(parsed.error, ctx.t) }),
        400,
      );
    }
    await signUp(app.deps, request.actor, { requestId: request.id }, parsed.data);
    return sendPage(
      reply,
      MessagePage({
        ctx,
        title: ctx.t('sign_up.done_title'),
        message: ctx.t('sign_up.done_message', { email: parsed.data.email }),
      }),
    );
  });
}
