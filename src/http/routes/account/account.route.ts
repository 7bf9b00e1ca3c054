import type { FastifyInstance } from 'fastify';

import type { TMessageKey } from '@/i18n/translate';
import { getAccount } from '@/services/accounts/get-account';
import { setLocale } from '@/services/accounts/set-locale';
import { AccountPage } from '@/views/pages/account/account-page';

import { sendPage, viewContext } from '../../render';
import { LANG_COOKIE } from '../../types';
import { ZLanguageForm } from './account.schema';

export function accountRoutes(app: FastifyInstance): void {
  app.get('/account', { config: { action: 'account.read' } }, async (request, reply) => {
    const account = await getAccount(app.deps, request.actor);
    const ctx = viewContext(request, reply);
    const roles = account.roles.map((r) => ctx.t(`role.${r}` as TMessageKey));
    return sendPage(reply, AccountPage({ ctx, account: { ...account, roles } }));
  });

  app.post(
    '/account/language',
    { config: { action: 'account.update' } },
    async (request, reply) => {
      const parsed = ZLanguageForm.safeParse(request.body);
      if (parsed.success) {
        await setLocale(app.deps, request.actor, { requestId: request.id }, parsed.data.locale);
        reply.setCookie(LANG_COOKIE, parsed.data.locale, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          maxAge: 31_536_000,
        });
      }
      return reply.redirect('/account', 303);
    },
  );
}
